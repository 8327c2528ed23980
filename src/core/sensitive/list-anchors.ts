import { characterTexts, isAcronym, notWordAfter, termBody } from './patterns.js';

/**
 * The anchor of a word-list term: a few of its letters that every match of the term contains,
 * as the plain texts they match (`prière*` → `priere`, `prière`), for the prefilter to look for
 * (list-prefilter.ts). They come from the term's own syntax (patterns.ts, `characterTexts`), so an
 * anchor never asks for more than the term's pattern does.
 */

export interface Anchor {
  /** At the start of a word: after no ASCII letter or digit (the exact patterns exclude more). */
  atWordStart: boolean;
  /** The texts it matches; every match of the term contains one of them. */
  texts: readonly string[];
  /** Where the anchor starts in the trimmed term: `anchorSource` is its pattern from there. */
  start: number;
}

/** Characters (UTF-16) an anchor holds at most: more make it no rarer, only longer to look for. */
const longest = 8;
/** Texts an anchor may have at most (each accented letter doubles them). */
const mostTexts = 8;
/** A term whose best anchor weighs less than this leaves its list unfiltered. */
const lightest = 3;

/** Letters, digits counted twice (`1B` of `H-1B` is rarer than two letters). */
function weight(text: string): number {
  return text.replace(/\P{L}/gu, '').length + 2 * text.replace(/\D/gu, '').length;
}

/** The most selective anchor of a term, or null when it has none selective enough (`c/`). */
export function anchorOf(term: string): Anchor | null {
  const trimmed = term.trim();
  const compound = trimmed.startsWith('*');
  // The runs between the characters that match texts of any length: space, hyphen, `*`. A run
  // starts a word at the start of a whole-word term and after a space (spaces or a hyphen), not
  // after `*` or an optional hyphen. A word start counts one letter more.
  let best: { start: number; run: string; atWordStart: boolean; weight: number } | null = null;
  const runs = /[^ *-]+/gu;
  for (let found = runs.exec(trimmed); found !== null; found = runs.exec(trimmed)) {
    const atWordStart = found.index === 0 ? !compound : trimmed.charAt(found.index - 1) === ' ';
    const run = found[0].slice(0, longest);
    const candidate = { start: found.index, run, atWordStart, weight: weight(run) };
    if (
      best === null ||
      candidate.weight + Number(atWordStart) > best.weight + Number(best.atWordStart)
    ) {
      best = candidate;
    }
  }
  if (best === null) return null;
  let texts = [''];
  let kept = '';
  for (const character of best.run) {
    const next = characterTexts(character) ?? [];
    if (texts.length * next.length > mostTexts) break;
    texts = texts.flatMap((text) => next.map((ending) => text + ending));
    kept += character;
  }
  if (weight(kept) + Number(best.atWordStart) < lightest) return null;
  return {
    atWordStart: best.atWordStart,
    texts,
    start: best.start,
  };
}

/**
 * Whether a term's anchor is tried in capitals only, as acronyms (`HIV`) match; `*krebs` ends a
 * compound, whose pattern ignores case whatever its letters (patterns.ts).
 */
export function anchorIsCaseSensitive(term: string): boolean {
  const trimmed = term.trim();
  return !trimmed.startsWith('*') && isAcronym(trimmed);
}

/**
 * The pattern of a term from its anchor at `start` on, to its first `*`: what a match has at the
 * anchor. To the term's end when it has no `*` there, and then no letter may follow, as in its
 * pattern.
 */
export function anchorSource(term: string, start: number): string {
  const rest = term.trim().slice(start);
  const star = rest.indexOf('*');
  return star === -1 ? `${termBody(rest)}${notWordAfter}` : termBody(rest.slice(0, star));
}

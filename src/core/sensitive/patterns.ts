import type { Span } from './types.js';
import { escapeRegExp } from '../util/text.js';
import { compareText } from '../util/compare.js';

/**
 * Word-list matching (docs/sensitive-content.md, "Extending a word list"). A term is plain text:
 * - matched case-insensitively on word boundaries, except acronyms (two or more capitals and no
 *   lower-case letter: `HIV`, `SPD`), which match only in capitals;
 * - `*` at the end of a word stands for any letters (inflections: `diabetic*`), at its start for
 *   a compound's first part (`*krebs` → `Brustkrebs`);
 * - a space matches any run of spaces or a hyphen, a hyphen matches a hyphen, a space or nothing;
 * - an accented letter also matches its plain form (`é` → `e`), `ß` also `ss`, and German
 *   umlauts also `ae`/`oe`/`ue`, so `Straße` finds `Strasse` and `Gefängnis` finds `Gefaengnis`.
 */

/**
 * The letters of the seven languages (Latin, Latin-1, Latin Extended, combining accents). The
 * patterns are compiled without the `u` flag: with it, V8 takes ten times as long to compile and
 * five times as long to run a case-insensitive list of a hundred terms.
 */
export const latinLetters =
  'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
const letter = `[${latinLetters}]`;
/** Regular-expression sources of a word boundary before and after a term. */
export const notWord = `(?<![${latinLetters}0-9])`;
export const notWordAfter = `(?![${latinLetters}0-9])`;

const umlauts: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

interface LetterForms {
  source: string;
  texts: readonly string[];
}

/** The forms of each letter met so far: a few dozen letters make up every term. */
const formsOf = new Map<string, LetterForms>();

/** The pattern of one letter of a term, and every text it matches (case aside). */
function letterForms(character: string): LetterForms {
  let forms = formsOf.get(character);
  if (forms === undefined) {
    forms = newLetterForms(character);
    formsOf.set(character, forms);
  }
  return forms;
}

function newLetterForms(character: string): LetterForms {
  const lower = character.toLowerCase();
  if (lower === 'ß') return { source: '(?:ß|ss)', texts: ['ß', 'ss'] };
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain === lower) return { source: escapeRegExp(character), texts: [character] };
  const umlaut = umlauts[lower];
  // Without the `u` flag a class holds UTF-16 code units: each one is a text of its own.
  const units = `${plain}${lower}`;
  return umlaut === undefined
    ? {
        source: `[${units}]`,
        texts: Array.from({ length: units.length }, (_, at) => units[at] ?? ''),
      }
    : { source: `(?:${lower}|${umlaut}|${plain})`, texts: [lower, umlaut, plain] };
}

const apostrophes = ["'", '’'];

function isApostrophe(character: string): boolean {
  return apostrophes.includes(character);
}

/** The regular-expression source of one term, without word boundaries. */
export function termBody(term: string): string {
  let source = '';
  for (const character of term.trim()) {
    if (character === '*') source += `${letter}*`;
    else if (character === ' ') source += '[\\s\\u00a0-]+';
    else if (character === '-') source += '[-\\u2010\\u2011\\s]?';
    else if (isApostrophe(character)) source += "['’]";
    else source += letterForms(character).source;
  }
  return source;
}

/**
 * Every text one character of a term matches in `termBody`, case aside (`é` → `e`, `é`), or null
 * where it matches texts of any length (`*`, space, hyphen): the prefilter's anchors are built
 * from these, so they can never ask for something the term's pattern does not.
 */
export function characterTexts(character: string): readonly string[] | null {
  if (character === '*' || character === ' ' || character === '-') return null;
  return isApostrophe(character) ? apostrophes : letterForms(character).texts;
}

export function isAcronym(term: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
}

/** The regular-expression source of one term, word boundaries included. */
export function termSource(term: string): string {
  if (term.startsWith('*')) return `${letter}*${termBody(term.slice(1))}${notWordAfter}`;
  return `${notWord}${termBody(term)}${notWordAfter}`;
}

/** Longest first, so that `trade union member` wins over `trade union`. */
function alternation(terms: readonly string[]): string {
  return [...new Set(terms)]
    .sort((a, b) => b.length - a.length || compareText(a, b))
    .map(termBody)
    .join('|');
}

const wordCharacter = /[\p{L}\p{M}\p{N}]/u;

/**
 * Finds every occurrence of any term, acronyms in capitals only; overlapping matches merge.
 * One pattern per kind of term, with the word boundaries outside the alternation: a boundary
 * inside each alternative makes the engine test it once per term and position, tenfold slower.
 */
export class TermMatcher {
  private readonly patterns: { pattern: RegExp; compound: boolean }[] = [];

  constructor(terms: readonly string[]) {
    const compounds = terms.filter((term) => term.startsWith('*')).map((term) => term.slice(1));
    const whole = terms.filter((term) => !term.startsWith('*'));
    const add = (group: readonly string[], flags: string, compound: boolean) => {
      if (group.length === 0) return;
      const before = compound ? '' : notWord;
      const source = `${before}(?:${alternation(group)})${notWordAfter}`;
      this.patterns.push({ pattern: new RegExp(source, flags), compound });
    };
    add(
      whole.filter((term) => !isAcronym(term)),
      'gi',
      false,
    );
    add(whole.filter(isAcronym), 'g', false);
    // `*krebs`: the end of a compound (`Brustkrebs`); the match is widened to the word's start.
    add(compounds, 'gi', true);
  }

  find(text: string): Span[] {
    const spans: Span[] = [];
    for (const { pattern, compound } of this.patterns) {
      for (const span of allMatches(pattern, text)) {
        if (compound) {
          while (span.start > 0 && wordCharacter.test(text.charAt(span.start - 1))) span.start--;
        }
        spans.push(span);
      }
    }
    return mergeOverlapping(spans);
  }
}

/**
 * Every match of a global pattern, as `String.prototype.matchAll` would give them. Not matchAll
 * itself: it copies the pattern on every call, and V8 then prepares the copy again, which took
 * 40 µs per text for one word list against 2.5 µs for this loop on the same compiled pattern.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over it, as matchAll does.
    if (match[0] === '') pattern.lastIndex = stepOver(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

function stepOver(text: string, index: number, unicode: boolean): number {
  const code = text.codePointAt(index);
  return unicode && code !== undefined && code > 0xffff ? index + 2 : index + 1;
}

/** Every match of a global pattern, as spans. */
export function allMatches(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of execAll(pattern, text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function mergeOverlapping(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Drops the spans that lie inside (or overlap) one of `excluded`. */
export function without(spans: readonly Span[], excluded: readonly Span[]): Span[] {
  return spans.filter((span) => !excluded.some((other) => overlaps(span, other)));
}

/**
 * Whether one of `context` (spans of cue words) ends at most `before` characters ahead of `span`
 * or starts at most `after` characters behind it.
 */
export function nearAny(context: readonly Span[], span: Span, before: number, after = 0): boolean {
  return context.some(
    (cue) =>
      (cue.end <= span.start && span.start - cue.end <= before) ||
      (cue.start >= span.end && cue.start - span.end <= after) ||
      overlaps(cue, span),
  );
}

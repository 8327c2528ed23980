import { anchorOf, type Anchor } from './list-anchors.js';
import { allTerms, type WordList } from './words/word-list.js';
import { escapeRegExp } from '../util/text.js';

/**
 * The cheap first look at a text that rules out the word lists that cannot match it, so that a
 * list's exact patterns (patterns.ts) only run on the few texts where they may find something.
 *
 * Every term has an anchor (list-anchors.ts) that each of its matches contains. The anchors of all
 * lists, cut to their first few characters, make one alternation of plain texts for those at a
 * word start and one for the others: the form V8 runs fastest, about 1 µs for a post of 80
 * characters where the exact patterns of a single list take 2.5 µs, and character classes in the
 * alternation ten times as long. Where it matches, the lists with an anchor there are tried at
 * that one place with the term's own pattern from the anchor on (`mi[\s\u00a0-]+fe`), so that
 * `mi` in "migrating" lets no list run.
 */

/** Characters of each anchor the alternation looks for; the lists then check the rest. */
const lookFor = 6;

/**
 * The key of a text in the alternation, which ignores case: each character as the alternation
 * compares it (without the `u` flag, by its single upper-case form unless that is ASCII and the
 * character is not). Texts the alternation takes for equal have the same key, and only those.
 */
function keyOf(text: string): string {
  // ASCII, the common case, in one call.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/u.test(text)) return text.toUpperCase();
  let key = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charAt(index);
    const upper = unit.toUpperCase();
    const keep = upper.length !== 1 || (unit.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80);
    key += keep ? unit : upper;
  }
  return key;
}

/** What a word start is to the exact patterns, or less: after no ASCII letter or digit. */
const wordStart = '(?<![A-Za-z0-9])';

/** One list's anchors behind one alternative: its terms' patterns, compiled at the first try. */
interface Candidate {
  slot: number;
  caseSensitive: boolean;
  sources: string[];
  pattern: RegExp | null;
}

/** The anchors of all lists at a word start, or of all the others. */
interface Look {
  atWordStart: boolean;
  pattern: RegExp;
  /** Per alternative: the lists with an anchor that starts with it, to try there. */
  candidatesOf: ReadonlyMap<string, readonly Candidate[]>;
}

/**
 * One alternation of the anchors, case ignored (acronyms too: their lists check the case), cut
 * short and without those that start with another (where the longer one occurs the shorter one
 * does too). No alternative starts with another, so at most one matches at a place, and its key
 * tells which lists to try there.
 */
function buildLook(
  atWordStart: boolean,
  anchors: readonly { slot: number; anchor: Anchor }[],
): Look {
  const cutKey = (text: string) => keyOf(text.slice(0, lookFor));
  const keys = [...new Set(anchors.flatMap(({ anchor }) => anchor.texts.map(cutKey)))].sort();
  const kept = new Set<string>();
  let last: string | null = null;
  for (const key of keys) {
    if (last !== null && key.startsWith(last)) continue;
    kept.add(key);
    last = key;
  }
  const candidatesOf = new Map<string, Candidate[]>();
  for (const { slot, anchor } of anchors) {
    for (const text of anchor.texts) {
      let prefix = cutKey(text);
      while (!kept.has(prefix)) prefix = prefix.slice(0, -1);
      const candidates = candidatesOf.get(prefix) ?? [];
      const { caseSensitive, source } = anchor;
      let candidate = candidates.find(
        (known) => known.slot === slot && known.caseSensitive === caseSensitive,
      );
      if (candidate === undefined) {
        candidate = { slot, caseSensitive, sources: [], pattern: null };
        candidates.push(candidate);
      }
      if (!candidate.sources.includes(source)) candidate.sources.push(source);
      candidatesOf.set(prefix, candidates);
    }
  }
  // No order needed: no two alternatives match at one place. Without the `u` flag `i` folds
  // letters exactly as in the exact patterns.
  const alternatives = [...kept].map(escapeRegExp).join('|');
  const pattern = new RegExp(`${atWordStart ? wordStart : ''}(?:${alternatives})`, 'gi');
  return { atWordStart, pattern, candidatesOf };
}

interface Compiled {
  looks: readonly Look[];
  /** Per list slot, 1 where the list is not filtered (a term has no anchor): always tried. */
  unfiltered: Uint8Array;
}

function compile(lists: readonly WordList[]): Compiled {
  const anchors = [true, false].map((): { slot: number; anchor: Anchor }[] => []);
  const unfiltered = new Uint8Array(lists.length);
  lists.forEach((list, slot) => {
    const own = allTerms(list).map(anchorOf);
    if (own.includes(null)) {
      unfiltered[slot] = 1;
      return;
    }
    for (const anchor of own) {
      if (anchor !== null) anchors[anchor.atWordStart ? 0 : 1]?.push({ slot, anchor });
    }
  });
  const looks = [true, false].flatMap((atWordStart, index) => {
    const own = anchors[index] ?? [];
    return own.length === 0 ? [] : [buildLook(atWordStart, own)];
  });
  return { looks, unfiltered };
}

/**
 * The word lists of every ListMatcher, filtered together in one pass. Lists register when their
 * matcher is made (at import, which costs nothing); the patterns are built at the first text, and
 * again if a list registers later.
 */
export class ListPrefilter {
  private readonly lists: WordList[] = [];
  private readonly slots = new Map<WordList, number>();
  private compiled: Compiled | null = null;
  /** The text last looked at and, per list, whether it may match there: each detector asks. */
  private lastText: string | null = null;
  private mayMatchLast = new Uint8Array(0);

  register(list: WordList): number {
    const known = this.slots.get(list);
    if (known !== undefined) return known;
    this.lists.push(list);
    this.slots.set(list, this.lists.length - 1);
    this.compiled = null;
    this.lastText = null;
    return this.lists.length - 1;
  }

  /** False only when the list of `slot` cannot match anywhere in `text`. */
  mayMatch(slot: number, text: string): boolean {
    if (text !== this.lastText) this.look(text);
    return this.mayMatchLast[slot] === 1;
  }

  private look(text: string): void {
    const compiled = (this.compiled ??= compile(this.lists));
    if (this.mayMatchLast.length !== compiled.unfiltered.length) {
      this.mayMatchLast = new Uint8Array(compiled.unfiltered.length);
    }
    this.mayMatchLast.set(compiled.unfiltered);
    for (const { atWordStart, pattern, candidatesOf } of compiled.looks) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const candidates = candidatesOf.get(keyOf(match[0]));
        // Every key is found (keyOf is the alternation's own comparison); were one not, every
        // list would be tried: never fewer than need be.
        if (candidates === undefined) this.mayMatchLast.fill(1);
        for (const candidate of candidates ?? [])
          this.tryAt(candidate, atWordStart, match.index, text);
        // Another anchor may start inside this one: look again one character further.
        pattern.lastIndex = match.index + 1;
      }
    }
    this.lastText = text;
  }

  private tryAt(candidate: Candidate, atWordStart: boolean, index: number, text: string): void {
    if (this.mayMatchLast[candidate.slot] === 1) return;
    // `y`: the match must start here.
    candidate.pattern ??= new RegExp(
      `${atWordStart ? wordStart : ''}(?:${candidate.sources.join('|')})`,
      candidate.caseSensitive ? 'y' : 'iy',
    );
    candidate.pattern.lastIndex = index;
    if (candidate.pattern.test(text)) this.mayMatchLast[candidate.slot] = 1;
  }
}

/** The one prefilter all word lists share. */
export const listPrefilter = new ListPrefilter();

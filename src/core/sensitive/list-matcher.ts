import { listPrefilter } from './list-prefilter.js';
import { TermMatcher, without } from './patterns.js';
import type { Span } from './types.js';
import type { WordList } from './words/word-list.js';

/**
 * Patterns for this many different sets of terms at most; past it, the list's full pattern, so
 * that an export of many different texts cannot make patterns without end.
 */
const mostTermSets = 256;

/**
 * A word list's terms, minus the matches that sit inside an ignored phrase. Made at import, so
 * that the prefilter knows every list; its patterns are compiled at its first text (a CLI run that
 * reads no in-scope record never pays for them), and run only where the prefilter lets them.
 *
 * A text is matched against only the terms the prefilter found an anchor of: a term without one
 * has no match there, so the matches are those of all the terms, and V8 compiles a pattern of a
 * few terms far faster than one of hundreds (about 9 ms for the health list, at a CLI's start).
 */
export class ListMatcher {
  private readonly slot: number;
  private readonly terms: readonly string[];
  private readonly matchersOf = new Map<string, TermMatcher>();
  private allTermsMatcher: TermMatcher | null = null;
  private ignore: TermMatcher | null = null;

  /** `termSets`: how many sets of terms get patterns of their own (tests lift the limit). */
  constructor(
    private readonly list: WordList,
    private readonly termSets = mostTermSets,
  ) {
    this.slot = listPrefilter.register(list);
    this.terms = listPrefilter.termsOf(this.slot);
  }

  /** False when no term of the list can match in `text` (list-prefilter.ts). */
  mayMatch(text: string): boolean {
    return listPrefilter.mayMatch(this.slot, text);
  }

  find(text: string): Span[] {
    if (!this.mayMatch(text)) return [];
    const found = this.matcherFor(listPrefilter.termsThatMayMatch(this.slot, text)).find(text);
    if (found.length === 0) return found;
    this.ignore ??= new TermMatcher(this.list.ignore);
    return without(found, this.ignore.find(text));
  }

  private matcherFor(termIndexes: readonly number[] | null): TermMatcher {
    const key = termIndexes?.join(',');
    const known = key === undefined ? undefined : this.matchersOf.get(key);
    if (known !== undefined) return known;
    if (termIndexes === null || key === undefined || this.matchersOf.size >= this.termSets) {
      return (this.allTermsMatcher ??= new TermMatcher(this.terms));
    }
    const matcher = new TermMatcher(
      termIndexes.map((index) => this.terms[index]).filter((term) => term !== undefined),
    );
    this.matchersOf.set(key, matcher);
    return matcher;
  }
}

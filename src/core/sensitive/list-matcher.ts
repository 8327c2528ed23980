import { listPrefilter } from './list-prefilter.js';
import { TermMatcher, without } from './patterns.js';
import type { Span } from './types.js';
import { allTerms, type WordList } from './words/word-list.js';

/**
 * A word list's terms, minus the matches that sit inside an ignored phrase. Made at import, so
 * that the prefilter knows every list; its patterns are compiled at its first text (a CLI run that
 * reads no in-scope record never pays for them), and run only where the prefilter lets them.
 */
export class ListMatcher {
  private readonly slot: number;
  private compiled: { terms: TermMatcher; ignore: TermMatcher } | null = null;

  constructor(private readonly list: WordList) {
    this.slot = listPrefilter.register(list);
  }

  /** False when no term of the list can match in `text` (list-prefilter.ts). */
  mayMatch(text: string): boolean {
    return listPrefilter.mayMatch(this.slot, text);
  }

  find(text: string): Span[] {
    if (!this.mayMatch(text)) return [];
    this.compiled ??= {
      terms: new TermMatcher(allTerms(this.list)),
      ignore: new TermMatcher(this.list.ignore),
    };
    const found = this.compiled.terms.find(text);
    return found.length === 0 ? found : without(found, this.compiled.ignore.find(text));
  }
}

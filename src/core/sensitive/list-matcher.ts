import { TermMatcher, without } from './patterns.js';
import type { Span } from './types.js';
import { allTerms, type WordList } from './words/word-list.js';

/** A word list compiled once: its terms, minus the matches that sit inside an ignored phrase. */
export class ListMatcher {
  private readonly terms: TermMatcher;
  private readonly ignore: TermMatcher;

  constructor(list: WordList) {
    this.terms = new TermMatcher(allTerms(list));
    this.ignore = new TermMatcher(list.ignore);
  }

  find(text: string): Span[] {
    const found = this.terms.find(text);
    return found.length === 0 ? found : without(found, this.ignore.find(text));
  }
}

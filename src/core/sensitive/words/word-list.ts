import type { WordListLanguage } from '../codes.js';

/**
 * A word list kept as data (docs/sensitive-content.md explains how to extend one). Terms follow
 * the syntax of `patterns.ts`; every language's terms are matched in every text, since posts mix
 * languages, so a term must not be an everyday word of one of the other languages.
 */
export interface WordList {
  readonly terms: Readonly<Record<WordListLanguage, readonly string[]>>;
  /** Longer phrases in which a term means something else ("Great Depression"): no finding. */
  readonly ignore: readonly string[];
}

/** Every term of a list, all languages together. */
export function allTerms(list: WordList): string[] {
  return Object.values(list.terms).flat();
}

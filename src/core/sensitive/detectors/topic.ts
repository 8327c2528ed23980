import type { FindingCode, FindingGroup } from '../codes.js';
import { ListMatcher } from '../list-matcher.js';
import { contextAround } from '../mask.js';
import { defineDetector, type Detector } from '../types.js';
import type { WordList } from '../words/word-list.js';

/**
 * A detector that finds the terms of a word list. Its preview is the words around the match,
 * unmasked: the term is no identifier, and the member needs the sentence to judge the finding.
 */
export function topicDetector(
  code: FindingCode,
  group: FindingGroup,
  severity: number,
  words: WordList,
): Detector {
  const matcher = new ListMatcher(words);
  return defineDetector({
    code,
    group,
    severity,
    masksValue: false,
    needs: { words: matcher },
    find: (text) => matcher.find(text),
    preview: (text, span) => contextAround(text, span),
  });
}

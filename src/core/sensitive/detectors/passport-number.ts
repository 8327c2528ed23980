import { AsciiTwinPattern } from '../ascii-twin.js';
import { ListMatcher } from '../list-matcher.js';
import { hidden } from '../mask.js';
import { execAll, nearAny } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';
import { passportCues } from '../words/identifier-cues.js';

const cues = new ListMatcher(passportCues);

// Passport numbers are 6–9 capitals and digits (ICAO 9303 document numbers), with at least two
// digits so that words in capitals are not taken. No national format is checked: they differ.
const token = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}])(?=(?:[A-Z]*\d){2})[A-Z0-9]{6,9}(?![\p{L}\p{N}])/gu,
);

/** A document number only where the text says it is one: right after "passport", "Reisepass" … */
function findPassportNumbers(text: string): Span[] {
  const cueSpans = cues.find(text);
  if (cueSpans.length === 0) return [];
  const spans: Span[] = [];
  for (const match of execAll(token.for(text), text)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (/^(?:19|20)\d{2}$/u.test(match[0])) continue;
    if (nearAny(cueSpans, span, 16)) spans.push(span);
  }
  return spans;
}

export const passportNumberDetector = defineDetector({
  code: 'passport-number',
  group: 'identifier',
  severity: 70,
  masksValue: true,
  // Two digits of the number, and a word for a passport before it.
  needs: { digits: 2, words: cues },
  find: findPassportNumbers,
  preview: (text, { start, end }) => {
    const value = text.slice(start, end);
    return `${hidden.repeat(value.length - 3)}${value.slice(-3)}`;
  },
});

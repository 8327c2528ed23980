import { AsciiTwinPattern } from '../ascii-twin.js';
import { verhoeffValid } from '../checksums.js';
import { ListMatcher } from '../list-matcher.js';
import { hidden } from '../mask.js';
import { execAll, nearAny } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';
import { aadhaarCues } from '../words/identifier-cues.js';

const cues = new ListMatcher(aadhaarCues);

// UIDAI: twelve digits, the first 2–9, the last a Verhoeff check digit; printed `1234 5678 9012`.
// No group of digits may come before or after: the last twelve digits of a longer grouped number
// (a ticket's `4101 4156 1836 5461`) are no Aadhaar number.
const grouped = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}+-])(?<!\d[ -])([2-9]\d{3})[ -](\d{4})[ -](\d{4})(?![\p{L}\p{N}]|[ -]\d)/gu,
);
const run = new AsciiTwinPattern(/(?<![\p{L}\p{N}+-])([2-9]\d{11})(?![\p{L}\p{N}])/gu);

/**
 * Three years in a row (`Top Employer 2023-2024-2025`) are printed like an Aadhaar number, and
 * one such triple in ten passes its check digit: groups that are all years are no number.
 */
function allYears(groups: readonly (string | undefined)[]): boolean {
  return groups.every((group) => group !== undefined && /^(?:19|20)\d\d$/u.test(group));
}

/**
 * Grouped numbers anywhere; a run of twelve digits only after "Aadhaar" or "UID", since one in
 * ten random runs passes the check digit.
 */
function findAadhaar(text: string): Span[] {
  const cueSpans = cues.find(text);
  const spans: Span[] = [];
  for (const [pattern, needsCue] of [
    [grouped, false],
    [run, true],
  ] as const) {
    for (const match of execAll(pattern.for(text), text)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!verhoeffValid(match[0].replace(/\D/gu, ''))) continue;
      if (!needsCue && allYears([match[1], match[2], match[3]])) continue;
      if (needsCue && !nearAny(cueSpans, span, 24)) continue;
      spans.push(span);
    }
  }
  return spans;
}

export const inAadhaarDetector = defineDetector({
  code: 'in-aadhaar',
  group: 'identifier',
  severity: 70,
  masksValue: true,
  needs: { digits: 12 },
  find: findAadhaar,
  // UIDAI's own "masked Aadhaar" shows the last four digits.
  preview: (text, { start, end }) =>
    `${hidden.repeat(4)} ${hidden.repeat(4)} ${text.slice(start, end).replace(/\D/gu, '').slice(-4)}`,
});

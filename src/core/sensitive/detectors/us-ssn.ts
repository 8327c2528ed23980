import { AsciiTwinPattern } from '../ascii-twin.js';
import { ListMatcher } from '../list-matcher.js';
import { hidden } from '../mask.js';
import { execAll, nearAny } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';
import { ssnCues } from '../words/identifier-cues.js';

const cues = new ListMatcher(ssnCues);

// SSNs have no check digit; the SSA never issues area 000, 666 or 900–999, group 00 or serial
// 0000, so those are no SSN. `078-05-1120` (printed in a 1938 wallet insert) was voided.
const dashed = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}-])(\d{3})-(\d{2})-(\d{4})(?![\p{L}\p{N}]|-\d)/gu,
);
const plain = new AsciiTwinPattern(/(?<![\p{L}\p{N}-])(\d{3}) ?(\d{2}) ?(\d{4})(?![\p{L}\p{N}])/gu);

function issuable(area: string, group: string, serial: string): boolean {
  return (
    area !== '000' &&
    area !== '666' &&
    !area.startsWith('9') &&
    group !== '00' &&
    serial !== '0000' &&
    `${area}${group}${serial}` !== '078051120'
  );
}

/** `123-45-6789` anywhere; without dashes only right after "SSN" or "social security number". */
function findSsns(text: string): Span[] {
  const spans: Span[] = [];
  const cueSpans = cues.find(text);
  for (const [pattern, needsCue] of [
    [dashed, false],
    [plain, true],
  ] as const) {
    for (const match of execAll(pattern.for(text), text)) {
      const [whole, area = '', group = '', serial = ''] = match;
      const span = { start: match.index, end: match.index + whole.length };
      if (!issuable(area, group, serial)) continue;
      if (needsCue && !nearAny(cueSpans, span, 20)) continue;
      if (spans.some((known) => known.start === span.start)) continue;
      spans.push(span);
    }
  }
  return spans;
}

export const usSsnDetector = defineDetector({
  code: 'us-ssn',
  group: 'identifier',
  severity: 70,
  masksValue: true,
  needs: { digits: 9 },
  find: findSsns,
  preview: (text, { start, end }) =>
    `${hidden.repeat(3)}-${hidden.repeat(2)}-${text.slice(start, end).replace(/\D/gu, '').slice(-4)}`,
});

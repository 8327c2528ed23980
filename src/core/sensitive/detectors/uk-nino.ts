import { AsciiTwinPattern } from '../ascii-twin.js';
import { hidden } from '../mask.js';
import { execAll } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';

// HMRC's format: two prefix letters (never D, F, I, Q, U or V; the second never O), six digits,
// a suffix A–D. There is no check digit; the prefixes HMRC never allocates are refused too.
const ninoPattern = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\p{L}\p{N}])/gu,
);
const neverAllocated = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function findNinos(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of execAll(ninoPattern.for(text), text)) {
    if (neverAllocated.has(match[1] ?? '')) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export const ukNinoDetector = defineDetector({
  code: 'uk-nino',
  group: 'identifier',
  severity: 70,
  masksValue: true,
  needs: { digits: 6 },
  find: findNinos,
  preview: (text, { start, end }) => {
    const compact = text.slice(start, end).replaceAll(' ', '');
    return `${compact.slice(0, 2)} ${hidden.repeat(2)} ${hidden.repeat(2)} ${hidden.repeat(2)} ${compact.slice(-1)}`;
  },
});

import { AsciiTwinPattern } from '../ascii-twin.js';
import { maskEmail } from '../mask.js';
import { allMatches } from '../patterns.js';
import { defineDetector } from '../types.js';

// The practical subset of RFC 5322 that people type: no quoted local parts, a dotted domain with
// a letter-only top-level label. `\p{L}` admits internationalised addresses (RFC 6531).
const emailPattern = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu,
);

export const emailDetector = defineDetector({
  code: 'email',
  group: 'contact',
  severity: 45,
  masksValue: true,
  needs: { character: '@' },
  find: (text) => allMatches(emailPattern.for(text), text),
  preview: (text, { start, end }) => maskEmail(text.slice(start, end)),
});

import { AsciiTwinPattern } from '../ascii-twin.js';
import { luhnValid } from '../checksums.js';
import { hidden } from '../mask.js';
import { execAll } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';

/** Issuer prefixes and lengths of the card networks most members carry (ISO/IEC 7812 IINs). */
const networks: readonly { prefix: RegExp; lengths: readonly number[] }[] = [
  { prefix: /^4/u, lengths: [13, 16, 19] },
  { prefix: /^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/u, lengths: [16] },
  { prefix: /^3[47]/u, lengths: [15] },
  { prefix: /^(?:6011|64[4-9]|65)/u, lengths: [16, 19] },
  { prefix: /^35(?:2[89]|[3-8]\d)/u, lengths: [16, 19] },
  { prefix: /^(?:30[0-5]|3[689])/u, lengths: [14, 16, 19] },
  { prefix: /^(?:5018|5020|5038|5893|6304|67[56]\d)/u, lengths: [16, 19] },
];

// Digits in one run, or in groups separated by one space or hyphen (`4111 1111 1111 1111`,
// Amex's `3782 822463 10005`); a `+` before them makes them a phone number, not a card, and a
// link's `=`, `/`, `?`, `&`, `#`, an `_` or a URN's `:` an id in it (`?id=4111…`, `/orders/4111…`,
// `urn:li:activity:6512…`, whose 19 digits can start like a Discover card), which passes the
// check digit one time in ten.
const candidate = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}+.,:=/?&#_-])\d{4}(?:[ -]?\d{2,6}){2,4}(?![\p{L}\p{N}]|[.,]\d)/gu,
);

function findCards(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of execAll(candidate.for(text), text)) {
    const digits = match[0].replace(/\D/gu, '');
    const network = networks.find((known) => known.prefix.test(digits));
    if (!network?.lengths.includes(digits.length) || !luhnValid(digits)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export const paymentCardDetector = defineDetector({
  code: 'payment-card',
  group: 'identifier',
  severity: 70,
  masksValue: true,
  // The shortest card number of `networks`.
  needs: { digits: Math.min(...networks.flatMap((network) => network.lengths)) },
  find: findCards,
  preview: (text, { start, end }) =>
    `${hidden.repeat(4)} ${hidden.repeat(4)} ${hidden.repeat(4)} ${text.slice(start, end).replace(/\D/gu, '').slice(-4)}`,
});

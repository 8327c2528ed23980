import { AsciiTwinPattern } from '../ascii-twin.js';
import { ibanChecksumValid } from '../checksums.js';
import { groupsOfFour, hidden } from '../mask.js';
import { execAll } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';

/** IBAN lengths by country (SWIFT IBAN registry): a candidate of another length is no IBAN. */
const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

// Printed IBANs come in groups of four separated by single spaces; electronic ones in one run.
const candidate = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![\p{L}\p{N}])/gu,
);

function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of execAll(candidate.for(text), text)) {
    const compact = match[0].replaceAll(' ', '');
    if (ibanLengths[compact.slice(0, 2)] !== compact.length) continue;
    if (!ibanChecksumValid(compact)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** `DE89 3704 0044 0532 0130 00` → `DE•• •••• •••• •••• •• 3000`: country and last four stay. */
export function maskIban(raw: string): string {
  const compact = raw.replaceAll(' ', '');
  const middle = groupsOfFour(hidden.repeat(compact.length - 8));
  return `${compact.slice(0, 2)}${hidden.repeat(2)} ${middle} ${compact.slice(-4)}`;
}

export const ibanDetector = defineDetector({
  code: 'iban',
  group: 'identifier',
  severity: 70,
  masksValue: true,
  // The two check digits; the rest may be letters.
  needs: { digits: 2 },
  find: findIbans,
  preview: (text, { start, end }) => maskIban(text.slice(start, end)),
});

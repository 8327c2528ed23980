import metadataJson from 'libphonenumber-js/metadata.max.json';
import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { luhnValid, verhoeffValid } from '../src/core/sensitive/checksums.js';
import { minPhoneDigits } from '../src/core/sensitive/detectors/phone.js';
import { digitCounts } from '../src/core/sensitive/digits.js';
import { detectorFor, type FindingCode } from '../src/core/sensitive/index.js';
import { phoneCountryFor } from '../src/core/sensitive/scan.js';

/**
 * A detector is not even called for a text that lacks what it needs (needs.ts): digits, `@`, a
 * match of its word list. These tests hold each need to what the detector's patterns require.
 */

describe('needs: the least each detector finds something with', () => {
  // Each text holds exactly as many digits as the detector needs: one fewer would find nothing.
  it.each([
    { code: 'payment-card', text: 'Card 4222222222222, a Visa test number' },
    { code: 'us-ssn', text: 'SSN 123-45-6789' },
    { code: 'uk-nino', text: 'NI number AB 12 34 56 C' },
    { code: 'in-aadhaar', text: 'Aadhaar 2345 6789 0124' },
    { code: 'in-pan', text: 'PAN ABCPE1234F' },
    { code: 'iban', text: 'IBAN NO09ABCDEFGHIJK' },
    { code: 'passport-number', text: 'My passport: AB12CD' },
    { code: 'salary', text: 'My salary is €85k' },
    { code: 'birth-date', text: 'I was born 1/2/90 in Leeds' },
    { code: 'postal-address', text: 'My address is 1 Main Street' },
    { code: 'email', text: 'me@example.org' },
  ] satisfies { code: FindingCode; text: string }[])('$code in "$text"', ({ code, text }) => {
    const detector = detectorFor(code);
    expect(detector.find(text, { phoneCountry: null })).toHaveLength(1);
    expect(digitCounts(text).ascii).toBe(detector.needs.digits);
  });

  it.each([
    ['health', 'after my burnout', 'after my burn'],
    ['salary', 'salary €85k', 'pay €85k'],
    ['email', 'me@example.org', 'me at example.org'],
  ] satisfies [FindingCode, string, string][])(
    '%s: found in "%s", not even tried in "%s"',
    (code, found, notTried) => {
      const detector = detectorFor(code);
      expect(detector.find(found, { phoneCountry: null }).length).toBeGreaterThan(0);
      expect(detector.find(notTried, { phoneCountry: null })).toEqual([]);
    },
  );
});

describe('digit counts (digits.ts)', () => {
  it.each([
    ['no digits at all', 0, 0],
    ['In 2024 we grew 12%, 3 times', 7, 4],
    ['+44 7400 123456', 12, 12],
    ['(415) 555-2671', 10, 10],
    ['call 0800.123/456~7 now', 11, 11],
    ['2024\n2025', 8, 4],
    ['12,34', 4, 2],
    ['１２３４５', 0, 5],
    ['٠١٢ ۳۴۵', 0, 6],
    ['४२४२४२', 0, 0],
    ['12 – 34', 4, 4],
  ])('%j: %i ASCII digits, at most %i read as one number', (text, ascii, phoneRun) => {
    expect({ ...digitCounts(text) }).toEqual({ ascii, phoneRun });
  });
});

/** The parts of libphonenumber's numbering plans the bound below rests on. */
interface Plan {
  callingCode(): string;
  possibleLengths(): number[];
  nationalPrefixForParsing(): string | 0 | undefined;
  nationalPrefixTransformRule(): string | 0 | undefined;
}

function planOf(country: CountryCode): Plan {
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  return metadata.numberingPlan as unknown as Plan;
}

/**
 * At least how many digits a national number of `country` stands on in a text. Without a
 * national-prefix rule, its shortest valid length: prefixes are only taken away. A rule may write
 * digits of its own (San Marino: `0549$1`), so the number may stand on that many fewer, but not
 * on fewer than the rule applies to (tried on every run of fewer than `minPhoneDigits` digits,
 * which is all the bound needs).
 */
function fewestNationalDigits(country: CountryCode): number {
  const plan = planOf(country);
  const shortest = Math.min(...plan.possibleLengths());
  const parsing = plan.nationalPrefixForParsing();
  const rule = plan.nationalPrefixTransformRule();
  // The metadata writes 0 where a plan has no rule.
  if (typeof rule !== 'string' || typeof parsing !== 'string') return shortest;
  const written = rule.replace(/\$\d/gu, '').length;
  const prefix = new RegExp(`^(?:${parsing})`, 'u');
  let applies = minPhoneDigits;
  search: for (let length = 0; length < minPhoneDigits; length++) {
    for (let value = 0; value < 10 ** length; value++) {
      const match = prefix.exec(length === 0 ? '' : String(value).padStart(length, '0'));
      // libphonenumber applies the rule only when the pattern's last group captured something.
      if (match !== null && match.length > 1 && (match.at(-1) ?? '') !== '') {
        applies = length;
        break search;
      }
    }
  }
  return Math.min(shortest, Math.max(shortest - written, applies));
}

describe(`phone numbers need ${String(minPhoneDigits)} digits in a run (libphonenumber's metadata)`, () => {
  const countries = Object.keys(metadataJson.countries) as CountryCode[];

  it('holds for every national number of a country a region reads national numbers for', () => {
    const regions = ['us', 'other', 'eu', 'eea', 'ch', 'uk', 'ca', 'hk'];
    const national = regions.flatMap((region) => phoneCountryFor(region) ?? []);
    expect(national.length).toBeGreaterThan(0);
    for (const country of national) {
      expect(fewestNationalDigits(country), country).toBeGreaterThanOrEqual(minPhoneDigits);
    }
  });

  it('holds for every international number: calling code and national number', () => {
    for (const country of countries) {
      const digits = planOf(country).callingCode().length + fewestNationalDigits(country);
      expect(digits, country).toBeGreaterThanOrEqual(minPhoneDigits);
    }
    for (const [code, plan] of Object.entries(metadataJson.nonGeographic)) {
      const lengths = plan[3] as number[];
      expect(code.length + Math.min(...lengths), `+${code}`).toBeGreaterThanOrEqual(minPhoneDigits);
    }
  });

  it.each([
    ['Call +41 44 668 18 00', null],
    ['Tel 2345 6789', 'HK'],
    ['Tel: ２３４５ ６７８９', 'HK'],
    ['call +44 ٧٤٠٠ ١٢٣٤٥٦', null],
  ] as const)('and the detector still finds %j (country %s)', (text, country) => {
    expect(detectorFor('phone').find(text, { phoneCountry: country })).toHaveLength(1);
  });
});

describe('check digits', () => {
  it.each(['', '4111 1111 1111 1111', '41111111111111１1', 'abc'])(
    '%j is no run of digits: no check digit is valid',
    (text) => {
      expect(luhnValid(text)).toBe(false);
      expect(verhoeffValid(text)).toBe(false);
    },
  );
});

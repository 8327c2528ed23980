import { describe, expect, it } from 'vitest';
import { ibanChecksumValid, luhnValid, verhoeffValid } from '../src/core/sensitive/checksums.js';
import { maskIban } from '../src/core/sensitive/detectors/iban.js';
import { maskBirthDate } from '../src/core/sensitive/detectors/birth-date.js';
import { maskPhone } from '../src/core/sensitive/detectors/phone.js';
import { contextAround, maskEmail, maskWords } from '../src/core/sensitive/mask.js';
import { TermMatcher } from '../src/core/sensitive/patterns.js';
import { wordListLanguages } from '../src/core/sensitive/codes.js';
import { criminalRecordWords } from '../src/core/sensitive/words/criminal-record.js';
import { disabilityWords } from '../src/core/sensitive/words/disability.js';
import { ethnicOriginWords } from '../src/core/sensitive/words/ethnic-origin.js';
import { healthWords } from '../src/core/sensitive/words/health.js';
import { politicalOpinionWords } from '../src/core/sensitive/words/political-opinion.js';
import { religionWords } from '../src/core/sensitive/words/religion.js';
import { sexualOrientationWords } from '../src/core/sensitive/words/sexual-orientation.js';
import { tradeUnionWords } from '../src/core/sensitive/words/trade-union.js';
import { workAuthorisationWords } from '../src/core/sensitive/words/work-authorisation.js';

function matches(terms: string[], text: string): string[] {
  return new TermMatcher(terms).find(text).map((span) => text.slice(span.start, span.end));
}

describe('word-list terms (docs/sensitive-content.md, "Extending a word list")', () => {
  it.each([
    { terms: ['diabetic*'], text: 'Diabetics and diabetic care', found: ['Diabetics', 'diabetic'] },
    { terms: ['cancer'], text: 'cancers, Cancer, cancer-free', found: ['Cancer', 'cancer'] },
    {
      terms: ['*krebs'],
      text: 'Brustkrebs und Krebs, nicht Krebsforschung',
      found: ['Brustkrebs', 'Krebs'],
    },
    { terms: ['HIV'], text: 'HIV, not hiv or Hiv', found: ['HIV'] },
    {
      terms: ['trade union'],
      text: 'trade-union and trade  union',
      found: ['trade-union', 'trade  union'],
    },
    { terms: ['H-1B'], text: 'H-1B, H1B and H 1B', found: ['H-1B', 'H1B', 'H 1B'] },
    {
      terms: ['dépression'],
      text: 'dépression and depression',
      found: ['dépression', 'depression'],
    },
    { terms: ['Straße'], text: 'Straße, Strasse', found: ['Straße', 'Strasse'] },
    { terms: ['Gefängnis'], text: 'Gefängnis, Gefaengnis', found: ['Gefängnis', 'Gefaengnis'] },
    { terms: ["d'ansia"], text: 'disturbo d’ansia', found: ['d’ansia'] },
    { terms: ['gay'], text: 'Gaynor and segay are names', found: [] },
  ])('$terms in "$text"', ({ terms, text, found }) => {
    expect(matches(terms, text)).toEqual(found);
  });

  it.each([
    ['health', healthWords],
    ['disability', disabilityWords],
    ['ethnic-origin', ethnicOriginWords],
    ['political-opinion', politicalOpinionWords],
    ['religion', religionWords],
    ['trade-union', tradeUnionWords],
    ['sexual-orientation', sexualOrientationWords],
    ['criminal-record', criminalRecordWords],
    ['work-authorisation', workAuthorisationWords],
  ] as const)(
    'the %s list has terms in every language, and no term twice in one language',
    (_name, list) => {
      for (const language of wordListLanguages) {
        expect(list.terms[language].length, language).toBeGreaterThan(0);
      }
      for (const language of wordListLanguages) {
        const terms = list.terms[language];
        expect(terms.length, language).toBe(new Set(terms).size);
      }
    },
  );
});

describe('check digits', () => {
  it.each([
    ['4111111111111111', true],
    ['378282246310005', true],
    ['4111111111111112', false],
  ])('Luhn %s → %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });

  it.each([
    ['DE89370400440532013000', true],
    ['GB29NWBK60161331926819', true],
    ['FR1420041010050500013M02606', true],
    ['DE89370400440532013001', false],
  ])('IBAN mod-97 %s → %s', (iban, valid) => {
    expect(ibanChecksumValid(iban)).toBe(valid);
  });

  it.each([
    ['234567890124', true],
    ['491827364507', true],
    ['234567890125', false],
    ['2363', true],
  ])('Verhoeff %s → %s', (digits, valid) => {
    expect(verhoeffValid(digits)).toBe(valid);
  });
});

describe('masked previews', () => {
  it.each([
    [maskPhone('+44 7400 123456', null), '+44 •••• ••• 456'],
    [maskPhone('(415) 555-2671', 'US'), '+1 ••• •••• 671'],
    [maskPhone('0049 30 901820', null), '+49 •• ••• 820'],
    [maskEmail('jane.doe@example.com'), 'j•••@e•••.com'],
    [maskIban('DE89 3704 0044 0532 0130 00'), 'DE•• •••• •••• •••• •• 3000'],
    [maskWords('221B Baker Street, London'), '2••• B••• S•••, L•••'],
    [maskBirthDate('12 March 1985'), '•• ••••• 1985'],
    [maskBirthDate('03/07/1990'), '••/••/1990'],
    // Letters outside the BMP are two code units: the first character is kept whole.
    [maskEmail('𝐣𝐚𝐧𝐞@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.com'), '𝐣•••@𝐞•••.com'],
    [maskWords('𝟏𝟒𝟐𝟎 𝐄𝐥𝐦 Street'), '𝟏••• 𝐄••• S•••'],
  ])('%s', (masked, expected) => {
    expect(masked).toBe(expected);
  });

  it('shows a topic in the words around it, cut at word boundaries', () => {
    const text =
      'Some long preamble about the quarter. I was diagnosed with diabetes last spring and changed how I work.';
    const start = text.indexOf('diabetes');
    expect(contextAround(text, { start, end: start + 8 })).toBe(
      '…quarter. I was diagnosed with diabetes last spring and changed how I…',
    );
  });

  it('never cuts a character outside the BMP in two where a text has no spaces', () => {
    // Without the `u` flag a pattern sees code units, so it can find half a character.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    const emoji = '😀'.repeat(40);
    const text = `${emoji}burnout${emoji}`;
    const start = text.indexOf('burnout');
    for (const width of [31, 32, 33]) {
      const preview = contextAround(text, { start, end: start + 7 }, width);
      expect(preview).toContain('burnout');
      expect(preview).not.toMatch(loneSurrogate);
    }
  });

  it('keeps the topic in its preview when no space comes before it in reach', () => {
    // 32 characters before the word hold no space: the preview starts mid-word, not after it.
    const text = 'Read it at https://example.com/blog/2024/11/05/my-long-burnout-story today';
    const start = text.indexOf('burnout');
    expect(contextAround(text, { start, end: start + 7 })).toBe(
      '…ple.com/blog/2024/11/05/my-long-burnout-story today',
    );
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMasker } from '../src/core/plan/mask-values.js';
import { hidden } from '../src/core/sensitive/mask.js';
import type { ValueMask } from '../src/core/sensitive/scan.js';
import { escapeRegExp, squashSpaces } from '../src/core/util/text.js';
import { analyzeFiles, buildZip, completeZipName, lines } from './helpers/build-zip.js';
import { runInProcess } from './helpers/run-in-process.js';

/** The scripts written without spaces between words (or before a particle: Korean). */
const spaceless =
  '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';
/** A letter or number that a value runs on into, as the masker tells them. */
const word = `(?:(?![${spaceless}])[\\p{L}\\p{N}])`;
const startsWord = new RegExp(`^${word}`, 'u');
const endsWord = new RegExp(`${word}$`, 'u');

/**
 * The end of a value that a text cut before it starts with, ending where a word ends, or
 * anywhere when a value that ends so was found glued.
 */
function cutEndLength(after: string, masks: readonly ValueMask[]): number {
  let longest = 0;
  for (const { value } of masks) {
    const form = squashSpaces(value);
    for (let length = Math.min(form.length - 1, after.length); length > longest; length--) {
      const ending = form.slice(form.length - length);
      const runsOn =
        masks.every(
          (other) => other.anywhere !== true || !squashSpaces(other.value).endsWith(ending),
        ) &&
        endsWord.test(ending) &&
        startsWord.test(after.slice(length));
      if (length >= 3 && after.startsWith(ending) && !runsOn) {
        longest = length;
        break;
      }
    }
  }
  return longest;
}

/** A form where it stands on its own: no digit runs on into a digit at its edges. */
function standingAlone(form: string): RegExp {
  const before = /^\p{Nd}/u.test(form) ? '(?<!\\p{Nd})' : '';
  const after = /\p{Nd}$/u.test(form) ? '(?!\\p{Nd})' : '';
  return new RegExp(`${before}${escapeRegExp(form)}${after}`, 'gu');
}

/**
 * The masking before it was compiled: every value in turn, then the cut-off ends and starts. A
 * form is hidden where it stands on its own, or anywhere when a value that has it was found glued.
 */
function maskOneByOne(text: string, masks: readonly ValueMask[]): string {
  const formsOf = (value: string) => new Set([value, squashSpaces(value)]);
  let result = text;
  const done = new Set<string>();
  for (const { value, mask } of masks) {
    for (const form of formsOf(value)) {
      if (form === '' || done.has(form)) continue;
      done.add(form);
      const anywhere = masks.some((other) => other.anywhere && formsOf(other.value).has(form));
      result = result.replace(
        anywhere ? new RegExp(escapeRegExp(form), 'gu') : standingAlone(form),
        () => mask,
      );
    }
  }
  for (
    let cut = result.lastIndexOf('…');
    cut >= 0;
    cut = cut === 0 ? -1 : result.lastIndexOf('…', cut - 1)
  ) {
    const endLength = cutEndLength(result.slice(cut + 1), masks);
    if (endLength > 0) {
      result = `${result.slice(0, cut + 1)}${hidden.repeat(3)}${result.slice(cut + 1 + endLength)}`;
    }
    if (cut === 0) continue;
    let longest = 0;
    for (const { value } of masks) {
      const form = squashSpaces(value);
      const before = result.slice(0, cut);
      for (let length = Math.min(form.length - 1, before.length); length > longest; length--) {
        const start = form.slice(0, length);
        const runsOn =
          masks.every(
            (other) => other.anywhere !== true || !squashSpaces(other.value).startsWith(start),
          ) &&
          startsWord.test(start) &&
          endsWord.test(before.slice(0, before.length - length));
        if (length >= 3 && before.endsWith(start) && !runsOn) {
          longest = length;
          break;
        }
      }
    }
    if (longest > 0)
      result = `${result.slice(0, cut - longest)}${hidden.repeat(3)}${result.slice(cut)}`;
  }
  return result;
}

/** As the scan hands them over: longest value first. */
function byLength(masks: ValueMask[]): ValueMask[] {
  return [...masks].sort((a, b) => b.value.length - a.value.length);
}

describe('createMasker', () => {
  it('hides a longer value whole where a shorter one overlaps its start', () => {
    const masks = byLength([
      { value: '0207 946 0958', mask: '[PHONE]' },
      { value: '1234 0207', mask: '[CARD]' },
    ]);
    expect(createMasker(masks)('ref 1234 0207 946 0958')).toBe('ref 1234 [PHONE]');
  });

  it('hides the end of a value that a preview starts inside, where that end ends a word', () => {
    const masker = createMasker(
      byLength([
        { value: 'DE89 3704 0044 0532 0130 00', mask: 'DE•• •••• 00' },
        { value: 'mary@example.com', mask: 'm•••@e•••.com' },
      ]),
    );
    expect(masker('…0044 0532 0130 00 — after my cancer treatment…')).toBe(
      `…${hidden.repeat(3)} — after my cancer treatment…`,
    );
    expect(masker('…com, and the community…')).toBe(`…${hidden.repeat(3)}, and the community…`);
    expect(masker('…community and more')).toBe('…community and more');
  });

  it('masks a value that starts outside the BMP (a bold "𝐣𝐚𝐧𝐞@…" of fancy-text posts)', () => {
    // The search for overlapping values stepped one code unit on, into the surrogate pair, where
    // a `u` pattern reads from the pair's start: it found the same match for ever.
    const masker = createMasker([{ value: '𝐣𝐚𝐧𝐞@example.com', mask: '𝐣•••@e•••.com' }]);
    expect(masker('mail 𝐣𝐚𝐧𝐞@example.com or 𝐣𝐚𝐧𝐞@example.com')).toBe(
      'mail 𝐣•••@e•••.com or 𝐣•••@e•••.com',
    );
  });

  describe('hides a value only where it stands on its own', () => {
    const masker = createMasker(
      byLength([
        { value: 'Flat 1', mask: 'F••• 1•••' },
        { value: 'jane@example.com', mask: 'j•••@e•••.com' },
        { value: '+44 7400 123456', mask: '+44 •••• ••• 456' },
        { value: '0207 946 0958', mask: '•••• ••• 958' },
        { value: 'улица Ленина 5', mask: 'у••• Л••• 5•••' },
        { value: 'Straße 7', mask: 'S••• 7•••' },
      ]),
    );
    it.each([
      // Where it stands alone: at either end of the text, between spaces, beside punctuation.
      { text: 'Flat 1', masked: 'F••• 1•••' },
      { text: 'Flat 1 is mine', masked: 'F••• 1••• is mine' },
      { text: 'I live in Flat 1', masked: 'I live in F••• 1•••' },
      { text: '(Flat 1), Elm Street', masked: '(F••• 1•••), Elm Street' },
      { text: '"Flat 1".', masked: '"F••• 1•••".' },
      { text: 'Flat 1/2', masked: 'F••• 1•••/2' },
      { text: 'Write to jane@example.com.', masked: 'Write to j•••@e•••.com.' },
      { text: 'mail:jane@example.com!', masked: 'mail:j•••@e•••.com!' },
      { text: 'Call +44 7400 123456, or text', masked: 'Call +44 •••• ••• 456, or text' },
      // A `+` needs no space before it: no word runs on into it.
      { text: 'Tel+44 7400 123456', masked: 'Tel+44 •••• ••• 456' },
      { text: 'Улица: улица Ленина 5.', masked: 'Улица: у••• Л••• 5•••.' },
      { text: 'Straße 7!', masked: 'S••• 7•••!' },
      // Japanese, Chinese and Thai put no space between words, Korean none before a particle.
      { text: '住所はFlat 1です', masked: '住所はF••• 1•••です' },
      { text: '请发到jane@example.com谢谢', masked: '请发到j•••@e•••.com谢谢' },
      { text: 'Flat 1에 살아요', masked: 'F••• 1•••에 살아요' },
      { text: 'โทร+44 7400 123456ครับ', masked: 'โทร+44 •••• ••• 456ครับ' },
      // Inside a longer number: another number, left as it is.
      { text: 'Flat 10', masked: 'Flat 10' },
      { text: 'Flat 1٢', masked: 'Flat 1٢' },
      { text: 'ref +44 7400 1234567', masked: 'ref +44 7400 1234567' },
      { text: 'account 10207 946 09581', masked: 'account 10207 946 09581' },
      { text: 'улица Ленина 55', masked: 'улица Ленина 55' },
      // Beside a letter: hidden, as a case ending or a glued particle or prefix may be there.
      { text: 'Flat 1a', masked: 'F••• 1•••a' },
      { text: 'Flat 1ban van', masked: 'F••• 1•••ban van' },
      { text: 'בFlat 1', masked: 'בF••• 1•••' },
      { text: 'xjane@example.com', masked: 'xj•••@e•••.com' },
      { text: 'jane@example.community', masked: 'j•••@e•••.community' },
      { text: 'Flat 1𝐀', masked: 'F••• 1•••𝐀' },
      { text: 'Hauptstraße 7', masked: 'Hauptstraße 7' },
    ])('$text', ({ text, masked }) => {
      expect(masker(text)).toBe(masked);
    });

    it('hides a shorter value that stands alone where a longer one runs on', () => {
      const shorter = createMasker(
        byLength([
          { value: 'Flat 1, Elm Street 4', mask: '[ADDRESS]' },
          { value: 'Flat 1', mask: '[FLAT]' },
        ]),
      );
      expect(shorter('Flat 1, Elm Street 45')).toBe('[FLAT], Elm Street 45');
      expect(shorter('Flat 1, Elm Street 4.')).toBe('[ADDRESS].');
    });

    it('hides a value found running on into a word wherever it appears (`anywhere`)', () => {
      const glued = createMasker([
        { value: '+86 138 0013 8000', mask: '+86 ••• •••• •000', anywhere: true },
      ]);
      expect(glued('请拨打+86 138 0013 8000联系我')).toBe('请拨打+86 ••• •••• •000联系我');
      expect(glued('ref +86 138 0013 80001')).toBe('ref +86 ••• •••• •0001');
    });

    it('hides a cut-off start only where the value would start', () => {
      const address = createMasker([{ value: '2026 Main Street', mask: '2••• M••• S•••' }]);
      expect(address('We moved to 2026 Ma…')).toBe('We moved to •••…');
      expect(address('Our revenue 12026…')).toBe('Our revenue 12026…');
      expect(address('…Main Street is home')).toBe('…••• is home');
      expect(address('…Main Streets')).toBe('…Main Streets');
    });
  });

  it('hides the end of a value found running on into a word where a text starts inside it', () => {
    // As its cut-off start is: where it was found, it runs on into the word after it.
    const glued = createMasker([
      { value: '+7 916 123 4567', mask: '+7 ••• ••• 567', anywhere: true },
    ]);
    expect(glued('…123 4567звоните, диабет…')).toBe(`…${hidden.repeat(3)}звоните, диабет…`);
  });

  it('masks a text that repeats a value a hundred thousand times in linear time', () => {
    // Each place was checked against every place hidden before it: minutes on such a text.
    const masker = createMasker([
      { value: '+44 7400 123456', mask: '+44 •••• ••• 456' },
      { value: '7400 123456', mask: '•••• 456' },
    ]);
    const text = 'call +44 7400 123456 '.repeat(100_000);
    const started = performance.now();
    const masked = masker(text);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(masked).toBe('call +44 •••• ••• 456 '.repeat(100_000));
  });

  it('masks exactly as value-by-value replacement did, on overlapping values', () => {
    const piece = fc.constantFrom('1', '2', '12', ' ', '3 4', '…', 'a', '-', 'é', '𝐀', 'は');
    const value = fc.array(piece, { minLength: 2, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(value, fc.boolean()), {
          maxLength: 5,
          selector: ([candidate]) => candidate,
        }),
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        (values, text) => {
          const masks = byLength(
            values
              .filter(([candidate]) => candidate.trim() !== '' && !candidate.includes('…'))
              .map(([candidate, anywhere], index) => ({
                value: candidate,
                // Masks share no character with values: the old loop would mask its own masks.
                mask: `«${String.fromCharCode(65 + index)}»`,
                ...(anywhere ? { anywhere } : {}),
              })),
          );
          expect(createMasker(masks)(text)).toBe(maskOneByOne(text, masks));
        },
      ),
      { numRuns: 3000, seed: 9 },
    );
  });
});

describe('the account’s own contact details, the profile’s address too', () => {
  const files = {
    'Email Addresses.csv': lines(
      'Email Address,Confirmed,Primary,Updated On',
      'jane.doe@example.com,Yes,Yes,2026-10-04',
      'jane.work@example.org,Yes,No,2024-09-21',
    ),
    'PhoneNumbers.csv': lines('Extension,Number,Type', ',+44 7400 123456,Mobile'),
    'Profile.csv': lines(
      'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
      'Jane,Doe,,"1420 Elm Street, Austin",Mar 28,Data Analyst,,Technology,78701,"Austin, Texas",,,',
    ),
  };
  // No cue the address pattern knows (a street number and type, a postcode): only the profile
  // tells that this is the member's address.
  const post = 'Party tonight at 1420 Elm Street, Austin! Bring snacks.';
  const withPost = {
    ...files,
    'Shares.csv': lines(
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
      `2023-08-13 13:08:21,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"${post}",,,MEMBER_NETWORK`,
    ),
  };
  const hiddenValues = /jane\.doe@|jane\.work@|7400 123456|1420 Elm/u;

  it.each(['csv', 'json', 'table', 'markdown'])(
    'are masked every one in `records`, not only those also met in a post (%s)',
    async (format) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-mask-'));
      const archive = path.join(dir, completeZipName);
      writeFileSync(archive, await buildZip(files));
      const masked = await runInProcess(['records', archive, '--format', format]);
      expect(masked.code).toBe(0);
      expect(masked.stdout).not.toMatch(hiddenValues);
      // The profile's contact line is listed, its address masked.
      expect(masked.stdout).toContain('Address: 1•••');
      const shown = await runInProcess(['records', archive, '--format', format, '--show-values']);
      expect(shown.stdout).toContain('jane.work@example.org');
      expect(shown.stdout).toContain('1420 Elm Street');
    },
  );

  it.each(['report', 'records'])(
    'the address repeated in a post is masked in `%s` too',
    async (command) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-mask-'));
      const archive = path.join(dir, completeZipName);
      writeFileSync(archive, await buildZip(withPost));
      const masked = await runInProcess([command, archive, '--format', 'json']);
      expect(masked.code).toBe(0);
      expect(masked.stdout).toContain('Party tonight at 1••• E••• S•••, A•••!');
      expect(masked.stdout).not.toMatch(hiddenValues);
    },
  );

  it.each([
    { address: 'Austin', shown: 'Austin' },
    { address: '78701', shown: '78701' },
    { address: 'Flat 2, 7 Rue Oberkampf, Paris', shown: 'F••• 2•••, 7••• R••• O•••, P•••' },
  ])('a profile address "$address" is masked only with a number and a word', async (row) => {
    const report = await analyzeFiles(
      {
        'Profile.csv': lines(
          'First Name,Last Name,Address,Headline',
          `Jane,Doe,"${row.address}",Data Analyst`,
        ),
      },
      { keepRecords: 'all' },
    );
    expect(report.records.find((record) => record.kind === 'profile-contact')?.text).toBe(
      `Address: ${row.shown}`,
    );
  });

  it.each([
    {
      // No region: the detector reads no national number, yet this one is the member's own.
      name: 'a national number of PhoneNumbers.csv, in its record and written so in an answer',
      number: '(512) 471-3435',
      answer: '(512) 471-3435',
      shown: ['(•••) •••-•435', 'Mobile phone number · (•••) •••-•435'],
    },
    {
      name: 'an international number of PhoneNumbers.csv, in the answer written nationally',
      number: '+1 512-471-3434',
      answer: '(512) 471-3434',
      shown: ['+1 ••• •••• 434', 'Mobile phone number · (•••) •••-•434'],
    },
    {
      name: 'an international number, in the answer as its digits alone',
      number: '+44 7400 123456',
      answer: '7400123456',
      shown: ['+44 •••• ••• 456', 'Mobile phone number · •••••••456'],
    },
  ])('$name is masked', async ({ number, answer, shown }) => {
    const report = await analyzeFiles(
      {
        'PhoneNumbers.csv': lines('Extension,Number,Type', `,${number},Mobile`),
        'Jobs/Job Applicant Saved Answers.csv': lines(
          'Question,Answer',
          `Mobile phone number,${answer}`,
        ),
      },
      { keepRecords: 'all' },
    );
    expect(
      ['phone-number', 'saved-answer'].map(
        (kind) => report.records.find((record) => record.kind === kind)?.text,
      ),
    ).toEqual(shown);
  });

  it('every way of keeping records masks the same (streaming-equivalence.test.ts)', async () => {
    const reports = await Promise.all(
      (['all', 'in-scope', 'flagged'] as const).map(async (keepRecords) => {
        const { suggestions } = await analyzeFiles(withPost, { keepRecords, asOf: '2026-11-28' });
        return suggestions;
      }),
    );
    expect(JSON.stringify(reports[0])).not.toMatch(hiddenValues);
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  });
});

describe('a value the scan found running on into a word', () => {
  // libphonenumber takes a number right after a Cyrillic word (it checks for Latin letters only):
  // where it was found, it must be hidden, standing alone or not.
  const post = 'звоните+44 7400 123456сегодня';
  const files = {
    'Shares.csv': lines(
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
      `2023-08-13 13:08:21,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,${post},,,MEMBER_NETWORK`,
    ),
  };

  it.each(['all', 'in-scope', 'flagged'] as const)(
    'is hidden where it was found (%s)',
    async (keepRecords) => {
      const report = await analyzeFiles(files, { keepRecords, asOf: '2026-11-28' });
      expect(report.findings.map((finding) => finding.code)).toEqual(['phone']);
      const text = JSON.stringify(report);
      expect(text).not.toContain('7400 123456');
      expect(text).toContain('звоните+44 •••• ••• 456сегодня');
    },
  );

  it('is hidden in a Chinese topic’s preview that starts inside it', async () => {
    // Without a space to start at, the preview starts 32 characters before the topic word.
    const health =
      '我的电话是+8613800138000联系我我被诊断出患有一种慢性疾病需要长期治疗所以diabetes今年';
    const report = await analyzeFiles({
      'Shares.csv': lines(
        'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
        `2023-08-13 13:08:21,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,${health},,,MEMBER_NETWORK`,
      ),
    });
    expect(report.findings.map((finding) => finding.code)).toEqual(['phone', 'health']);
    expect(report.findings[1]?.preview).toMatch(/^…•••联系我/u);
    expect(JSON.stringify(report)).not.toMatch(/0013|138000/u);
  });
});

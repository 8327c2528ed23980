import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asciiTwinPatterns,
  asciiTwinSource,
  lettersAndNumbersAreAscii,
} from '../src/core/sensitive/ascii-twin.js';
// Importing the detectors makes their patterns.
import { detectors } from '../src/core/sensitive/index.js';
import { execAll } from '../src/core/sensitive/patterns.js';
import { readCorpus } from './corpus/corpus.js';
import { repoRoot } from './helpers/fixtures.js';

const sensitiveDir = path.join(repoRoot, 'src/core/sensitive');

/** Where the parenthesis opened by the call at `start` closes (escaped characters skipped). */
function closingParenthesis(source: string, start: number): number {
  let depth = 0;
  for (let index = source.indexOf('(', start); index < source.length; index++) {
    const character = source.charAt(index);
    if (character === '\\') index++;
    else if (character === '(') depth++;
    else if (character === ')' && --depth === 0) return index;
  }
  return source.length;
}

const matches = (pattern: RegExp, text: string) =>
  execAll(pattern, text).map((match) => [match.index, ...match]);

/** ASCII texts made of what the identifier patterns look at: digits, capitals, separators. */
const asciiText = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."0123456789 -+.,@_%'/:$k\n".split('')),
      fc.constantFrom(...'ABCDGHIJKLNPQRSTWXZ'.split('')),
      fc.constantFrom('a', 'e', 'x', 'com', 'de', 'mail', 'USD', 'EUR', '85,000', '4111 1111'),
      fc.string({ unit: 'binary-ascii', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('ASCII twins of the identifier patterns (ascii-twin.ts)', () => {
  it('has a twin for every pattern literal with \\p{L} or \\p{N} in the detectors and masks', () => {
    expect(detectors.length).toBeGreaterThan(0);
    const files = [
      ...readdirSync(path.join(sensitiveDir, 'detectors')).map((name) => `detectors/${name}`),
      'mask.ts',
    ];
    const bare: string[] = [];
    for (const file of files) {
      const source = readFileSync(path.join(sensitiveDir, file), 'utf8');
      // A literal's `\p{L}` (one backslash; a string's is written `\\p{L}`) must sit inside a
      // `new AsciiTwinPattern(` whose parenthesis is still open.
      for (const match of source.matchAll(/(?<!\\)\\p\{[LN]\}/gu)) {
        const line = source.slice(source.lastIndexOf('\n', match.index) + 1, match.index);
        if (/^\s*(?:\/\/|\/\*|\*)/u.test(line)) continue;
        const opened = source.lastIndexOf('new AsciiTwinPattern(', match.index);
        if (opened === -1 || closingParenthesis(source, opened) < match.index) {
          bare.push(`${file}: ${line.trim()}`);
        }
      }
    }
    expect(bare).toEqual([]);
    expect(asciiTwinPatterns.length).toBeGreaterThanOrEqual(12);
  });

  it('finds exactly what its pattern finds, on any ASCII text', () => {
    for (const { pattern, twin } of asciiTwinPatterns) {
      fc.assert(
        fc.property(asciiText, (text) => {
          expect(matches(twin, text)).toEqual(matches(pattern, text));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('finds exactly what its pattern finds in the corpus sentences whose letters and numbers are ASCII', () => {
    const sentences = readCorpus()
      .map((line) => line.sentence)
      .filter(lettersAndNumbersAreAscii);
    expect(sentences.length).toBeGreaterThan(50);
    for (const { pattern, twin } of asciiTwinPatterns) {
      for (const sentence of sentences)
        expect(matches(twin, sentence)).toEqual(matches(pattern, sentence));
    }
  });

  it('finds exactly what its pattern finds on identifiers with a letter, digit or sign beside them', () => {
    const values = [
      '123-45-6789',
      '123 45 6789',
      'jane.doe+cv@example.co.uk',
      'DE89 3704 0044 0532 0130 00',
      'DE89370400440532013000',
      '4111 1111 1111 1111',
      'QQ 12 34 56 C',
      'ABCPD1234F',
      '2345 6789 0123',
      '234567890123',
      'X1234567',
      'salary 85,000 USD',
      'EUR 4.500,50',
      '$120k',
    ];
    const texts = values.flatMap((value) =>
      ['', ' ', 'x', 'Z', '7', '-', '+', '.', '_', '@'].flatMap((side) => [
        `${side}${value}`,
        `${value}${side}`,
        `my ${side}${value}${side} here`,
      ]),
    );
    let found = 0;
    for (const { pattern, twin } of asciiTwinPatterns) {
      for (const text of texts) {
        const expected = matches(pattern, text);
        found += expected.length;
        expect(matches(twin, text)).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('runs the pattern itself on a text with another letter or number, the twin on any other', () => {
    const [first] = asciiTwinPatterns;
    for (const text of ['Jürgen, 123-45-6789', '数据 123-45-6789', 'x١٢٣ 123-45-6789', '𝐀 123']) {
      expect(first?.for(text)).toBe(first?.pattern);
    }
    for (const text of ['Juergen, 123-45-6789', 'It’s 123-45-6789 — 🎉', '']) {
      expect(first?.for(text)).toBe(first?.twin);
    }
  });

  it('finds exactly what its pattern finds beside punctuation, symbols and emoji', () => {
    const others = fc.constantFrom('’', '—', '🎉', '€', '\u00a0', '\u202f', '°', '«');
    const mixed = fc
      .array(fc.oneof(asciiText, others), { maxLength: 8 })
      .map((parts) => parts.join(''));
    for (const { pattern, twin } of asciiTwinPatterns) {
      fc.assert(
        fc.property(mixed, (text) => {
          expect(lettersAndNumbersAreAscii(text)).toBe(true);
          expect(matches(twin, text)).toEqual(matches(pattern, text));
        }),
        { numRuns: 200 },
      );
    }
  });

  it.each([
    ['(?<![\\p{L}\\p{N}-])\\d', '(?<![A-Za-z0-9-])\\d'],
    ['\\.\\p{L}{2,24}(?![\\p{L}\\p{N}-])', '\\.[A-Za-z]{2,24}(?![A-Za-z0-9-])'],
    ['[\\]\\p{N}]\\\\p', '[\\]0-9]\\\\p'],
  ])('%s → %s', (source, twin) => {
    expect(asciiTwinSource(source)).toBe(twin);
    expect(() => new RegExp(twin, 'u')).not.toThrow();
  });

  it('refuses a property it has no twin for', () => {
    expect(() => asciiTwinSource('[\\p{Lu}]')).toThrow(/no ASCII twin/u);
    expect(() => asciiTwinSource('\\P{L}')).toThrow(/no ASCII twin/u);
  });
});

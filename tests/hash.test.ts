import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../src/core/util/hash.js';
import { repoRoot } from './helpers/fixtures.js';

/** The definition every id comes from: two FNV-1a passes over the UTF-16 code units. */
function byDefinition(...parts: readonly string[]) {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  const joined = parts.join('');
  for (let index = 0; index < joined.length; index++) {
    const code = joined.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
  }
  return { high: first >>> 0, low: second >>> 0 };
}

describe('fingerprintOf', () => {
  it('hashes the code units of the parts as one text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({
        unit: fc.constantFrom('a', 'é', '\ud83d', '\ude00', '😀', ' ', '\u007f', '\u0080'),
        minLength: 30,
        maxLength: 90,
      }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (parts) => {
        expect(fingerprintOf(...parts)).toEqual(byDefinition(...parts));
      }),
      { numRuns: 300 },
    );
  });

  it.each([0, 1, 64 * 1024, 200 * 1024])(
    'hashes a text of %i characters the same, ASCII or not',
    (length) => {
      const ascii = 'linkedin '.repeat(length).slice(0, length);
      for (const text of [ascii, `${ascii}é`, `é${ascii}`, `${ascii}\ud83d`, `${ascii}😀`]) {
        expect(fingerprintOf('comments\u001d', text)).toEqual(byDefinition('comments\u001d', text));
      }
    },
  );

  // Ids are what a keep-list (`--keep`) names: a new version must give the same ones.
  it('gives the ids earlier versions gave', () => {
    expect(
      fingerprintOf(
        'comments\u001d',
        '2024-01-01 10:00:00\u001ehttps://www.linkedin.com/feed/update/urn:li:activity:1\u001eCongratulations!',
      ),
    ).toEqual({ high: 3920097288, low: 313443657 });
  });
});

describe('the texts ids are made from', () => {
  // One chain of pieces (a template literal) among the first identities the fingerprint reads made
  // every later id of the large benchmark export slower: 0.2 s (docs/performance.md).
  it('are built by the extractors with join, never a template literal', () => {
    const recordsDir = path.join(repoRoot, 'src/core/records');
    const templated = readdirSync(recordsDir)
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => /\bidentity:\s*`/u.test(readFileSync(path.join(recordsDir, name), 'utf8')));
    expect(templated).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdCounter } from '../src/core/read/id-counter.js';
import { fingerprint, fingerprintOf, fingerprintText } from '../src/core/util/hash.js';

interface Operation {
  /** Counted in the file's own counter, or the analysis's. */
  inFile: boolean;
  high: number;
  low: number;
}

/** Few distinct halves, so keys collide in their slots and repeat, and the table grows. */
const half = fc.oneof(
  fc.constantFrom(0, 1, 1024, 0xffffffff),
  fc.integer({ min: 0, max: 0xffffffff }),
);
const operation = fc.record({ inFile: fc.boolean(), high: half, low: half });

describe('IdCounter', () => {
  it('counts every fingerprint as a Map of its text would, a file apart until it is added', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 3000 }),
        fc.boolean(),
        // Room made at some point for some number of keys (read/file-records.ts sizes a file's).
        fc.record({ at: fc.nat(3000), expected: fc.nat(20_000) }),
        (operations: Operation[], fileEnds, reserve) => {
          const counter = new IdCounter();
          const file = new IdCounter();
          const oracle = new Map<string, number>();
          const fileOracle = new Map<string, number>();
          for (const [index, { inFile, high, low }] of operations.entries()) {
            if (index === reserve.at) {
              counter.reserve(reserve.expected);
              file.reserve(reserve.expected);
            }
            const key = `${String(high)}:${String(low)}`;
            const seen = oracle.get(key) ?? 0;
            const seenInFile = fileOracle.get(key) ?? 0;
            if (inFile) {
              expect(counter.count({ high, low }) + file.take({ high, low })).toBe(
                seen + seenInFile,
              );
              fileOracle.set(key, seenInFile + 1);
            } else {
              expect(counter.take({ high, low })).toBe(seen);
              oracle.set(key, seen + 1);
            }
          }
          // A file read to its end adds its counts; one that failed adds nothing.
          if (fileEnds) {
            counter.addAll(file);
            for (const [key, seen] of fileOracle) oracle.set(key, (oracle.get(key) ?? 0) + seen);
          }
          for (const key of new Set([...oracle.keys(), ...fileOracle.keys()])) {
            const seen = oracle.get(key) ?? 0;
            const [high, low] = key.split(':').map(Number) as [number, number];
            expect(counter.count({ high, low })).toBe(seen);
            expect(counter.take({ high, low })).toBe(seen);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses to add itself, which would double every count', () => {
    const counter = new IdCounter();
    counter.take({ high: 1, low: 2 });
    expect(() => {
      counter.addAll(counter);
    }).toThrow(/itself/u);
  });

  it('keeps a hundred thousand keys apart through growth', () => {
    const counter = new IdCounter();
    for (let index = 0; index < 100_000; index++) {
      expect(counter.take(fingerprintOf(String(index)))).toBe(0);
    }
    expect(counter.take(fingerprintOf('99999'))).toBe(1);
  });
});

describe('fingerprint', () => {
  it('is the text of its halves, stable across versions', () => {
    expect(fingerprint('posts', '\u001d', 'a')).toBe(
      fingerprintText(fingerprintOf('posts\u001da')),
    );
    // Ids in reports people keep depend on these digits.
    expect(fingerprint('')).toBe('811c9dc55ad1e806');
    expect(fingerprint('posts', '\u001d', 'x')).toBe('d35d81316318341e');
  });
});

describe('fingerprintText', () => {
  it.each([
    [0, 0, '0000000000000000'],
    [0xffffffff, 1, 'ffffffff00000001'],
    [0x0123abcd, 0x80000000, '0123abcd80000000'],
  ])('writes %i and %i as 16 padded hexadecimal digits', (high, low, text) => {
    expect(fingerprintText({ high, low })).toBe(text);
  });
});

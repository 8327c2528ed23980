import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUtf8InJs, Utf8Check } from '../src/core/csv/utf8-check.js';

// The core's UTF-8 check in a browser (the CLI passes Node's): it must agree with a fatal
// TextDecoder, the definition it replaces, on every input.
const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

function decodes(bytes: Uint8Array): boolean {
  try {
    fatalDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes near every boundary of RFC 3629's table, among ASCII, as real text mixes them. */
const telling = fc.constantFrom(
  0x00,
  0x41,
  0x7f,
  0x80,
  0x8f,
  0x90,
  0x9f,
  0xa0,
  0xbf,
  0xc0,
  0xc1,
  0xc2,
  0xdf,
  0xe0,
  0xe1,
  0xec,
  0xed,
  0xee,
  0xef,
  0xf0,
  0xf1,
  0xf3,
  0xf4,
  0xf5,
  0xf8,
  0xfe,
  0xff,
);
const byteArrays = fc
  .array(
    fc.oneof(telling, fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0, max: 255 })),
    {
      maxLength: 64,
    },
  )
  .map((bytes) => new Uint8Array(bytes));
const textBytes = fc
  .string({ unit: 'binary', maxLength: 40 })
  .map((text) => new TextEncoder().encode(text));

const hex = (...bytes: number[]) => new Uint8Array(bytes);

describe('isUtf8InJs', () => {
  it.each([
    ['ASCII', hex(0x41, 0x42), true],
    ['empty', hex(), true],
    ['é (C3 A9)', hex(0xc3, 0xa9), true],
    ['€ (E2 82 AC)', hex(0xe2, 0x82, 0xac), true],
    ['😄 (F0 9F 98 84)', hex(0xf0, 0x9f, 0x98, 0x84), true],
    ['U+10FFFF (F4 8F BF BF)', hex(0xf4, 0x8f, 0xbf, 0xbf), true],
    ['a lone continuation byte', hex(0x80), false],
    ['overlong / (C0 AF)', hex(0xc0, 0xaf), false],
    ['overlong C1 BF', hex(0xc1, 0xbf), false],
    ['overlong three bytes (E0 80 AF)', hex(0xe0, 0x80, 0xaf), false],
    ['overlong four bytes (F0 80 80 AF)', hex(0xf0, 0x80, 0x80, 0xaf), false],
    ['a surrogate (ED A0 80)', hex(0xed, 0xa0, 0x80), false],
    ['the last before surrogates (ED 9F BF)', hex(0xed, 0x9f, 0xbf), true],
    ['above U+10FFFF (F4 90 80 80)', hex(0xf4, 0x90, 0x80, 0x80), false],
    ['F5 and up', hex(0xf5, 0x80, 0x80, 0x80), false],
    ['a character cut short', hex(0xe2, 0x82), false],
    ['a lead byte then ASCII', hex(0xc3, 0x41), false],
  ])('%s', (_name, bytes, expected) => {
    expect(isUtf8InJs(bytes)).toBe(expected);
    expect(decodes(bytes)).toBe(expected);
  });

  it('agrees with a fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(byteArrays, (bytes) => isUtf8InJs(bytes) === decodes(bytes)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(textBytes, (bytes) => isUtf8InJs(bytes)),
      { numRuns: 5_000 },
    );
  });

  it('finds one bad byte in long ASCII wherever it sits, whatever the view’s alignment', () => {
    const buffer = new Uint8Array(300).fill(0x61);
    for (let offset = 0; offset < 4; offset++) {
      for (let bad = 0; bad < 64; bad++) {
        const view = buffer.subarray(offset, offset + 200);
        expect(isUtf8InJs(view)).toBe(true);
        for (const byte of [0x80, 0xc3, 0xff]) {
          view[bad] = byte;
          expect(isUtf8InJs(view), `offset ${String(offset)}, byte ${String(bad)}`).toBe(false);
        }
        view[bad] = 0x61;
        // A valid character there, its bytes across a word's edge or not.
        view.set([0xe2, 0x82, 0xac], bad);
        expect(isUtf8InJs(view), `€ at ${String(bad)}`).toBe(true);
        view.set([0x61, 0x61, 0x61], bad);
      }
    }
  });

  it('agrees with Node on a real file of private messages, cut into chunks anywhere', () => {
    const text = Array.from(
      { length: 400 },
      (_, index) =>
        `"2-${String(index)}","Zoë Þórsdóttir","Ça va ? 😄 — ${'x'.repeat(index % 37)}"\n`,
    ).join('');
    const bytes = new TextEncoder().encode(text);
    for (let size = 1; size <= 70; size += 3) {
      const byChunks = new Utf8Check(isUtf8InJs);
      const byNode = new Utf8Check((chunk) => isUtf8(chunk));
      for (let start = 0; start < bytes.length; start += size) {
        byChunks.push(bytes.subarray(start, start + size));
        byNode.push(bytes.subarray(start, start + size));
      }
      byChunks.end();
      byNode.end();
      expect(byChunks.valid).toBe(true);
      expect(byNode.valid).toBe(true);
    }
    const broken = bytes.slice();
    broken[1000] = 0xff;
    const check = new Utf8Check(isUtf8InJs);
    for (let start = 0; start < broken.length; start += 4096)
      check.push(broken.subarray(start, start + 4096));
    check.end();
    expect(check.valid).toBe(false);
  });
});

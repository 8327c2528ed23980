import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasZeroByte } from '../src/core/util/bytes.js';

describe('hasZeroByte', () => {
  it('finds a zero byte at any place, in views at any offset of their buffer', () => {
    for (let offset = 0; offset < 4; offset++) {
      for (let length = 0; length < 20; length++) {
        const buffer = new Uint8Array(offset + length + 4).fill(0x41);
        const view = buffer.subarray(offset, offset + length);
        expect(hasZeroByte(view)).toBe(false);
        for (let at = 0; at < length; at++) {
          view[at] = 0;
          expect(hasZeroByte(view)).toBe(true);
          view[at] = 0x41;
        }
        // Zero bytes just outside the view are not in it.
        if (offset > 0) buffer[offset - 1] = 0;
        buffer[offset + length] = 0;
        expect(hasZeroByte(view)).toBe(false);
      }
    }
  });

  it('agrees with includes(0) on random bytes, in shared memory too', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 80 }),
        fc.integer({ min: 0, max: 7 }),
        fc.boolean(),
        (bytes, offset, shared) => {
          const size = bytes.length + offset;
          const buffer = shared
            ? new Uint8Array(new SharedArrayBuffer(size))
            : new Uint8Array(size);
          buffer.set(bytes, offset);
          expect(hasZeroByte(buffer.subarray(offset))).toBe(bytes.includes(0));
        },
      ),
      { numRuns: 3000, seed: 3 },
    );
  });
});

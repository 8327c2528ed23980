import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../src/core/messages.js';

describe('formatCount: counts grouped by thousands, without an Intl.NumberFormat at load', () => {
  const english = new Intl.NumberFormat('en-US');

  it('writes every whole number as Intl.NumberFormat("en-US") does', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(formatCount(value)).toBe(english.format(value));
      }),
      { numRuns: 5000, seed: 11 },
    );
    for (const value of [0, 999, 1000, 4_000_003]) {
      expect(formatCount(value)).toBe(english.format(value));
    }
  });
});

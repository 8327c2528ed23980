import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMasker } from '../src/core/plan/mask-values.js';
import { hidden } from '../src/core/sensitive/mask.js';
import type { ValueMask } from '../src/core/sensitive/scan.js';
import { squashSpaces } from '../src/core/util/text.js';

/** The masking before it was compiled: every value in turn, then the cut-off starts. */
function maskOneByOne(text: string, masks: readonly ValueMask[]): string {
  let result = text;
  for (const { value, mask } of masks) {
    for (const form of new Set([value, squashSpaces(value)])) {
      if (form !== '') result = result.replaceAll(form, mask);
    }
  }
  for (let cut = result.lastIndexOf('…'); cut > 0; cut = result.lastIndexOf('…', cut - 1)) {
    let longest = 0;
    for (const { value } of masks) {
      const form = squashSpaces(value);
      const before = result.slice(0, cut);
      for (let length = Math.min(form.length - 1, before.length); length > longest; length--) {
        if (length >= 3 && before.endsWith(form.slice(0, length))) {
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

  it('masks exactly as value-by-value replacement did, on overlapping values', () => {
    const piece = fc.constantFrom('1', '2', '12', ' ', '3 4', '…', 'a');
    const value = fc.array(piece, { minLength: 2, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(value, { maxLength: 5 }),
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        (values, text) => {
          const masks = byLength(
            values
              .filter((candidate) => candidate.trim() !== '' && !candidate.includes('…'))
              .map((candidate, index) => ({
                value: candidate,
                // Masks share no character with values: the old loop would mask its own masks.
                mask: `«${String.fromCharCode(65 + index)}»`,
              })),
          );
          expect(createMasker(masks)(text)).toBe(maskOneByOne(text, masks));
        },
      ),
      { numRuns: 3000, seed: 9 },
    );
  });
});

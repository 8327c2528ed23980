import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, reportText, suggestionActionText } from '../src/core/messages.js';

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

describe('counts in sentences', () => {
  const strong = (count: string) => count;

  it.each([
    { inScope: 1, start: '1 record in scope for AI training, 2 excluded' },
    { inScope: 1204, start: '1,204 records in scope for AI training, 2 excluded' },
  ])('the totals: "$start"', ({ inScope, start }) => {
    const text = reportText.totals({
      inScope,
      excluded: 2,
      notNamed: 0,
      records: inScope + 2,
      strong,
    });
    expect(text.startsWith(start)).toBe(true);
  });

  it.each([
    { count: 1, text: 'Delete 1 more of your comments older than 6 months' },
    { count: 95_000, text: 'Delete 95,000 more of your comments older than 6 months' },
  ])('the rest of a category: "$text"', ({ count, text }) => {
    const action = suggestionActionText['more-content']({
      count,
      label: 'comments',
      olderThan: '6m',
    });
    expect(action.startsWith(text)).toBe(true);
  });

  it.each([
    ['6m', '6 months'],
    ['1m', '1 month'],
    ['1y', '1 year'],
    ['90d', '90 days'],
    ['2 W', '2 weeks'],
    ['1500d', '1,500 days'],
  ])('an --older-than age in words: %s is "%s"', (olderThan, words) => {
    const action = suggestionActionText['more-content']({ count: 2, label: 'posts', olderThan });
    expect(action).toContain(`posts older than ${words} (`);
  });
});

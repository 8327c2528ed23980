import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToTally, DayTally, emptyTally } from '../src/core/read/tally.js';
import { dayNumber } from '../src/core/util/dates.js';

const day = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(
    ({ year, month, day }) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

describe('DayTally', () => {
  it('tallies day numbers as addToTally tallies their texts', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), day, (drawn, trainingSince) => {
        // The training start itself, and the same day twice, are the edges.
        const dates = [...drawn, trainingSince, ...drawn.slice(0, 2)];
        const texts = emptyTally();
        const numbers = new DayTally(trainingSince);
        for (const date of dates) {
          addToTally(texts, date, trainingSince);
          numbers.add(dayNumber(date));
        }
        expect(numbers.toTally()).toEqual(texts);
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it('needs the training start as a day', () => {
    expect(() => new DayTally('3 November 2025')).toThrow(/YYYY-MM-DD/);
  });
});

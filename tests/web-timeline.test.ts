import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../src/core/index.js';
import { inScopeTimeline, policyMarkers } from '../src/web/worker/timeline.js';

const markers = policyMarkers(defaultPolicy);

describe('policyMarkers', () => {
  it("marks each day training started somewhere, and the policy's own date", () => {
    expect(markers.map(({ date, effective }) => ({ date, effective }))).toEqual([
      { date: '2024-09-18', effective: false },
      { date: '2025-11-03', effective: true },
    ]);
    expect(markers[0]?.regions).toEqual(['United States', 'Other regions']);
    expect(markers[1]?.regions).toContain('European Union');
  });
});

describe('inScopeTimeline', () => {
  it('counts in-scope records per month, months without any as 0', () => {
    const timeline = inScopeTimeline(
      [
        { scope: 'in-scope', date: '2024-08-31' },
        { scope: 'in-scope', date: '2024-08-01' },
        { scope: 'in-scope', date: '2024-11-15' },
        { scope: 'excluded', date: '2024-10-10' },
        { scope: 'not-named', date: '2024-09-09' },
        { scope: 'in-scope', date: null },
      ],
      [],
    );
    expect(timeline.months).toEqual([
      { month: '2024-08', inScope: 2 },
      { month: '2024-09', inScope: 0 },
      { month: '2024-10', inScope: 0 },
      { month: '2024-11', inScope: 1 },
    ]);
    expect({ dated: timeline.dated, undated: timeline.undated }).toEqual({ dated: 3, undated: 1 });
  });

  it("stretches to the policy's dates, across years", () => {
    const timeline = inScopeTimeline([{ scope: 'in-scope', date: '2023-12-05' }], markers);
    expect(timeline.months[0]).toEqual({ month: '2023-12', inScope: 1 });
    expect(timeline.months.at(-1)).toEqual({ month: '2025-11', inScope: 0 });
    expect(timeline.months).toHaveLength(24);
    expect(timeline.months.map((month) => month.month)).toContain('2024-01');
  });

  it('has no months when no in-scope record has a date', () => {
    const timeline = inScopeTimeline(
      [
        { scope: 'in-scope', date: null },
        { scope: 'excluded', date: '2020-01-01' },
      ],
      markers,
    );
    expect(timeline).toEqual({ months: [], dated: 0, undated: 1, markers });
  });
});

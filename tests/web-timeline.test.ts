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
  it("fills the report's months between its first and last with 0, and counts the undated", () => {
    const timeline = inScopeTimeline(
      [
        { month: '2024-08', records: 2 },
        { month: '2024-11', records: 1 },
      ],
      4,
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
    const timeline = inScopeTimeline([{ month: '2023-12', records: 1 }], 1, markers);
    expect(timeline.months[0]).toEqual({ month: '2023-12', inScope: 1 });
    expect(timeline.months.at(-1)).toEqual({ month: '2025-11', inScope: 0 });
    expect(timeline.months).toHaveLength(24);
    expect(timeline.months.map((month) => month.month)).toContain('2024-01');
  });

  it('has no months when no in-scope record has a date', () => {
    const timeline = inScopeTimeline([], 1, markers);
    expect(timeline).toEqual({ months: [], dated: 0, undated: 1, markers });
  });
});

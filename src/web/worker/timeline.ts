import type { MonthCount, Policy } from '../../core/index.js';

/** A day the policy changed what is trained on, with the regions it concerns. */
export interface PolicyMarker {
  date: string;
  /** Region labels whose training starts that day. */
  regions: string[];
  /** The day the policy itself took effect. */
  effective: boolean;
}

export interface TimelineMonth {
  /** `YYYY-MM` */
  month: string;
  inScope: number;
}

export interface Timeline {
  /** Every month from the earliest to the latest of the records and the markers, gaps as 0. */
  months: TimelineMonth[];
  /** In-scope records with a date (the chart's total) and without one (not on the chart). */
  dated: number;
  undated: number;
  markers: PolicyMarker[];
}

export function policyMarkers(policy: Pick<Policy, 'effectiveDate' | 'regions'>): PolicyMarker[] {
  const dates = new Set([policy.effectiveDate, ...policy.regions.map((r) => r.trainingSince)]);
  return [...dates].sort().map((date) => ({
    date,
    regions: policy.regions.filter((r) => r.trainingSince === date).map((r) => r.label),
    effective: date === policy.effectiveDate,
  }));
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthText(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * In-scope records per month, the policy's dates inside the range: from the report's month counts
 * (`inScopeMonths`), not its records, which the page does not keep (docs/web.md).
 */
export function inScopeTimeline(
  inScopeMonths: readonly MonthCount[],
  inScope: number,
  markers: readonly PolicyMarker[],
): Timeline {
  // One entry per month (the report's), so no two land on one index.
  const counts = new Map(inScopeMonths.map(({ month, records }) => [monthIndex(month), records]));
  const dated = inScopeMonths.reduce((sum, { records }) => sum + records, 0);
  const undated = inScope - dated;
  if (dated === 0) return { months: [], dated, undated, markers: [...markers] };
  const indexes = [...counts.keys(), ...markers.map((marker) => monthIndex(marker.date))];
  const months: TimelineMonth[] = [];
  for (let index = Math.min(...indexes); index <= Math.max(...indexes); index++) {
    months.push({ month: monthText(index), inScope: counts.get(index) ?? 0 });
  }
  return { months, dated, undated, markers: [...markers] };
}

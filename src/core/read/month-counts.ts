import type { Scope } from '../policy/index.js';
import type { MonthCount } from '../report/schema.js';
import { compareText } from '../util/compare.js';

/**
 * In-scope records per month (`YYYY-MM`, the first seven characters of a record's date), counted
 * as records are read, so that a timeline needs none of the records themselves: the web page
 * draws it for an export of a million records without holding them (docs/performance.md).
 */
export class MonthCounts {
  private readonly counts = new Map<string, number>();

  /** Counts a record if it is in scope and dated. */
  add(scope: Scope, date: string | null): void {
    if (scope !== 'in-scope' || date === null) return;
    const month = date.slice(0, 7);
    this.counts.set(month, (this.counts.get(month) ?? 0) + 1);
  }

  /** Adds what another counter counted (a file read to its end). */
  addAll(other: MonthCounts): void {
    for (const [month, records] of other.counts) {
      this.counts.set(month, (this.counts.get(month) ?? 0) + records);
    }
  }

  /** The months with at least one record, oldest first. */
  list(): MonthCount[] {
    return [...this.counts]
      .map(([month, records]) => ({ month, records }))
      .sort((a, b) => compareText(a.month, b.month));
  }
}

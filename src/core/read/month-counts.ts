import type { Scope } from '../policy/index.js';
import type { MonthCount } from '../report/schema.js';
import { compareText } from '../util/compare.js';
import { monthNumber, monthText } from '../util/dates.js';
import { ShapedCounts } from '../util/shaped-counts.js';

/**
 * In-scope records per month (`YYYY-MM`, the first seven characters of a record's date), counted
 * as records are read, so that a timeline needs none of the records themselves: the web page
 * draws it for an export of a million records without holding them (docs/performance.md).
 */
export class MonthCounts {
  private readonly counts = new ShapedCounts(monthText, (date) => date.slice(0, 7));

  /** Counts a record if it is in scope and dated. */
  add(scope: Scope, date: string | null): void {
    if (scope !== 'in-scope' || date === null) return;
    this.counts.add(monthNumber(date), date);
  }

  /** Adds what another counter counted (a file read to its end). */
  addAll(other: MonthCounts): void {
    this.counts.addAll(other.counts);
  }

  /** The months with at least one record, oldest first. */
  list(): MonthCount[] {
    return this.counts
      .entries()
      .map(([month, records]) => ({ month, records }))
      .sort((a, b) => compareText(a.month, b.month));
  }
}

import type { Scope } from '../policy/index.js';
import type { MonthCount } from '../report/schema.js';
import { compareText } from '../util/compare.js';

/**
 * In-scope records per month (`YYYY-MM`, the first seven characters of a record's date), counted
 * as records are read, so that a timeline needs none of the records themselves: the web page
 * draws it for an export of a million records without holding them (docs/performance.md).
 */
export class MonthCounts {
  /**
   * By month number YYYYMM: a Map keyed by `date.slice(0, 7)` made and hashed a new string for
   * each of a large export's 315,000 in-scope records. A date of another shape keeps its text.
   */
  private readonly counts = new Map<number, number>();
  private readonly otherMonths = new Map<string, number>();

  /** Counts a record if it is in scope and dated. */
  add(scope: Scope, date: string | null): void {
    if (scope !== 'in-scope' || date === null) return;
    const month = monthNumber(date);
    if (Number.isNaN(month)) {
      const text = date.slice(0, 7);
      this.otherMonths.set(text, (this.otherMonths.get(text) ?? 0) + 1);
    } else {
      this.counts.set(month, (this.counts.get(month) ?? 0) + 1);
    }
  }

  /** Adds what another counter counted (a file read to its end). */
  addAll(other: MonthCounts): void {
    for (const [month, records] of other.counts) {
      this.counts.set(month, (this.counts.get(month) ?? 0) + records);
    }
    for (const [month, records] of other.otherMonths) {
      this.otherMonths.set(month, (this.otherMonths.get(month) ?? 0) + records);
    }
  }

  /** The months with at least one record, oldest first. */
  list(): MonthCount[] {
    const byText = new Map(this.otherMonths);
    for (const [month, records] of this.counts) {
      const text = monthText(month);
      byText.set(text, (byText.get(text) ?? 0) + records);
    }
    return [...byText]
      .map(([month, records]) => ({ month, records }))
      .sort((a, b) => compareText(a.month, b.month));
  }
}

const zero = 0x30;
const digitAt = (text: string, index: number) => {
  const digit = text.charCodeAt(index) - zero;
  return digit >= 0 && digit <= 9 ? digit : NaN;
};

/** `YYYY-MM…` as the number YYYYMM; NaN for a text that does not start so. */
function monthNumber(date: string): number {
  if (date.length < 7 || date.charCodeAt(4) !== 0x2d) return NaN;
  return (
    digitAt(date, 0) * 100_000 +
    digitAt(date, 1) * 10_000 +
    digitAt(date, 2) * 1_000 +
    digitAt(date, 3) * 100 +
    digitAt(date, 5) * 10 +
    digitAt(date, 6)
  );
}

function monthText(month: number): string {
  return `${String(Math.floor(month / 100)).padStart(4, '0')}-${String(month % 100).padStart(2, '0')}`;
}

import { dayNumber, dayText } from '../util/dates.js';

/** What the report says of a category without holding its records: a count and a date range. */
export interface Tally {
  records: number;
  earliest: string | null;
  latest: string | null;
  /** Records dated before the training start of the chosen region. */
  beforeEffective: number;
}

export const emptyTally = (): Tally => ({
  records: 0,
  earliest: null,
  latest: null,
  beforeEffective: 0,
});

/** The tally of `category` in `tallies`, added empty the first time it is asked for. */
export function tallyOf(tallies: Map<string, Tally>, category: string): Tally {
  let tally = tallies.get(category);
  if (!tally) {
    tally = emptyTally();
    tallies.set(category, tally);
  }
  return tally;
}

export function addToTally(tally: Tally, date: string | null, trainingSince: string): void {
  tally.records++;
  if (date === null) return;
  if (tally.earliest === null || date < tally.earliest) tally.earliest = date;
  if (tally.latest === null || date > tally.latest) tally.latest = date;
  if (date < trainingSince) tally.beforeEffective++;
}

export function mergeTally(into: Tally, from: Tally): void {
  into.records += from.records;
  into.beforeEffective += from.beforeEffective;
  if (from.earliest !== null && (into.earliest === null || from.earliest < into.earliest)) {
    into.earliest = from.earliest;
  }
  if (from.latest !== null && (into.latest === null || from.latest > into.latest)) {
    into.latest = from.latest;
  }
}

/**
 * A tally of days given as numbers YYYYMMDD (`dayNumber`), for files only counted
 * (read/count-file.ts): comparing numbers instead of a date text per record. `trainingSince` must
 * be a `YYYY-MM-DD` day.
 */
export class DayTally {
  private records = 0;
  private earliest = Infinity;
  private latest = -Infinity;
  private beforeEffective = 0;
  private readonly trainingSinceDay: number;

  constructor(trainingSince: string) {
    this.trainingSinceDay = dayNumber(trainingSince);
    if (!(this.trainingSinceDay >= 0)) throw new Error(`not a YYYY-MM-DD day: ${trainingSince}`);
  }

  add(day: number): void {
    this.records++;
    if (day < this.earliest) this.earliest = day;
    if (day > this.latest) this.latest = day;
    if (day < this.trainingSinceDay) this.beforeEffective++;
  }

  /** The tally as `addToTally` would have made it from the days' texts. */
  toTally(): Tally {
    const dated = this.records > 0;
    return {
      records: this.records,
      earliest: dated ? dayText(this.earliest) : null,
      latest: dated ? dayText(this.latest) : null,
      beforeEffective: this.beforeEffective,
    };
  }
}

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

/**
 * Counts of dates (days, months) kept by number where a date has the usual shape, and by text
 * where it has another: a Map keyed by texts cut from a large export's parsed chunks hashed a new
 * string for each of 300,000 records, and held on to the chunks (docs/performance.md, "Page
 * faults").
 */
export class ShapedCounts {
  private readonly byNumber = new Map<number, number>();
  private readonly byText = new Map<string, number>();

  /**
   * `textOf` gives a number's text back, as `dayText` does for `dayNumber`; `keyText` is what a
   * date of another shape is counted under (its first seven characters for a month).
   */
  constructor(
    private readonly textOf: (key: number) => string,
    private readonly keyText: (date: string) => string = (date) => date,
  ) {}

  /** Counts `date` under its number `key`, or under its `keyText` when the key is NaN. */
  add(key: number, date: string): void {
    if (Number.isNaN(key)) {
      const text = this.keyText(date);
      this.byText.set(text, (this.byText.get(text) ?? 0) + 1);
    } else {
      this.byNumber.set(key, (this.byNumber.get(key) ?? 0) + 1);
    }
  }

  addAll(other: ShapedCounts): void {
    for (const [key, count] of other.byNumber) {
      this.byNumber.set(key, (this.byNumber.get(key) ?? 0) + count);
    }
    for (const [text, count] of other.byText) {
      this.byText.set(text, (this.byText.get(text) ?? 0) + count);
    }
  }

  /** Every count by its text, once per text. */
  entries(): [string, number][] {
    const byText = new Map(this.byText);
    for (const [key, count] of this.byNumber) {
      const text = this.textOf(key);
      byText.set(text, (byText.get(text) ?? 0) + count);
    }
    return [...byText];
  }
}

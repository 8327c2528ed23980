import { z } from 'zod';

/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that no local time zone leaks in. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Whether a record's day lies before a day (the plan's cutoff, the policy's start): an undated
 * record or an unknown day is never before. `YYYY-MM-DD` strings sort as the days do.
 */
export function isBefore(date: string | null, day: string | null): boolean {
  return date !== null && day !== null && date < day;
}

/** A day of the calendar written `YYYY-MM-DD`: `2025-02-31` is refused, not read as March. */
export const isoDaySchema = z.string().refine(isIsoDate, 'a date written YYYY-MM-DD');

export interface Duration {
  amount: number;
  unit: 'd' | 'w' | 'm' | 'y';
}

const durationPattern = /^(\d{1,4})\s*([dwmy])$/i;

/** `6m`, `1y`, `90d`, `2w`; null when the text is no such duration. */
export function parseDuration(text: string): Duration | null {
  const match = durationPattern.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { amount: Number(match[1]), unit: match[2].toLowerCase() as Duration['unit'] };
}

/** The day `duration` before `isoDate` (month ends clamp: 31 Aug − 6m = 28/29 Feb). */
export function subtractDuration(isoDate: string, duration: Duration): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (duration.unit === 'd' || duration.unit === 'w') {
    const days = duration.amount * (duration.unit === 'w' ? 7 : 1);
    return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
  }
  const months = duration.amount * (duration.unit === 'y' ? 12 : 1);
  const targetMonthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(targetMonthIndex / 12);
  const targetMonth = targetMonthIndex % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)))
    .toISOString()
    .slice(0, 10);
}

const zero = 0x30;
const digitAt = (text: string, index: number) => text.charCodeAt(index) - zero;
const isDigitAt = (text: string, index: number) => {
  const digit = digitAt(text, index);
  return digit >= 0 && digit <= 9;
};

const dayDigits = [0, 1, 2, 3, 5, 6, 8, 9];
const monthDigits = [0, 1, 2, 3, 5, 6];

/** The digits at `indexes` as one number; NaN when one is no digit. */
function digitsAt(text: string, indexes: readonly number[]): number {
  let value = 0;
  for (const index of indexes) {
    if (!isDigitAt(text, index)) return NaN;
    value = value * 10 + digitAt(text, index);
  }
  return value;
}

/**
 * A `YYYY-MM-DD` day as the number YYYYMMDD, which orders as the text does; -1 for no date (the
 * plan lists undated items first), NaN for a text of any other shape. Dates are cut from a large
 * export's parsed chunks, and V8 compares such cut strings several times as slowly as numbers
 * (docs/performance.md, "What is left").
 */
export function dayNumber(date: string | null): number {
  if (date === null) return -1;
  if (date.length !== 10 || date.charCodeAt(4) !== 0x2d || date.charCodeAt(7) !== 0x2d) return NaN;
  return digitsAt(date, dayDigits);
}

/** A date's month, its text's first seven characters `YYYY-MM`, as the number YYYYMM; else NaN. */
export function monthNumber(date: string): number {
  if (date.length < 7 || date.charCodeAt(4) !== 0x2d) return NaN;
  return digitsAt(date, monthDigits);
}

/** A day as `YYYY-MM-DD`, zero-padded. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month number YYYYMM (`monthNumber`) as the `YYYY-MM` text it was made from. */
export function monthText(month: number): string {
  return isoDay(Math.floor(month / 100), month % 100, 1).slice(0, 7);
}

/** The day number YYYYMMDD (`dayNumber`) as the `YYYY-MM-DD` text it was made from. */
export function dayText(day: number): string {
  return isoDay(Math.floor(day / 10000), Math.floor(day / 100) % 100, day % 100);
}

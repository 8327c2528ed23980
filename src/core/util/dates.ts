/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that no local time zone leaks in. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

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

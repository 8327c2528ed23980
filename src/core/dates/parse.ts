import { isoDay } from '../util/dates.js';
import type { DateFormatId } from './formats.js';

export type ParsedDate =
  | {
      status: 'ok';
      /** YYYY-MM-DD; the first day of the month or year when the value is less precise. */
      date: string;
      /** HH:MM:SS on a 24-hour clock, in the zone the value was written in; null when the format has no time. */
      time: string | null;
      precision: 'day' | 'month' | 'year';
    }
  | { status: 'absent' }
  | { status: 'undated' }
  | { status: 'invalid' };

type Precision = Extract<ParsedDate, { status: 'ok' }>['precision'];

/**
 * Named capture groups the patterns may use: `year` (4 digits, or 2 digits meaning 20YY), `month`
 * (number or English name), `day`, `hour` (24 h, or 12 h when `meridiem` is present), `minute`,
 * `second`, `weekday`. Other groups (such as `kind`) are ignored here.
 */
type Groups = Readonly<Partial<Record<string, string>>>;

type FormatParser = (value: string) => ParsedDate;

const ABSENT: ParsedDate = Object.freeze({ status: 'absent' });
const UNDATED: ParsedDate = Object.freeze({ status: 'undated' });
const INVALID: ParsedDate = Object.freeze({ status: 'invalid' });

// export-format.md §6.6 and §3.11, §3.26, §3.27, §3.32, §3.40: placeholders the export writes for "no date".
const absentValues: ReadonlySet<string> = new Set(['', 'n/a', 'null', '-', '---', 'not available']);

/** English month names, as the export writes them (§3.1, §3.26); shared with the birth-date cues. */
export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const weekdayAbbreviations = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * `Month D, YYYY at h:mm AM` with a free-text `kind` before it (export-format.md §3.26). Shared with
 * rich-media.ts, which also reads the kind; not re-exported from the index.
 */
export const richMediaSentencePattern =
  /^You uploaded an? (?<kind>.+?) on (?<month>[a-z]+) (?<day>\d{1,2}), (?<year>\d{4}) at (?<hour>\d{1,2}):(?<minute>\d{2}) (?<meridiem>[AP]M) \(GMT\)$/i;

const eventRangePattern = /^(?<start>.+?) - (?<end>.+)$/;
// export-format.md §3.18: both ends are written `Mon DD, YYYY hh:mm AM`, zero-padded.
const eventPointPattern =
  /^(?<month>[a-z]+) (?<day>\d{2}), (?<year>\d{4}) (?<hour>\d{2}):(?<minute>\d{2}) (?<meridiem>[AP]M)$/i;

const monthDayPattern = /^(?<month>[a-z]+) (?<day>\d{1,2})$/i;

const articleLinePattern = /^(?:Created|Published) on(?<rest>.*)$/i;
const articleDatePattern =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2}) (?<hour>\d{2}):(?<minute>\d{2})$/;

// Fields written `M`, `D` or `h` in export-format.md §2 are unpadded (1 or 2 digits); `MM`, `DD`,
// `hh` are always zero-padded, so a single digit there means the column is not in that format.
const formatParsers = {
  // export-format.md §3.1: Connections always zero-pads the day.
  'dd-mon-yyyy': fromPattern(/^(?<day>\d{2}) (?<month>[a-z]+) (?<year>\d{4})$/i),
  'iso-seconds-utc': isoSeconds(true),
  // export-format.md §2 documents this one unpadded; a zero-padded value is just as unambiguous.
  'mdy-12h': fromPattern(
    /^(?<month>\d{1,2})\/(?<day>\d{1,2})\/(?<year>\d{2}), (?<hour>\d{1,2}):(?<minute>\d{2}) (?<meridiem>[AP]M)$/i,
  ),
  'mdy-12h-padded': fromPattern(
    /^(?<month>\d{2})\/(?<day>\d{2})\/(?<year>\d{2}), (?<hour>\d{2}):(?<minute>\d{2}) (?<meridiem>[AP]M)$/i,
  ),
  // export-format.md §3.31: Receipts_v2 has no comma between date and time.
  'mdy-12h-utc': fromPattern(
    /^(?<month>\d{2})\/(?<day>\d{2})\/(?<year>\d{2}) (?<hour>\d{2}):(?<minute>\d{2}) (?<meridiem>[AP]M) UTC$/i,
  ),
  'ymd-slash-utc': fromPattern(
    /^(?<year>\d{4})\/(?<month>\d{2})\/(?<day>\d{2}) (?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2}) UTC$/i,
  ),
  'ymd-slash': fromPattern(/^(?<year>\d{4})\/(?<month>\d{2})\/(?<day>\d{2})$/),
  'iso-seconds': isoSeconds(false),
  'iso-minutes-utc': fromPattern(
    /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2}) (?<hour>\d{2}):(?<minute>\d{2}) UTC$/i,
  ),
  // export-format.md §2: Java's Date.toString, `EEE MMM dd HH:mm:ss zzz yyyy`; only UTC was seen, and
  // another zone is rejected rather than read as UTC.
  'java-date': fromPattern(
    /^(?<weekday>[a-z]{3}) (?<month>[a-z]+) (?<day>\d{2}) (?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2}) UTC (?<year>\d{4})$/i,
  ),
  // export-format.md §3.8, §3.9: profile sections give `Mon YYYY` or only the year.
  'mon-yyyy': fromPattern(/^(?:(?<month>[a-z]+) )?(?<year>\d{4})$/i),
  'mon-d-yyyy': fromPattern(/^(?<month>[a-z]+) (?<day>\d{1,2}), (?<year>\d{4})$/i),
  'event-range': parseEventRange,
  'mon-d': parseMonthDay,
  ymd: fromPattern(/^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/),
  'rich-media-prose': fromPattern(richMediaSentencePattern),
  'article-line': parseArticleLine,
} satisfies Record<DateFormatId, FormatParser>;

/**
 * Parses one cell written in the given export date format. Never converts between time zones: the
 * result holds the date and time as written.
 */
export function parseDate(format: DateFormatId, raw: string): ParsedDate {
  const value = raw.trim();
  if (isAbsent(value)) {
    return ABSENT;
  }
  return formatParsers[format](value);
}

/** Longer than any placeholder: most cells, so most cells skip the lookup. */
const longestAbsentValue = Math.max(...[...absentValues].map((value) => value.length));

function isAbsent(value: string): boolean {
  return value.length <= longestAbsentValue && absentValues.has(value.trim().toLowerCase());
}

/** The digits at `start`, `length` of them, as a number; -1 when any is not an ASCII digit. */
function digitsAt(value: string, start: number, length: number): number {
  let number = 0;
  for (let index = start; index < start + length; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Whether `value` has the letter `lower` (ASCII, any case) at `index`. */
function letterAt(value: string, index: number, lower: string): boolean {
  return (value.charCodeAt(index) | 0x20) === lower.charCodeAt(0);
}

/** Whether the numbers make a day of the calendar and a time of a 24-hour clock (-1: no digits). */
function isDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  return (
    year >= 0 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59
  );
}

/**
 * `YYYY-MM-DD HH:MM:SS`, with ` UTC` (any case) when `utc`: the dates of messages, posts, comments
 * and reactions, a million cells in a large export. Read by character codes, not a regular
 * expression; already zero-padded, so the date and time are slices of the value.
 */
function isoSeconds(utc: boolean): FormatParser {
  return (value) => {
    if (value.length !== (utc ? 23 : 19)) return INVALID;
    if (
      utc &&
      !(
        value.charCodeAt(19) === 0x20 &&
        letterAt(value, 20, 'u') &&
        letterAt(value, 21, 't') &&
        letterAt(value, 22, 'c')
      )
    ) {
      return INVALID;
    }
    const year = digitsAt(value, 0, 4);
    const month = digitsAt(value, 5, 2);
    const day = digitsAt(value, 8, 2);
    const hour = digitsAt(value, 11, 2);
    const minute = digitsAt(value, 14, 2);
    const second = digitsAt(value, 17, 2);
    if (
      value[4] !== '-' ||
      value[7] !== '-' ||
      value[10] !== ' ' ||
      value[13] !== ':' ||
      value[16] !== ':' ||
      !isDateTime(year, month, day, hour, minute, second)
    ) {
      return INVALID;
    }
    return { status: 'ok', date: value.slice(0, 10), time: value.slice(11, 19), precision: 'day' };
  };
}

/** `digitsAt` on bytes. */
function byteDigitsAt(bytes: Uint8Array, start: number, length: number): number {
  let number = 0;
  for (let index = start; index < start + length; index++) {
    const digit = (bytes[index] ?? 0) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** `letterAt` on bytes. */
function byteLetterAt(bytes: Uint8Array, index: number, lower: number): boolean {
  return ((bytes[index] ?? 0) | 0x20) === lower;
}

/**
 * `parseDate` of the two ISO formats (`isoSeconds`) on a cell's UTF-8 bytes, for the files that
 * are only counted (read/count-file.ts: a million message dates, which as strings cost the
 * counting thread half a second): the day as the number YYYYMMDD (`dayNumber`) when the bytes
 * are exactly a valid value, else -1, and the caller parses the cell's text. It says yes only to
 * `YYYY-MM-DD HH:MM:SS` (with ` UTC` for `iso-seconds-utc`) and nothing around it, all of it ASCII,
 * where `parseDate` gives the same day: tests/dates.test.ts holds the two together.
 */
export function isoSecondsDayOfBytes(
  format: DateFormatId,
  bytes: Uint8Array,
  start: number,
  end: number,
): number {
  const utc = format === 'iso-seconds-utc';
  if ((!utc && format !== 'iso-seconds') || end - start !== (utc ? 23 : 19)) return -1;
  if (
    utc &&
    !(
      bytes[start + 19] === 0x20 &&
      byteLetterAt(bytes, start + 20, 0x75) &&
      byteLetterAt(bytes, start + 21, 0x74) &&
      byteLetterAt(bytes, start + 22, 0x63)
    )
  ) {
    return -1;
  }
  const year = byteDigitsAt(bytes, start, 4);
  const month = byteDigitsAt(bytes, start + 5, 2);
  const day = byteDigitsAt(bytes, start + 8, 2);
  const hour = byteDigitsAt(bytes, start + 11, 2);
  const minute = byteDigitsAt(bytes, start + 14, 2);
  const second = byteDigitsAt(bytes, start + 17, 2);
  if (
    bytes[start + 4] !== 0x2d ||
    bytes[start + 7] !== 0x2d ||
    bytes[start + 10] !== 0x20 ||
    bytes[start + 13] !== 0x3a ||
    bytes[start + 16] !== 0x3a ||
    !isDateTime(year, month, day, hour, minute, second)
  ) {
    return -1;
  }
  return year * 10000 + month * 100 + day;
}

function fromPattern(pattern: RegExp): FormatParser {
  return (value) => parseWithPattern(pattern, value);
}

function parseWithPattern(pattern: RegExp, value: string): ParsedDate {
  const groups = pattern.exec(value)?.groups;
  return groups === undefined ? INVALID : parsedFromGroups(groups);
}

function parsedFromGroups(groups: Groups): ParsedDate {
  if (groups.year === undefined) {
    return INVALID;
  }
  const year = parseYear(groups.year);
  if (groups.month === undefined) {
    return ok(year, 1, 1, null, 'year');
  }
  const month = parseMonth(groups.month);
  if (month === undefined) {
    return INVALID;
  }
  if (groups.day === undefined) {
    return ok(year, month, 1, null, 'month');
  }
  const day = Number(groups.day);
  if (day < 1 || day > daysInMonth(year, month)) {
    return INVALID;
  }
  if (
    groups.weekday !== undefined &&
    groups.weekday.toLowerCase() !== weekdayOf(year, month, day)
  ) {
    return INVALID;
  }
  if (groups.hour === undefined) {
    return ok(year, month, day, null, 'day');
  }
  const hour =
    groups.meridiem === undefined
      ? Number(groups.hour)
      : to24Hour(Number(groups.hour), groups.meridiem);
  const minute = Number(groups.minute ?? '0');
  const second = Number(groups.second ?? '0');
  if (hour === undefined || hour > 23 || minute > 59 || second > 59) {
    return INVALID;
  }
  return ok(year, month, day, `${pad2(hour)}:${pad2(minute)}:${pad2(second)}`, 'day');
}

function parseEventRange(value: string): ParsedDate {
  const range = eventRangePattern.exec(value)?.groups;
  if (range?.start === undefined || range.end === undefined) {
    return INVALID;
  }
  const start = parseWithPattern(eventPointPattern, range.start);
  const end = parseWithPattern(eventPointPattern, range.end);
  // A broken end means the cell is not the documented range, so the start is not trusted either.
  return end.status === 'ok' ? start : INVALID;
}

// export-format.md §3.6: Profile `Birth Date` has no year, so it is not a point in time.
function parseMonthDay(value: string): ParsedDate {
  const groups = monthDayPattern.exec(value)?.groups;
  if (groups?.month === undefined || groups.day === undefined) {
    return INVALID;
  }
  const month = parseMonth(groups.month);
  const day = Number(groups.day);
  const leapYear = 2000; // so that Feb 29 counts as a real birthday
  return month !== undefined && day >= 1 && day <= daysInMonth(leapYear, month) ? UNDATED : INVALID;
}

// export-format.md §3.27: drafts say `Published on ---`.
function parseArticleLine(value: string): ParsedDate {
  const rest = articleLinePattern.exec(value)?.groups?.rest;
  if (rest === undefined) {
    return INVALID;
  }
  return isAbsent(rest) ? ABSENT : parseWithPattern(articleDatePattern, rest.trim());
}

function parseYear(text: string): number {
  // export-format.md §2 (`M/D/YY`, `MM/DD/YY`): LinkedIn started in 2003, so a two-digit year is 20YY.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** 1–12 for a month number or an English month name (full or 3-letter); undefined otherwise. */
function parseMonth(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  const name = text.toLowerCase();
  const index = monthNames.findIndex(
    (fullName) => name === fullName || name === fullName.slice(0, 3),
  );
  return index === -1 ? undefined : index + 1;
}

function to24Hour(hour12: number, meridiem: string): number | undefined {
  if (hour12 < 1 || hour12 > 12) {
    return undefined;
  }
  const hourInHalfDay = hour12 % 12;
  return meridiem.toUpperCase() === 'PM' ? hourInHalfDay + 12 : hourInHalfDay;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const thirtyDayMonths = new Set([4, 6, 9, 11]);

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return thirtyDayMonths.has(month) ? 30 : 31;
}

function weekdayOf(year: number, month: number, day: number): string | undefined {
  // setUTCFullYear instead of Date.UTC, which maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return weekdayAbbreviations[date.getUTCDay()];
}

function ok(
  year: number,
  month: number,
  day: number,
  time: string | null,
  precision: Precision,
): ParsedDate {
  return { status: 'ok', date: isoDay(year, month, day), time, precision };
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

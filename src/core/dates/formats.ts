/**
 * One id per date format that occurs in the export (export-format.md §2). The catalog names the
 * format of each date column; nothing here guesses a format from a value.
 */
export const dateFormatIds = [
  'dd-mon-yyyy',
  'iso-seconds-utc',
  'mdy-12h',
  'mdy-12h-padded',
  'mdy-12h-utc',
  'ymd-slash-utc',
  'ymd-slash',
  'iso-seconds',
  'iso-minutes-utc',
  'java-date',
  'mon-yyyy',
  'mon-d-yyyy',
  'event-range',
  'mon-d',
  'ymd',
  'rich-media-prose',
  'article-line',
] as const;

export type DateFormatId = (typeof dateFormatIds)[number];

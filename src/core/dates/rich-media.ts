import { parseDate, richMediaSentencePattern, type ParsedDate } from './parse.js';

export interface RichMediaDateTime {
  /** What was uploaded (`feed photo`, `group logo`, …), lower-cased; null when the cell is no such sentence. */
  kind: string | null;
  date: ParsedDate;
}

/**
 * Reads the Rich_Media.csv `Date/Time` sentence, e.g.
 * `You uploaded a document on February 7, 2025 at 7:01 AM (GMT)` (export-format.md §3.26).
 * Any kind text is accepted: the list of kinds in the reference is only what has been seen so far.
 */
export function parseRichMediaDateTime(raw: string): RichMediaDateTime {
  const kind = richMediaSentencePattern.exec(raw.trim())?.groups?.kind;
  return { kind: kind?.toLowerCase() ?? null, date: parseDate('rich-media-prose', raw) };
}

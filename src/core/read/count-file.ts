import type { TableSpec } from '../catalog/schema.js';
import { ByteRowScanner, type ScannedRow } from '../csv/byte-rows.js';
import { HeaderSearch } from '../csv/table-header.js';
import type { LineBreak } from '../csv/table-stream.js';
import { noteDateProblem, type DateProblem } from './table-outcome.js';
import type { TableEnd } from '../csv/table-header.js';
import { Utf8Check, type IsUtf8 } from '../csv/utf8-check.js';
import { isoSecondsDayOfBytes, parseDate } from '../dates/parse.js';
import { addToTally, DayTally, emptyTally, mergeTally, type Tally } from './tally.js';
import { concatBytes, hasZeroByte } from '../util/bytes.js';

/** What counting a file found, in the shape a full read reports it. */
export interface CountedFile {
  table: TableEnd;
  tally: Tally;
  dateProblems: Map<string, DateProblem>;
}

export interface CountContext {
  isUtf8: IsUtf8;
  trainingSince: string;
  onBytes?: (bytes: number) => void;
}

const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const byteOrderMark = [0xef, 0xbb, 0xbf];

function startsWithByteOrderMark(bytes: Uint8Array, offset: number): boolean {
  return byteOrderMark.every((byte, index) => bytes[offset + index] === byte);
}

/**
 * Can a file of this table be counted instead of read? Only a plain one-row-one-record table with
 * no repairs, no stub sentence and no de-duplication, whose records the report does not keep.
 */
export function isCountable(spec: TableSpec): boolean {
  return (
    spec.extractor === 'rows' &&
    spec.repairs.length === 0 &&
    !spec.stubText &&
    !spec.dedupe &&
    !spec.question
  );
}

/**
 * Counts a table's records and their dates on bytes (csv/byte-rows.ts), with the same header
 * search, blank-row rule and warnings as a full read. Returns null when the file needs the full
 * read after all: NUL bytes or invalid UTF-8 (their warnings count characters, which needs text),
 * or lines ended by CR alone.
 */
export async function countExportFile(
  spec: TableSpec,
  chunks: AsyncIterable<Uint8Array>,
  context: CountContext,
): Promise<CountedFile | null> {
  const utf8 = new Utf8Check(context.isUtf8);
  const tally = emptyTally();
  // Rows whose date was read from its bytes; `tally` has the others.
  const days = new DayTally(context.trainingSince);
  const dateProblems = new Map<string, DateProblem>();
  const headerSearch = new HeaderSearch(spec);
  // Set by `start`, a closure, so kept in an object the compiler does not narrow.
  const found = { content: false };
  let dateIndex = -1;
  let records = 0;
  /** Rows after the header, blank ones too: the numbering of csv/table-stream.ts. */
  let dataRows = 0;
  let raggedRows = 0;
  const dateSpec = spec.date;

  const onRow = (row: ScannedRow) => {
    // export-format.md §1.3: CRLF rows in an LF file; the stray CR is no content. Made per row,
    // though only rows before the header use it: made once, the worker collected its young
    // generation a quarter as often, and zlib's output buffers, freed by those collections,
    // added 25 MiB to the peak RSS (docs/performance.md, "seventh session").
    const withoutStrayReturn = (value: string, index: number) =>
      newline === '\n' && index === row.fields - 1 && value.endsWith('\r')
        ? value.slice(0, -1)
        : value;
    const { header } = headerSearch;
    if (header === null) {
      if (!headerSearch.searching) {
        // No header in the first rows: the file fails, and its cells need no decoding.
        scanner.allCells = false;
        return;
      }
      const all = Array.from({ length: row.fields }, (_, index) =>
        withoutStrayReturn(row.cells.get(index) ?? '', index),
      );
      const columns = headerSearch.offer(all);
      if (columns === null) return;
      const wantedName = dateSpec?.column.toLowerCase();
      dateIndex = columns.findIndex((column) => column.toLowerCase() === wantedName);
      scanner.spanField = dateIndex;
      scanner.allCells = false;
      return;
    }
    dataRows++;
    if (row.blank) return;
    records++;
    if (row.fields !== header.length) raggedRows++;
    if (!dateSpec || dateIndex === -1) {
      addToTally(tally, null, context.trainingSince);
      return;
    }
    // Most dates are exactly `YYYY-MM-DD HH:MM:SS UTC`: read from their bytes, without a string.
    const day =
      row.spanStart === -1
        ? -1
        : isoSecondsDayOfBytes(dateSpec.format, row.buffer, row.spanStart, row.spanEnd);
    if (day !== -1) {
      days.add(day);
      return;
    }
    // A stray CR at the end of the last cell (withoutStrayReturn) goes with the trim.
    const value = scanner.spanText(row).trim();
    const parsed = parseDate(dateSpec.format, value);
    let date: string | null = null;
    if (parsed.status === 'ok') date = parsed.date;
    else if (parsed.status === 'invalid') noteDateProblem(dateProblems, dateSpec.column, value);
    addToTally(tally, date, context.trainingSince);
  };

  // Before the first row: byte-order marks, an all-blank start, and the line break LinkedIn used
  // (the first one outside quotes decides, as in csv/table-stream.ts).
  let prefix: Uint8Array = new Uint8Array(0);
  let prefixStart = 0;
  let newline: '\n' | '\r\n' | null = null;
  let scanIndex = 0;
  let inQuotes = false;
  // Made by `start` once the line break is known; rows only come from it after that.
  let scanner!: ByteRowScanner;

  const findNewline = (final: boolean): LineBreak | null => {
    for (; scanIndex < prefix.length; scanIndex++) {
      const byte = prefix[scanIndex];
      if (byte === quote) inQuotes = !inQuotes;
      else if (inQuotes) continue;
      else if (byte === lineFeed) {
        return scanIndex > prefixStart && prefix[scanIndex - 1] === carriageReturn ? '\r\n' : '\n';
      } else if (byte === carriageReturn && scanIndex + 1 < prefix.length) {
        if (prefix[scanIndex + 1] !== lineFeed) return '\r';
      } else if (byte === carriageReturn && !final) return null;
    }
    return final ? (prefix.at(-1) === carriageReturn && !inQuotes ? '\r' : '\n') : null;
  };

  /** Starts the scanner once the line break is known; 'full-read' hands the file to the full read. */
  const start = (final: boolean): 'waiting' | 'started' | 'full-read' => {
    // TextDecoder drops one byte-order mark and the table reader a second.
    for (let marks = 0; marks < 2; marks++) {
      if (startsWithByteOrderMark(prefix, prefixStart)) prefixStart += 3;
    }
    if (scanIndex < prefixStart) scanIndex = prefixStart;
    if (!found.content) {
      found.content =
        // A fresh decoder each time: the prefix is decoded again as it grows.
        new TextDecoder().decode(prefix.subarray(prefixStart), { stream: !final }).trim() !== '';
      if (!found.content) return 'waiting';
    }
    const lineBreak = findNewline(final);
    if (lineBreak === null) return 'waiting';
    // Lines ended by CR alone (csv/table-stream.ts) are rare enough to leave to the full read.
    if (lineBreak === '\r') return 'full-read';
    newline = lineBreak;
    scanner = new ByteRowScanner(newline, new Set(), onRow);
    scanner.allCells = true;
    scanner.push(prefix.subarray(prefixStart));
    return 'started';
  };

  let state: ReturnType<typeof start> = 'waiting';
  for await (const chunk of chunks) {
    context.onBytes?.(chunk.length);
    if (hasZeroByte(chunk)) return null;
    utf8.push(chunk);
    if (!utf8.valid) return null;
    if (state === 'started') {
      scanner.push(chunk);
      continue;
    }
    prefix = concatBytes([prefix, chunk]);
    state = start(false);
    if (state === 'full-read') return null;
  }
  utf8.end();
  if (!utf8.valid) return null;
  if (state === 'waiting') state = start(true);
  if (state === 'full-read') return null;
  const started = state === 'started';
  if (started) scanner.end();

  const table = headerSearch.end({
    content: found.content,
    records,
    raggedRows,
    rejoinedLines: 0,
    unclosedQuoteRow: started && scanner.unclosedQuote && headerSearch.header ? dataRows : null,
    quoteLeftOpen: started && scanner.unclosedQuote,
  });
  mergeTally(tally, days.toTally());
  return { table, tally, dateProblems };
}

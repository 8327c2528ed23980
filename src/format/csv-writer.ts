import Papa from 'papaparse';
import { spreadsheetSafe } from './csv-cell.js';

export type CsvCell = string | number | boolean | null;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
  readonly bom?: boolean;
}

const byteOrderMark = '\uFEFF';

/**
 * RFC 4180 CSV (comma, `"` quoting with doubled quotes, CRLF between records, no line break
 * after the last record) with a header row, every text cell made spreadsheet-safe.
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  assertRectangular(columns, rows);
  // The header goes in as the first row of an array of arrays: given `{ fields, data: [] }`,
  // Papa writes a line break and an empty record after the header.
  const header = columns.map((column) => spreadsheetSafe(column));
  const csv = unparse([header, ...rows.map(rowText)], columns.length);
  return options.bom === true ? byteOrderMark + csv : csv;
}

/**
 * Rows as `toCsv` writes them, without the header: for output written in pieces, each piece
 * joined to the one before by CRLF.
 */
export function csvRows(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  assertRectangular(columns, rows);
  return unparse(rows.map(rowText), columns.length);
}

function unparse(rows: string[][], columnCount: number): string {
  return Papa.unparse(rows, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    newline: '\r\n',
    skipEmptyLines: false,
    // spreadsheetSafe already did this, more thoroughly: Papa's own pattern misses multi-line
    // cells and would also prefix the negative numbers we write as plain text.
    escapeFormulae: false,
    quotes: (value: unknown) => needsQuotesBeyondPapa(value, columnCount),
  });
}

function assertRectangular(columns: readonly string[], rows: readonly (readonly CsvCell[])[]) {
  if (columns.length === 0) throw new RangeError('toCsv: at least one column is needed');
  rows.forEach((row, index) => {
    if (row.length !== columns.length) {
      throw new RangeError(
        `toCsv: row ${index} has ${row.length} cells, the header has ${columns.length}`,
      );
    }
  });
}

function rowText(row: readonly CsvCell[]): string[] {
  return row.map(cellText);
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return String(cell);
  // A finite number prints as digits, sign, point and exponent only, so it cannot carry a
  // formula, and prefixing `-5` with `'` would turn it into text that no longer sums.
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? String(cell) : spreadsheetSafe(String(cell));
  }
  return spreadsheetSafe(cell);
}

/**
 * Papa quotes cells with quotes, commas, CR, LF, a BOM or a leading/trailing space. Three more:
 * other leading/trailing whitespace (tabs, no-break spaces), which lenient readers trim; the
 * empty cell of a one-column table, which would be a blank line that readers skip or take for
 * the end of the file; and a cell holding a semicolon or a tab. Excel in much of Europe, and
 * LibreOffice when asked, splits a CSV on `;`, and a tab-separated import on tabs: unquoted,
 * `nice post;=HYPERLINK(…)` became two cells there, the second a formula that `spreadsheetSafe`,
 * which looks at the start of a cell, never saw (OWASP "CSV Injection": separators inside a
 * cell). Quoted, it stays one cell whatever the separator.
 */
function needsQuotesBeyondPapa(value: unknown, columnCount: number): boolean {
  if (typeof value !== 'string') return false;
  return (columnCount === 1 && value === '') || /^\s|\s$|[;\t]/u.test(value);
}

import type { TableSpec } from '../catalog/schema.js';

export interface TableRow {
  /** 1-based data row (header excluded) where the record starts. */
  row: number;
  cells: string[];
}

export interface HeaderCheck {
  /** Known columns missing from a header that matches no known variant. */
  missing: string[];
  /** Columns no known variant has. */
  added: string[];
  /** Required columns absent: the table cannot be read. */
  missingRequired: string[];
}

export function normalizeColumnName(name: string): string {
  return name
    .trim()
    .replace(/^"(.*)"$/u, '$1')
    .trim();
}

/** Rows a header may sit below (Connections.csv has a three-line preamble, §3.1). */
export const headerSearchDepth = 20;

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function lowerSet(columns: readonly string[]): Set<string> {
  return new Set(columns.map((column) => column.toLowerCase()));
}

/**
 * The header is found by content, not position: Connections.csv has a three-line preamble
 * (export-format.md §3.1), and stubs end in blank lines (§1.3). Returns the normalized header
 * when this row is the table's header.
 */
export function findHeaderRow(row: readonly string[], spec: TableSpec): string[] | null {
  if (isBlankRow(row)) return null;
  const required = spec.required.map((column) => column.toLowerCase());
  const normalized = row.map(normalizeColumnName);
  const names = lowerSet(normalized);
  if (required.length > 0) {
    return required.every((column) => names.has(column)) ? normalized : null;
  }
  const known = lowerSet(spec.headers.flatMap((header) => header.columns));
  return [...names].some((name) => known.has(name)) ? normalized : null;
}

/** Names what is missing from the line that looks most like this table's header. */
export function headerFailure(
  firstRows: readonly (readonly string[])[],
  spec: TableSpec,
): { missingRequired: string[]; firstLine: string } {
  const known = lowerSet(spec.headers.flatMap((variant) => variant.columns));
  const candidates = firstRows.filter((row) => !isBlankRow(row));
  const overlap = (row: readonly string[]) =>
    row.filter((cell) => known.has(normalizeColumnName(cell).toLowerCase())).length;
  const best = [...candidates].sort((a, b) => overlap(b) - overlap(a))[0] ?? [];
  const names = lowerSet(best.map(normalizeColumnName));
  return {
    missingRequired: spec.required.filter((column) => !names.has(column.toLowerCase())),
    firstLine: (candidates[0] ?? []).join(',').slice(0, 80),
  };
}

export function checkHeader(header: readonly string[], spec: TableSpec): HeaderCheck {
  const names = lowerSet(header);
  const missingRequired = spec.required.filter((column) => !names.has(column.toLowerCase()));
  const exact = spec.headers.some(
    (variant) =>
      variant.columns.length === header.length &&
      variant.columns.every(
        (column, index) => column.toLowerCase() === header[index]?.toLowerCase(),
      ),
  );
  if (exact || spec.headers.length === 0) return { missing: [], added: [], missingRequired };
  const known = lowerSet(spec.headers.flatMap((variant) => variant.columns));
  const added = header.filter((column) => column !== '' && !known.has(column.toLowerCase()));
  // Compare with the closest known variant so a renamed column reads as one change, not many.
  const closest = [...spec.headers].sort(
    (a, b) =>
      b.columns.filter((column) => names.has(column.toLowerCase())).length -
      a.columns.filter((column) => names.has(column.toLowerCase())).length,
  )[0];
  const missing = (closest?.columns ?? []).filter(
    (column) => column !== '' && !names.has(column.toLowerCase()),
  );
  return { missing: [...new Set(missing)], added: [...new Set(added)], missingRequired };
}

/** How a table read ended, whether its rows were parsed or only counted (read/count-file.ts). */
export type TableEnd =
  | { status: 'empty' }
  | { status: 'failed'; missingRequired: string[]; firstLine: string }
  | {
      status: 'parsed';
      header: string[];
      headerCheck: HeaderCheck;
      raggedRows: number;
      rejoinedLines: number;
      /** The row whose quote is never closed, so the rest of the file became its field. */
      unclosedQuoteRow: number | null;
    };

/**
 * The search for a table's header in its first rows (`headerSearchDepth`), and what the table
 * came to once read: one for the full read (table-stream.ts) and the count on bytes
 * (read/count-file.ts), so that both say the same of a file.
 */
export class HeaderSearch {
  private found: string[] | null = null;
  private rowsBefore: string[][] = [];

  constructor(private readonly spec: TableSpec) {}

  /** The header, normalized, once found. */
  get header(): readonly string[] | null {
    return this.found;
  }

  /** Whether rows are still looked at: no header yet, and not yet `headerSearchDepth` rows. */
  get searching(): boolean {
    return this.found === null && this.rowsBefore.length < headerSearchDepth;
  }

  /** Looks at one more row before the header is found; returns the header when it is this row. */
  offer(cells: string[]): readonly string[] | null {
    if (!this.searching) return null;
    this.rowsBefore.push(cells);
    this.found = findHeaderRow(cells, this.spec);
    if (this.found !== null) this.rowsBefore = [];
    return this.found;
  }

  /**
   * Whether the rows seen were the table's preamble (catalog `preamble`) and blank lines, with at
   * least one line of it. A preamble line is one line: a quote left open, which swallowed the
   * header and the rows into one cell, or a file cut inside the note, is no table without rows.
   */
  private onlyPreamble(quoteLeftOpen: boolean): boolean {
    const { preamble } = this.spec;
    const isPreamble = (cells: readonly string[]) => {
      const first = (cells[0] ?? '').trim();
      return !/[\r\n]/u.test(first) && preamble.some((start) => first.startsWith(start));
    };
    return (
      !quoteLeftOpen &&
      this.rowsBefore.length < headerSearchDepth &&
      this.rowsBefore.some(isPreamble) &&
      this.rowsBefore.every((cells) => isBlankRow(cells) || isPreamble(cells))
    );
  }

  /**
   * The table's end: empty without content or records, or with nothing but its preamble; failed
   * without a header, else parsed with how its header compares to the known ones.
   */
  end(read: {
    content: boolean;
    records: number;
    raggedRows: number;
    rejoinedLines: number;
    unclosedQuoteRow: number | null;
    quoteLeftOpen: boolean;
  }): TableEnd {
    if (!read.content) return { status: 'empty' };
    if (this.found === null && this.onlyPreamble(read.quoteLeftOpen)) return { status: 'empty' };
    if (this.found === null) {
      return { status: 'failed', ...headerFailure(this.rowsBefore, this.spec) };
    }
    if (read.records === 0) return { status: 'empty' };
    return {
      status: 'parsed',
      header: this.found,
      headerCheck: checkHeader(this.found, this.spec),
      raggedRows: read.raggedRows,
      rejoinedLines: read.rejoinedLines,
      unclosedQuoteRow: read.unclosedQuoteRow,
    };
  }
}

import type { TableSpec } from '../catalog/schema.js';
import { parseCsv, usesBackslashEscapes } from './parse-csv.js';
import { applyRowRepairs, type RowRepairResult } from './repairs.js';

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

export type TableReadResult =
  | { status: 'empty' }
  | { status: 'failed'; missingRequired: string[]; firstLine: string }
  | {
      status: 'parsed';
      header: string[];
      rows: TableRow[];
      headerCheck: HeaderCheck;
      raggedRows: number;
      rejoinedLines: number;
    };

const headerSearchDepth = 20;

export function normalizeColumnName(name: string): string {
  return name
    .trim()
    .replace(/^"(.*)"$/u, '$1')
    .trim();
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function lowerSet(columns: readonly string[]): Set<string> {
  return new Set(columns.map((column) => column.toLowerCase()));
}

/**
 * The header is found by content, not position: Connections.csv has a three-line preamble
 * (export-format.md §3.1), and stubs end in blank lines (§1.3).
 */
function findHeaderIndex(rows: readonly string[][], spec: TableSpec): number {
  const required = spec.required.map((column) => column.toLowerCase());
  const known = lowerSet(spec.headers.flatMap((header) => header.columns));
  for (let index = 0; index < Math.min(rows.length, headerSearchDepth); index++) {
    const row = rows[index];
    if (!row || isBlankRow(row)) continue;
    const names = lowerSet(row.map(normalizeColumnName));
    if (
      required.length > 0
        ? required.every((column) => names.has(column))
        : [...names].some((name) => known.has(name))
    ) {
      return index;
    }
  }
  return -1;
}

function checkHeader(header: readonly string[], spec: TableSpec): HeaderCheck {
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

/** Reads a CSV table the way its catalog entry says: header by content, repairs, blank rows out. */
export function readTable(text: string, spec: TableSpec): TableReadResult {
  const trimmed = text.replace(/^\uFEFF/u, '');
  if (trimmed.trim() === '') return { status: 'empty' };
  if (spec.stubText && trimmed.trim().toLowerCase().startsWith(spec.stubText.toLowerCase())) {
    return { status: 'empty' };
  }
  const rows = parseCsv(trimmed, {
    backslashEscapes:
      spec.repairs.includes('backslash-escaped-quotes') && usesBackslashEscapes(trimmed),
  });
  const headerIndex = findHeaderIndex(rows, spec);
  if (headerIndex === -1) {
    // Name what is missing from the line that looks most like this table's header.
    const known = lowerSet(spec.headers.flatMap((variant) => variant.columns));
    const candidates = rows.slice(0, headerSearchDepth).filter((row) => !isBlankRow(row));
    const overlap = (row: readonly string[]) =>
      row.filter((cell) => known.has(normalizeColumnName(cell).toLowerCase())).length;
    const best = [...candidates].sort((a, b) => overlap(b) - overlap(a))[0] ?? [];
    const names = lowerSet(best.map(normalizeColumnName));
    return {
      status: 'failed',
      missingRequired: spec.required.filter((column) => !names.has(column.toLowerCase())),
      firstLine: (candidates[0] ?? []).join(',').slice(0, 80),
    };
  }
  const header = (rows[headerIndex] ?? []).map(normalizeColumnName);
  // Blank lines go only after the repairs: inside an unquoted comment they are paragraph breaks.
  const allRows: TableRow[] = rows
    .slice(headerIndex + 1)
    .map((cells, index) => ({ row: index + 1, cells }));
  const repairedRows: RowRepairResult = applyRowRepairs(allRows, header, spec);
  const repaired = {
    ...repairedRows,
    rows: repairedRows.rows.filter((row) => !isBlankRow(row.cells)),
  };
  if (repaired.rows.length === 0) return { status: 'empty' };
  const raggedRows = repaired.rows.filter((row) => row.cells.length !== header.length).length;
  return {
    status: 'parsed',
    header,
    rows: repaired.rows,
    headerCheck: checkHeader(header, spec),
    raggedRows,
    rejoinedLines: repaired.rejoinedLines,
  };
}

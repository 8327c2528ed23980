import { unwrapShareLines } from '../csv/repairs.js';
import type { TableSpec } from '../catalog/schema.js';
import type { CsvExtractInput, ExtractOutput, RawRecord } from './types.js';

/** The record's main text: the catalog's text columns, every copy of a repeated name included. */
export function textOf(input: CsvExtractInput, cells: readonly string[]): string | null {
  const { spec, reader } = input;
  if (!spec.keepText) return null;
  let text: string | null = null;
  for (const column of spec.text) {
    for (const part of reader.getAll(cells, column)) {
      if (part !== '') text = text === null ? part : `${text} · ${part}`;
    }
  }
  if (text === null) return null;
  return spec.repairs.includes('share-line-wrapping') ? unwrapShareLines(text) : text;
}

const identityColumnsOf = new WeakMap<TableSpec, readonly string[]>();

/** The columns that identify a table's record; made once per table, not once per row. */
function identityColumns(spec: TableSpec): readonly string[] {
  let columns = identityColumnsOf.get(spec);
  if (columns === undefined) {
    columns =
      spec.identity.length > 0
        ? spec.identity
        : [
            ...(spec.date ? [spec.date.column] : []),
            ...(spec.link ? [spec.link] : []),
            ...spec.text,
          ];
    identityColumnsOf.set(spec, columns);
  }
  return columns;
}

export function identityOf(input: CsvExtractInput, cells: readonly string[]): string {
  const { spec, reader } = input;
  // Joined, not appended piece by piece: a flat string, which the id's fingerprint reads ten
  // times faster than a chain of pieces.
  const values = identityColumns(spec).map((column) => reader.getAll(cells, column).join('\u001f'));
  // Tables with no identifying columns fall back to the whole row.
  return values.some((value) => value !== '') ? values.join('\u001e') : cells.join('\u001e');
}

export function baseRecord(
  input: CsvExtractInput,
  cells: readonly string[],
  row: number,
): RawRecord {
  const { spec, reader } = input;
  const link = spec.link ? reader.get(cells, spec.link) : '';
  const question = spec.question ? reader.get(cells, spec.question) : null;
  const dedupeValue = spec.dedupe ? reader.get(cells, spec.dedupe.column) : '';
  return {
    kind: spec.kind,
    date: input.dateOf(cells),
    link: link === '' ? null : link,
    text: textOf(input, cells),
    ...(question === null ? {} : { question }),
    identity: identityOf(input, cells),
    row,
    ...(spec.dedupe && dedupeValue !== ''
      ? { dedupeKey: `${spec.dedupe.group}:${dedupeValue}` }
      : {}),
  };
}

/** One row, one record: the reading most tables need. */
export function extractRows(input: CsvExtractInput): ExtractOutput {
  return {
    records: input.rows.map(({ cells, row }) => baseRecord(input, cells, row)),
    resumeUses: [],
  };
}

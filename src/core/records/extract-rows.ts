import { unwrapShareLines } from '../csv/repairs.js';
import { withoutHtmlTags } from '../util/text.js';
import type { TableSpec } from '../catalog/schema.js';
import type { CsvExtractInput, ExtractOutput, RawRecord, RowReader } from './types.js';

/**
 * Where the cells of a record sit in one file's header: found once per file, where looking each
 * column up by name for every row, and making an array of its copies, cost a large export's
 * 300,000 posts and comments about a quarter of a second (docs/performance.md).
 */
interface RowLayout {
  spec: TableSpec;
  link: number | undefined;
  question: number | undefined;
  dedupe: number | undefined;
  /** Every copy of every text column, in the catalog's order. */
  text: readonly number[];
  /** Per identifying column, every copy of it. */
  identity: readonly (readonly number[])[];
  /**
   * Whether the identity is never all blank: the copies of a column named twice are joined with
   * a separator, which is something even when both cells are empty.
   */
  identityAlwaysSet: boolean;
}

/** The columns that identify a table's record, by default its date, link and text. */
function identityColumns(spec: TableSpec): readonly string[] {
  return spec.identity.length > 0
    ? spec.identity
    : [...(spec.date ? [spec.date.column] : []), ...(spec.link ? [spec.link] : []), ...spec.text];
}

const layouts = new WeakMap<RowReader, RowLayout>();

function layoutOf({ spec, reader }: CsvExtractInput): RowLayout {
  const known = layouts.get(reader);
  if (known?.spec === spec) return known;
  const first = (column: string | null | undefined) =>
    column ? reader.indexes(column)[0] : undefined;
  const identity = identityColumns(spec).map((column) => reader.indexes(column));
  const layout: RowLayout = {
    spec,
    link: first(spec.link),
    question: first(spec.question),
    dedupe: first(spec.dedupe?.column),
    text: spec.keepText ? spec.text.flatMap((column) => reader.indexes(column)) : [],
    identity,
    identityAlwaysSet: identity.some((indexes) => indexes.length > 1),
  };
  layouts.set(reader, layout);
  return layout;
}

function cellAt(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** The record's main text: the catalog's text columns, every copy of a repeated name included. */
function textOf(layout: RowLayout, cells: readonly string[]): string | null {
  if (!layout.spec.keepText) return null;
  let text: string | null = null;
  for (const index of layout.text) {
    const part = cellAt(cells, index);
    if (part !== '') text = text === null ? part : `${text} · ${part}`;
  }
  return text === null ? null : repairedText(layout.spec, text);
}

/**
 * A record's text with the catalog's text repairs of its table applied. A saved answer's
 * `question` field keeps its tags: an application's answers are matched to it as written.
 */
export function repairedText(spec: TableSpec, text: string): string {
  if (spec.repairs.includes('share-line-wrapping')) return unwrapShareLines(text);
  return spec.repairs.includes('html-tags-in-text') ? withoutHtmlTags(text) : text;
}

function identityOf(layout: RowLayout, cells: readonly string[]): string {
  let set = layout.identityAlwaysSet;
  // Joined, not appended piece by piece: a flat string, which the id's fingerprint reads ten
  // times faster than a chain of pieces.
  const values = layout.identity.map((indexes) => {
    if (indexes.length === 1) {
      const value = cellAt(cells, indexes[0]);
      if (value !== '') set = true;
      return value;
    }
    return indexes.map((index) => cellAt(cells, index)).join('\u001f');
  });
  // Tables with no identifying columns fall back to the whole row.
  return set ? values.join('\u001e') : cells.join('\u001e');
}

export function baseRecord(
  input: CsvExtractInput,
  cells: readonly string[],
  row: number,
): RawRecord {
  const layout = layoutOf(input);
  const { spec } = layout;
  const link = cellAt(cells, layout.link);
  const dedupeValue = spec.dedupe ? cellAt(cells, layout.dedupe) : '';
  // Every field in one literal, absent ones undefined: spreading optional parts copied them into
  // a new object per row, of a shape that differed from table to table.
  return {
    kind: spec.kind,
    date: input.dateOf(cells),
    link: link === '' ? null : link,
    text: textOf(layout, cells),
    question: spec.question ? cellAt(cells, layout.question) : undefined,
    identity: identityOf(layout, cells),
    row,
    dedupeKey:
      spec.dedupe && dedupeValue !== '' ? `${spec.dedupe.group}:${dedupeValue}` : undefined,
  };
}

/** One row, one record: the reading most tables need. */
export function extractRows(input: CsvExtractInput): ExtractOutput {
  return {
    records: input.rows.map(({ cells, row }) => baseRecord(input, cells, row)),
    resumeUses: [],
  };
}

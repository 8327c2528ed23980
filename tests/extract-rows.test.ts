import { describe, expect, it } from 'vitest';
import { catalog, type TableSpec } from '../src/core/index.js';
import { extractRows } from '../src/core/records/extract-rows.js';
import { createRowReader } from '../src/core/records/row-reader.js';
import type { RawRecord } from '../src/core/records/types.js';

function tableSpec(id: string): TableSpec {
  const spec = catalog.find((table) => table.id === id);
  if (!spec) throw new Error(`no table ${id}`);
  return spec;
}

function extract(spec: TableSpec, header: string[], rows: string[][]): RawRecord[] {
  return extractRows({
    spec,
    file: 'test.csv',
    header,
    rows: rows.map((cells, index) => ({ cells, row: index + 1 })),
    reader: createRowReader(header),
    dateOf: () => null,
    parseDateColumn: () => null,
    knownQuestions: new Set(),
  }).records;
}

describe('extractRows', () => {
  const comments = tableSpec('comments');

  it('identifies a record by its date, link and text, trimmed, in any column order', () => {
    const [record] = extract(
      comments,
      ['Message', 'Link', 'Date'],
      [[' Nice! ', 'https://l/1 ', ' 2024-01-01 10:00:00']],
    );
    expect(record?.identity).toBe('2024-01-01 10:00:00\u001ehttps://l/1\u001eNice!');
    expect(record?.text).toBe('Nice!');
    expect(record?.link).toBe('https://l/1');
  });

  it('falls back to the whole row, untrimmed, when every identifying cell is blank', () => {
    const [record] = extract(
      comments,
      ['Date', 'Link', 'Message', 'Extra'],
      [[' ', '', '', ' x ']],
    );
    expect(record?.identity).toBe(' \u001e\u001e\u001e x ');
    expect(record?.text).toBeNull();
  });

  it('joins every copy of a repeated column, and a repeated column is never blank', () => {
    const header = ['Date', 'Link', 'Message', 'message'];
    const [full, blank] = extract(comments, header, [
      ['2024-01-01', '', 'first', 'second'],
      ['', '', '', ''],
    ]);
    expect(full?.identity).toBe('2024-01-01\u001e\u001efirst\u001fsecond');
    expect(full?.text).toBe('first · second');
    expect(blank?.identity).toBe('\u001e\u001e\u001f');
  });

  it('reads a file whose header lacks a column as blank there', () => {
    const [record] = extract(comments, ['Date', 'Message'], [['2024-01-01', 'Hi']]);
    expect(record?.identity).toBe('2024-01-01\u001e\u001eHi');
    expect(record?.link).toBeNull();
  });
});

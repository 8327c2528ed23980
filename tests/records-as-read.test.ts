import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeExport, redactReport, type ClassifiedRecord } from '../src/core/index.js';
import { csvFormatters } from '../src/format/csv.js';
import { jsonFormatters } from '../src/format/json.js';
import { markdownFormatters } from '../src/format/markdown.js';
import { markdownRecordsPieces } from '../src/format/records-markdown.js';
import { piecesText } from '../src/format/records-stream.js';
import { tableRecordsPieces } from '../src/format/records-table.js';
import { tableFormatters } from '../src/format/table.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';

/**
 * `records` is written as the export is read a second time (issue 5), in every format: it must
 * print byte for byte what the whole-report formatters print from a report holding every record.
 */
const formatOptions = { color: false, width: 120 };

describe.each(listFixtures())('records of fixture $name, written as read', ({ archives }) => {
  const whole = analyzeExport(archives.map(readArchive), { keepRecords: 'all' });

  it.each([
    { format: 'csv', flags: [] },
    { format: 'csv', flags: ['--bom', '--redact'] },
    { format: 'json', flags: [] },
    { format: 'json', flags: ['--show-values'] },
    { format: 'table', flags: [] },
    { format: 'markdown', flags: ['--redact'] },
  ] as const)('--format $format $flags', async ({ format, flags }) => {
    const showValues = (flags as readonly string[]).includes('--show-values');
    const report = showValues
      ? await analyzeExport(archives.map(readArchive), { showValues: true })
      : await whole;
    const shown = (flags as readonly string[]).includes('--redact') ? redactReport(report) : report;
    const bom = (flags as readonly string[]).includes('--bom');
    const formatters = {
      csv: csvFormatters,
      json: jsonFormatters,
      table: tableFormatters,
      markdown: markdownFormatters,
    }[format];
    const expected = formatters.records(shown, { ...formatOptions, bom });
    const result = await runInProcess(['records', ...archives, '--format', format, ...flags]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected);
  });
});

describe('records written as read to --output', () => {
  const [sample] = listFixtures().filter((fixture) => fixture.name === 'sample');

  it('writes the same bytes to the file, and no file when the analysis fails', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'records-as-read-'));
    try {
      const target = path.join(directory, 'records.json');
      const archives = sample?.archives ?? [];
      const printed = await runInProcess(['records', ...archives, '--format', 'json']);
      const written = await runInProcess([
        'records',
        ...archives,
        '--format',
        'json',
        '--output',
        target,
      ]);
      expect(written.code).toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(printed.stdout);
      const missing = path.join(directory, 'not-there.zip');
      const failed = path.join(directory, 'failed.json');
      const failure = await runInProcess(['records', missing, '--format', 'json', '-o', failed]);
      expect(failure.code).toBe(2);
      expect(() => readFileSync(failed)).toThrow();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('records pieces in any batching', () => {
  it.each([1, 7, 1000])('joins batches of %i into the whole-report output', async (size) => {
    const [sample] = listFixtures().filter((fixture) => fixture.name === 'sample');
    const report = await analyzeExport((sample?.archives ?? []).map(readArchive));
    const { csvRecordsPieces } = await import('../src/format/records-stream-csv.js');
    const { jsonRecordsPieces } = await import('../src/format/records-stream-json.js');
    const options = { ...formatOptions, bom: false };
    const cases = [
      { pieces: () => csvRecordsPieces({ bom: false }), whole: csvFormatters },
      { pieces: () => jsonRecordsPieces(report), whole: jsonFormatters },
      { pieces: () => tableRecordsPieces(options), whole: tableFormatters },
      { pieces: () => markdownRecordsPieces(), whole: markdownFormatters },
    ];
    for (const { pieces: made, whole } of cases) {
      const pieces = made();
      let text = pieces.start;
      for (let start = 0; start < report.records.length; start += size) {
        text += pieces.records(report.records.slice(start, start + size), start === 0);
      }
      text += pieces.end(report.records.length);
      expect(text).toBe(whole.records(report, options));
      const none = made();
      expect(`${none.start}${none.end(0)}`).toBe(
        whole.records({ ...report, records: [] }, options),
      );
    }
  });
});

describe('records as a table, of a large export', () => {
  it('draws its rows a batch at a time, all of one width, however many', () => {
    const record: ClassifiedRecord = {
      id: 'messages-0',
      category: 'private-messages',
      scope: 'excluded',
      kind: 'private-message',
      date: '2024-01-02',
      source: { file: 'messages.csv', row: 1 },
      link: null,
      text: 'Hello',
      reason: 'Private messages are excluded.',
    };
    // Three batches of the writer (a thousand each): no one table of cli-table3 draws them all,
    // which could not (its toString spreads its rows: some 120,000 overflow the stack).
    const records = Array.from({ length: 2_500 }, () => record);
    const text = piecesText(tableRecordsPieces({ ...formatOptions, bom: false }), records);
    const lines = text.split('\n');
    // Top border, head, per row a separator and the row, bottom border, count, final newline.
    expect(lines).toHaveLength(2 + 2 * records.length + 3);
    expect(lines.slice(-2)).toEqual(['2,500 records.', '']);
    const one = piecesText(tableRecordsPieces({ ...formatOptions, bom: false }), [record]);
    expect(one.endsWith('\n1 record.\n')).toBe(true);
    const table = lines.slice(0, -2);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
    expect(table.filter((line) => line.startsWith('├'))).toHaveLength(records.length);
  });
});

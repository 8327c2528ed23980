import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeExport, redactReport } from '../src/core/index.js';
import { csvFormatters } from '../src/format/csv.js';
import { jsonFormatters } from '../src/format/json.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';

/**
 * `records --format csv|json` is written as the export is read a second time (issue 5): it must
 * print byte for byte what the whole-report formatters print from a report holding every record.
 */
const formatOptions = { color: false, width: 120 };

describe.each(listFixtures())('records of fixture $name, written as read', ({ archives }) => {
  const whole = analyzeExport(archives.map(readArchive), { keepRecords: 'all' });

  it.each([
    { format: 'csv', flags: [] },
    { format: 'csv', flags: ['--bom', '--redact'] },
    { format: 'json', flags: [] },
    { format: 'json', flags: ['--redact', '--show-values'] },
  ] as const)('--format $format $flags', async ({ format, flags }) => {
    const showValues = (flags as readonly string[]).includes('--show-values');
    const report = showValues
      ? await analyzeExport(archives.map(readArchive), { showValues: true })
      : await whole;
    const shown = (flags as readonly string[]).includes('--redact') ? redactReport(report) : report;
    const bom = (flags as readonly string[]).includes('--bom');
    const expected = (format === 'csv' ? csvFormatters : jsonFormatters).records(shown, {
      ...formatOptions,
      bom,
    });
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
    const cases = [
      { pieces: csvRecordsPieces({ bom: false }), whole: csvFormatters },
      { pieces: jsonRecordsPieces(report), whole: jsonFormatters },
    ];
    for (const { pieces, whole } of cases) {
      let text = pieces.start;
      for (let start = 0; start < report.records.length; start += size) {
        text += pieces.records(report.records.slice(start, start + size), start === 0);
      }
      text += pieces.end(report.records.length === 0);
      expect(text).toBe(whole.records(report, { ...formatOptions, bom: false }));
      const empty = `${pieces.start}${pieces.end(true)}`;
      expect(empty).toBe(
        whole.records({ ...report, records: [] }, { ...formatOptions, bom: false }),
      );
    }
  });
});

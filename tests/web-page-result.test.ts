import { describe, expect, it } from 'vitest';
import { analyzeExport, defaultPolicy } from '../src/core/index.js';
import { findingRows, flaggedRecordCount } from '../src/format/findings-summary.js';
import { buildPageResult } from '../src/web/worker/page-result.js';
import { BlobParts, recordsDownload } from '../src/web/worker/records-download.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';

const pair = listFixtures().find((fixture) => fixture.name === 'basic-2025+complete-2025');
if (!pair) throw new Error('the basic-2025+complete-2025 fixture is missing');

const cliFormat = { records: 'csv', suggestions: 'csv', resumes: 'csv', report: 'json' } as const;

describe("the web page's downloads are the CLI's output", () => {
  it.each([
    { settings: { region: null, olderThan: '6m', bom: false }, flags: [] },
    {
      settings: { region: 'eu', olderThan: '2y', bom: true },
      flags: ['--region', 'eu', '--older-than', '2y', '--bom'],
    },
  ])('byte for byte, with $flags', async ({ settings, flags }) => {
    const inputs = pair.archives.map(readArchive);
    const options = { region: settings.region ?? undefined, olderThan: settings.olderThan };
    // As the page's Worker reads: only what the report shows is kept.
    const report = await analyzeExport(inputs, { ...options, keepRecords: 'flagged' });
    const result = buildPageResult(report, defaultPolicy, { bom: settings.bom });
    expect(result.downloads.map((download) => download.kind)).toEqual([
      'suggestions',
      'resumes',
      'report',
    ]);
    const records = await recordsDownload(inputs, options, { bom: settings.bom });
    expect(records.blob.type).toBe('text/csv;charset=utf-8');
    const files = [
      ...result.downloads,
      {
        kind: records.kind,
        fileName: records.fileName,
        // The bytes as written: `Blob.text()` would drop the byte-order mark of `--bom`.
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(
          await records.blob.arrayBuffer(),
        ),
      },
    ];
    expect(files.map((file) => file.kind).sort()).toEqual(Object.keys(cliFormat).sort());
    for (const download of files) {
      const cli = await runInProcess([
        download.kind,
        ...pair.archives,
        ...flags,
        '--format',
        cliFormat[download.kind],
      ]);
      expect(cli.code).toBe(0);
      expect(download.text, download.kind).toBe(cli.stdout);
      expect(download.fileName).toBe(
        `linkedin-exposure-${download.kind}-2025-08-26.${cliFormat[download.kind]}`,
      );
    }
    const full = await analyzeExport(inputs, options);
    const { records: _records, ...summary } = full;
    expect(result.report).toEqual(summary);
    // The sensitive section as the CLI's formats shape it from the report with every record.
    expect(result.sensitive).toEqual({ rows: findingRows(full), items: flaggedRecordCount(full) });
  });

  it('names the files without a date when the export has none', async () => {
    const report = await analyzeExport(pair.archives.map(readArchive));
    const names = buildPageResult({ ...report, exportDate: null }, defaultPolicy, {
      bom: false,
    }).downloads.map((download) => download.fileName);
    expect(names).toEqual([
      'linkedin-exposure-suggestions.csv',
      'linkedin-exposure-resumes.csv',
      'linkedin-exposure-report.json',
    ]);
  });
});

describe('the records CSV gathered in Blobs', () => {
  it('seals its texts a few at a time and keeps them in order, multi-byte ones included', async () => {
    const parts = new BlobParts(40);
    const texts = Array.from({ length: 50 }, (_, index) => `row ${String(index)} · é😀\r\n`);
    for (const text of texts) parts.add(text);
    // A Blob whenever 40 characters or more are gathered: three or four of these texts each.
    expect(parts.sealed).toBe(16);
    parts.add('tail');
    const blob = parts.blob('text/csv;charset=utf-8');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe(`${texts.join('')}tail`);
  });
});

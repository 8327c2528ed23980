import { describe, expect, it } from 'vitest';
import { analyzeExport, defaultPolicy } from '../src/core/index.js';
import { buildPageResult } from '../src/web/worker/page-result.js';
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
    const report = await analyzeExport(pair.archives.map(readArchive), {
      region: settings.region ?? undefined,
      olderThan: settings.olderThan,
    });
    const result = buildPageResult(report, defaultPolicy, { bom: settings.bom });
    expect(result.downloads.map((download) => download.kind)).toEqual(Object.keys(cliFormat));
    for (const download of result.downloads) {
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
    const { records: _records, ...summary } = report;
    expect(result.report).toEqual(summary);
  });

  it('names the files without a date when the export has none', async () => {
    const report = await analyzeExport(pair.archives.map(readArchive));
    const names = buildPageResult({ ...report, exportDate: null }, defaultPolicy, {
      bom: false,
    }).downloads.map((download) => download.fileName);
    expect(names).toEqual([
      'linkedin-exposure-records.csv',
      'linkedin-exposure-suggestions.csv',
      'linkedin-exposure-resumes.csv',
      'linkedin-exposure-report.json',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { exportDateFromName, isExportName } from '../src/core/archive/export-date.js';
import { analyzeFiles, lines } from './helpers/build-zip.js';

describe('the export date in the archive name (export-format.md §1.1)', () => {
  it.each([
    ['Complete_LinkedInDataExport_11-28-2026.zip', '2026-11-28'],
    ['Basic_LinkedInDataExport_08-26-2025.zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_11-28-2026', '2026-11-28'],
    ['Complete_LinkedInDataExport_08-26-2025 (1).zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025(2).zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025-1.zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025 copy.zip', '2025-08-26'],
    ['Complete_LinkedInDataExport_08-26-2025 copy 2.zip', '2025-08-26'],
  ])('%s: %s', (name, date) => {
    expect(exportDateFromName(name)).toBe(date);
  });

  it.each([
    'export.zip',
    'Complete_LinkedInDataExport_13-01-2026.zip',
    'Complete_LinkedInDataExport_02-30-2026.zip',
    'Complete_LinkedInDataExport_11-28-2026 (old one).zip',
    'Complete_LinkedInDataExport_11-28-2026.zip.bak',
  ])('%s: none', (name) => {
    expect(exportDateFromName(name)).toBeNull();
  });
});

describe("LinkedIn's name for an export, on a folder (export-format.md §1.1)", () => {
  it.each([
    ['Basic_LinkedInDataExport_11-27-2026', true],
    ['Complete_LinkedInDataExport_11-28-2026', true],
    ['Complete_LinkedInDataExport_11-28-2026 (1)', true],
    ['complete_linkedindataexport_11-28-2026.zip', true],
    ['Complete_LinkedInDataExport', false],
    ['Complete_LinkedInDataExport_13-45-2026', false],
    ['Photos_01-02-2024', false],
    ['Jobs', false],
  ])('%s → %s', (name, expected) => {
    expect(isExportName(name)).toBe(expected);
  });
});

describe('the export date from the records, for an archive named without one', () => {
  const comments = lines(
    'Date,Link,Message',
    '2025-08-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,Hello',
  );

  it('is the newest record’s date', async () => {
    const report = await analyzeFiles({ 'Comments.csv': comments }, {}, 'export.zip');
    expect(report.exportDate).toBe('2025-08-01');
  });

  it('is not an event still to come (export-format.md §3.18)', async () => {
    const events = lines(
      'Event Name,Event Time,Status,External Url',
      'Future Summit,"May 07, 2027 08:00 AM - May 07, 2027 11:00 AM",APPROVED,',
    );
    const report = await analyzeFiles(
      { 'Comments.csv': comments, 'Events.csv': events },
      {},
      'export.zip',
    );
    expect(report.exportDate).toBe('2025-08-01');
    expect(
      report.categories.find(
        (category) => category.records > 0 && category.latest === '2027-05-07',
      ),
    ).toBeDefined();
  });
});

describe('the export date of a re-zipped export (export-format.md §1.2)', () => {
  const comments = lines(
    'Date,Link,Message',
    '2025-08-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,Hello',
  );

  it.each([
    {
      name: 'the folder around its files, when the archive’s name has none',
      folder: 'Complete_LinkedInDataExport_11-28-2026',
      archive: 'linkedin.zip',
      date: '2026-11-28',
    },
    {
      name: 'the archive’s own name first',
      folder: 'Complete_LinkedInDataExport_11-28-2026',
      archive: 'Complete_LinkedInDataExport_12-01-2026.zip',
      date: '2026-12-01',
    },
    {
      // export-format.md §0, S10: `DEMO/Basic_LinkedInDataExport_10-02-2026.zip/…`.
      name: 'the export’s own folder inside another one',
      folder: 'DEMO/Complete_LinkedInDataExport_10-02-2026.zip',
      archive: 'DEMO.zip',
      date: '2026-10-02',
    },
    {
      name: 'the inner of two dated folders',
      folder: 'Complete_LinkedInDataExport_11-28-2026/Complete_LinkedInDataExport_10-02-2026',
      archive: 'linkedin.zip',
      date: '2026-10-02',
    },
    {
      name: 'the records, when neither has one',
      folder: 'my export',
      archive: 'linkedin.zip',
      date: '2025-08-01',
    },
    {
      name: 'the records, when no folder has one',
      folder: 'my export/linkedin',
      archive: 'linkedin.zip',
      date: '2025-08-01',
    },
  ])('comes from $name', async ({ folder, archive, date }) => {
    const report = await analyzeFiles({ [`${folder}/Comments.csv`]: comments }, {}, archive);
    expect(report.files.map((file) => file.path)).toEqual(['Comments.csv']);
    expect(report.exportDate).toBe(date);
    expect(report.warnings.some((warning) => warning.code === 'export-date-from-records')).toBe(
      date === '2025-08-01',
    );
  });
});

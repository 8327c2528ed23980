import { describe, expect, it } from 'vitest';
import { exportDateFromName } from '../src/core/archive/export-date.js';
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

  it('comes from the folder around its files when the archive’s name has none', async () => {
    const report = await analyzeFiles(
      { 'Complete_LinkedInDataExport_11-28-2026/Comments.csv': comments },
      {},
      'linkedin.zip',
    );
    expect(report.exportDate).toBe('2026-11-28');
    expect(report.warnings.map((warning) => warning.code)).not.toContain(
      'export-date-from-records',
    );
  });

  it('comes from the archive’s own name first', async () => {
    const report = await analyzeFiles(
      { 'Complete_LinkedInDataExport_11-28-2026/Comments.csv': comments },
      {},
      'Complete_LinkedInDataExport_12-01-2026.zip',
    );
    expect(report.exportDate).toBe('2026-12-01');
  });

  it('is the records’ when neither has one', async () => {
    const report = await analyzeFiles({ 'my export/Comments.csv': comments }, {}, 'linkedin.zip');
    expect(report.exportDate).toBe('2025-08-01');
  });
});

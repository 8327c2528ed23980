import { describe, expect, it } from 'vitest';
import { analyzeExport } from '../src/core/index.js';
import { reportSummary } from '../src/format/json.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';

const fixtures = listFixtures();

describe.each(fixtures)('fixture $name', ({ name, archives, expected }) => {
  const analyzed = analyzeExport(archives.map(readArchive));

  it('counts every category exactly as the generator wrote it', async () => {
    const report = await analyzed;
    const counts = Object.fromEntries(
      report.categories.map((category) => [category.id, category.records]),
    );
    expect(counts).toEqual(expected.categories);
  });

  it('detects the export kind and date', async () => {
    const report = await analyzed;
    expect({ kind: report.exportKind, date: report.exportDate }).toEqual({
      kind: expected.exportKind,
      date: expected.exportDate,
    });
  });

  it('reports unknown only the entries the fixture adds on purpose', async () => {
    const report = await analyzed;
    const unknown = report.files
      .filter((file) => file.status === 'unknown')
      .map((file) => file.path);
    expect(unknown.sort()).toEqual([...expected.unknownEntries].sort());
    expect(report.files.filter((file) => file.status === 'failed')).toEqual([]);
  });

  it('lists the distinct resumes the generator used', async () => {
    const report = await analyzed;
    const names = report.resumes
      .filter((resume) => resume.source === 'applications')
      .map((resume) => resume.name.toLowerCase());
    expect(names.sort()).toEqual(expected.resumeNames.map((resume) => resume.toLowerCase()).sort());
  });

  it('adds up: category records equal the records list', async () => {
    const report = await analyzed;
    expect(report.totals.records).toBe(report.records.length);
  });

  it('matches its golden report', async () => {
    const report = await analyzed;
    await expect(`${JSON.stringify(reportSummary(report), null, 2)}\n`).toMatchFileSnapshot(
      `golden/${name}.report.json`,
    );
  });
});

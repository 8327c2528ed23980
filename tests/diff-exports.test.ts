import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PLANTED_SENSITIVE } from '../fixtures/generator/planted-sensitive.js';
import {
  analyzeExport,
  diffReports,
  exportDiffSchema,
  isExposureInputError,
  type ClassifiedRecord,
  type ExportDiff,
  type ExposureReport,
} from '../src/core/index.js';
import { diffCsvColumns } from '../src/format/diff.js';
import { readArchive, repoRoot, sampleArchive } from './helpers/fixtures.js';
import { newerExport, newerZipName } from './helpers/newer-export.js';
import { runInProcess } from './helpers/run-in-process.js';

/**
 * The member deleted the four planted items, the first stored resume text, one old post and one
 * old comment, then downloaded a new export that also holds one new post.
 */
const older = readArchive(sampleArchive);
const olderReport: ExposureReport = await analyzeExport([older]);
// Values shown, to find the planted items by their text (ids do not depend on masking).
const olderRaw: ExposureReport = await analyzeExport([older], { showValues: true });

function singleLine(kind: ClassifiedRecord['kind']): ClassifiedRecord {
  const record = olderReport.records.find(
    (candidate) =>
      candidate.kind === kind &&
      candidate.category !== 'group-activity' &&
      candidate.link !== null &&
      candidate.text !== null &&
      !candidate.text.includes('\n') &&
      !candidate.text.includes('"') &&
      olderReport.records.filter((other) => other.link === candidate.link).length === 1,
  );
  if (record === undefined) throw new Error(`no single-line ${kind}`);
  return record;
}

const oldPost = singleLine('post');
const oldComment = singleLine('comment');
const firstResumeText = olderReport.records.find((record) => record.kind === 'resume-text');
const removedMarkers = [
  ...PLANTED_SENSITIVE.map((item) => ({ file: item.file, contains: item.marker })),
  { file: /^Private_identity_asset\.csv$/u, contains: 'Data engineer with ten years' },
  { file: /^Shares_\d+\.csv$/u, contains: oldPost.link ?? '' },
  { file: /^Comments_\d+\.csv$/u, contains: oldComment.link ?? '' },
];
const newPostLine =
  '2027-01-10 08:30:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7284000000000000001,Back from the winter break with a new team.,"","",MEMBER_NETWORK';
const newer = {
  name: newerZipName,
  bytes: await newerExport(older.bytes, {
    remove: removedMarkers,
    add: [{ file: /^Shares_\d+\.csv$/u, line: newPostLine }],
  }),
};
const newerReport: ExposureReport = await analyzeExport([newer]);

function idsHolding(report: ExposureReport, text: string): string[] {
  return report.records.filter((record) => record.text?.includes(text)).map((record) => record.id);
}

const removedIds = [
  ...PLANTED_SENSITIVE.flatMap((item) => idsHolding(olderRaw, item.marker)),
  firstResumeText?.id ?? '',
  oldPost.id,
  oldComment.id,
].sort();

describe('diffReports on two generated exports of one account', () => {
  const diff: ExportDiff = diffReports(olderReport, newerReport);

  it('reports exactly the removed items as deleted', () => {
    expect(removedIds).toHaveLength(7);
    expect(diff.deleted.map((item) => item.id).sort()).toEqual(removedIds);
  });

  it('reports exactly the added post as new', () => {
    expect(diff.added.map((item) => [item.kind, item.date, item.excerpt])).toEqual([
      ['post', '2027-01-10', 'Back from the winter break with a new team.'],
    ]);
  });

  it('lists what of the older plan is still there, and nothing deleted', () => {
    const recordIds = new Set(newerReport.records.map((record) => record.id));
    const expected = olderReport.suggestions
      .map((suggestion) => suggestion.id)
      .filter((id) => recordIds.has(id));
    expect(diff.remaining.map((item) => item.id).sort()).toEqual(expected.sort());
    expect(diff.remaining.some((item) => removedIds.includes(item.id))).toBe(false);
    expect(diff.notCheckable).toBe(
      olderReport.suggestions.filter(
        (suggestion) => !olderReport.records.some((record) => record.id === suggestion.id),
      ).length,
    );
  });

  it('gives each item its category, date, link, masked excerpt and findings', () => {
    const post = diff.deleted.find((item) => item.findings.includes('phone'));
    expect(post).toMatchObject({ category: 'posts', kind: 'post', date: '2021-03-14' });
    expect(post?.link).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:share:/u);
    expect(post?.excerpt).toMatch(/^Flat hunting in Austin again!/u);
    const resume = diff.deleted.find((item) => item.findings.includes('postal-address'));
    expect(resume?.excerpt).toContain('Home address: 1••• E••• S•••, A•••, T••• 7•••');
    expect(JSON.stringify(diff)).not.toMatch(/1428 Elm|512 555/u);
    expect(exportDiffSchema.parse(diff)).toEqual(diff);
  });

  it('refuses the exports in the wrong order', () => {
    let code = '';
    try {
      diffReports(newerReport, olderReport);
    } catch (error) {
      if (isExposureInputError(error)) code = error.code;
    }
    expect(code).toBe('USAGE');
  });
});

describe('linkedin-exposure diff', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-diff-'));
  const newerPath = path.join(dir, newerZipName);
  writeFileSync(newerPath, newer.bytes);
  const olderPath = path.join(repoRoot, sampleArchive);

  it('prints the same diff as JSON', async () => {
    const result = await runInProcess(['diff', olderPath, newerPath, '--format', 'json']);
    expect(result.code).toBe(0);
    const diff = exportDiffSchema.parse(JSON.parse(result.stdout));
    expect(diff.deleted.map((item) => item.id).sort()).toEqual(removedIds);
  });

  it('writes one CSV row per item, with its status', async () => {
    const result = await runInProcess(['diff', olderPath, newerPath, '--format', 'csv']);
    const [header, ...rows] = Papa.parse<string[]>(result.stdout, { skipEmptyLines: true }).data;
    expect(header).toEqual([...diffCsvColumns]);
    const byStatus = (status: string) => rows.filter((row) => row[0] === status).length;
    expect([byStatus('deleted'), byStatus('new')]).toEqual([7, 1]);
    expect(byStatus('still-there')).toBeGreaterThan(50);
  });

  it('prints tables and Markdown with the three parts', async () => {
    for (const format of ['table', 'markdown']) {
      const result = await runInProcess(['diff', olderPath, newerPath, '--format', format]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Deleted since (7)');
      expect(result.stdout).toContain('New (1)');
      expect(result.stdout).toMatch(/Still there \(\d+\)/u);
      expect(result.stdout).not.toContain('512 555 0147');
    }
  });

  it('redacts the excerpts with --redact', async () => {
    const result = await runInProcess([
      'diff',
      olderPath,
      newerPath,
      '--format',
      'json',
      '--redact',
    ]);
    const diff = exportDiffSchema.parse(JSON.parse(result.stdout));
    expect(diff.added[0]?.excerpt).toBe('[text: 43 chars]');
  });

  it('takes the limits its errors advise raising, and --policy and --quiet', async () => {
    const tight = await runInProcess(['diff', olderPath, newerPath, '--max-entries', '3']);
    expect(tight.code).toBe(2);
    expect(tight.stderr).toMatch(/raise --max-entries/u);
    const raised = await runInProcess([
      'diff',
      olderPath,
      newerPath,
      '--max-entries',
      '20000',
      '--max-depth',
      '3',
      '--quiet',
      '--format',
      'json',
    ]);
    expect(raised.code).toBe(0);
    const policyFile = path.join(dir, 'policy.json');
    writeFileSync(policyFile, '{}');
    const badPolicy = await runInProcess(['diff', olderPath, newerPath, '--policy', policyFile]);
    expect(badPolicy.code).toBe(2);
    expect(badPolicy.stderr).toMatch(/policy file .*policy\.json is not valid/u);
  });

  it('exits 2 with one line when the newer export comes first', async () => {
    const result = await runInProcess(['diff', newerPath, olderPath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/give the older export first/u);
  });

  it('is documented in the README with its CSV columns', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `diff`'));
    expect(row?.split('|')[2]?.trim().replaceAll('`', '').split(', ')).toEqual([...diffCsvColumns]);
  });
});

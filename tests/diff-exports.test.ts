import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PLANTED_SENSITIVE } from '../fixtures/generator/planted-sensitive.js';
import { catalog } from '../src/core/catalog/index.js';
import {
  analyzeExport,
  diffReports,
  exportDiffSchema,
  isExposureInputError,
  type ClassifiedRecord,
  type ExportDiff,
  type ExposureReport,
} from '../src/core/index.js';
import { diffCsvColumns, diffFormatters } from '../src/format/diff.js';
import { analyzeFiles, csv, type ExportFiles } from './helpers/build-zip.js';
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

  // An export without a date is named by its archives, and a ZIP inside one can be named with
  // escape sequences: the table is for a terminal.
  it('names the exports in the table heading without their control characters', () => {
    const named = {
      ...diff,
      older: {
        ...diff.older,
        exportDate: null,
        inputs: ['a.zip › \u001b]0;title\u0007\u009b2J.zip'],
      },
    };
    const table = diffFormatters.table(named, { color: false, width: 120, bom: false });
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(table).toContain('a.zip');
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

/**
 * Exports the newer one cannot confirm deletions from: a Basic export of the same account (the
 * sample without its Complete-only files, export-format.md §1.6) and a Complete one whose comments
 * could not be read. Neither may report an item as deleted that it could not have held or read.
 */
const completeOnly = new Set(catalog.filter((spec) => spec.completeOnly).map((spec) => spec.id));
const commentsFile = /^Comments_\d+\.csv$/u;

async function rezipped(
  bytes: Uint8Array,
  change: (zip: JSZip) => Promise<void> | void,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const basicNewer = {
  name: 'Basic_LinkedInDataExport_01-15-2027.zip',
  bytes: await rezipped(older.bytes, (zip) => {
    for (const file of olderReport.files) {
      if (file.table !== null && completeOnly.has(file.table)) zip.remove(file.path);
    }
  }),
};
const basicNewerReport = await analyzeExport([basicNewer]);

/** The sample with the header of its comments file replaced, so that the file fails to read. */
async function brokenComments(bytes: Uint8Array): Promise<Uint8Array> {
  return rezipped(bytes, async (zip) => {
    const [path] = Object.keys(zip.files).filter((name) => commentsFile.test(name));
    if (path === undefined) throw new Error('no comments file');
    const text = (await zip.file(path)?.async('string')) ?? '';
    zip.file(path, text.replace(/^[^\n]*/u, 'Foo,Bar,Baz'));
  });
}

/** The sample's in-scope records from files only a Complete export holds. */
const tableOfOlder = new Map(olderReport.files.map((file) => [file.path, file.table]));
const fromCompleteOnly = olderReport.records.filter(
  (record) =>
    record.scope === 'in-scope' && completeOnly.has(tableOfOlder.get(record.source.file) ?? ''),
);

const failedNewer = { name: newerZipName, bytes: await brokenComments(older.bytes) };
const failedNewerReport = await analyzeExport([failedNewer]);
const olderComments = olderReport.records.filter(
  (record) => record.scope === 'in-scope' && commentsFile.test(record.source.file),
);

describe('diffReports when the newer export did not read what the older one holds', () => {
  it('reports nothing of the Complete-only tables as deleted when the newer export is Basic', () => {
    expect(basicNewerReport.exportKind).toBe('basic');
    const diff = diffReports(olderReport, basicNewerReport);
    expect(diff.deleted).toEqual([]);
    expect(fromCompleteOnly.length).toBeGreaterThan(50);
    expect(diff.unchecked.map((item) => item.id).sort()).toEqual(
      fromCompleteOnly.map((record) => record.id).sort(),
    );
    expect(new Set(diff.unchecked.map((item) => item.reason))).toEqual(new Set(['basic-export']));
    expect(diff.newer.exportKind).toBe('basic');
    expect(exportDiffSchema.parse(diff)).toEqual(diff);
  });

  it('reports no item of a table the newer export failed to read as deleted', () => {
    expect(failedNewerReport.files.find((file) => commentsFile.test(file.path))?.status).toBe(
      'failed',
    );
    const diff = diffReports(olderReport, failedNewerReport);
    expect(olderComments.length).toBeGreaterThan(10);
    expect(diff.deleted).toEqual([]);
    expect(diff.unchecked.map((item) => [item.id, item.reason]).sort()).toEqual(
      olderComments.map((record) => [record.id, 'not-read']).sort(),
    );
  });

  it('carries the warnings of both exports, each marked with its side', () => {
    const diff = diffReports(olderReport, failedNewerReport);
    expect(olderReport.warnings).toEqual([]);
    expect(diff.warnings).toEqual(
      failedNewerReport.warnings.map((warning) => ({ ...warning, side: 'newer' })),
    );
    expect(diff.warnings.map((warning) => warning.code)).toContain('table-failed');
    const backwards = diffReports(failedNewerReport, basicNewerReport);
    expect(backwards.warnings.map((warning) => [warning.side, warning.code])).toEqual([
      ...failedNewerReport.warnings.map((warning) => ['older', warning.code]),
      ...basicNewerReport.warnings.map((warning) => ['newer', warning.code]),
    ]);
  });

  it('warns when an export is compared with itself, and only then', () => {
    const same = diffReports(olderReport, olderReport);
    expect(same.warnings.map((warning) => [warning.side, warning.code])).toEqual([
      ['both', 'same-export'],
    ]);
    expect(diffReports(olderReport, newerReport).warnings).toEqual([]);
  });
});

/** Small exports built in memory: which reason each item gone from the newer export gets. */
describe('diffReports on small exports: deleted, or not checked and why', () => {
  const feed = 'https://www.linkedin.com/feed/update/';
  const comments = csv('Date,Link,Message', [
    ['2025-03-01 08:00:00', `${feed}urn%3Ali%3Aactivity%3A7100000000000000003`, 'Nice one'],
  ]);
  const skills = csv('Name', [['SQL']]);
  const profileHeader =
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers';
  const profile = (headline: string, summary: string) =>
    csv(profileHeader, [['', '', '', '', '', headline, summary, '', '', '', '[]', '[]', '[]']]);
  const olderFiles = {
    'Comments.csv': comments,
    'Skills.csv': skills,
    'Profile.csv': profile('Data analyst', 'I analyse data'),
  };
  const complete = 'Complete_LinkedInDataExport_01-15-2027.zip';

  it.each<{
    name: string;
    zip: string;
    files: ExportFiles;
    deleted: string[];
    unchecked: string[][];
  }>([
    {
      // Every comment deleted: LinkedIn writes the header alone, a file read in full.
      name: 'a header-only comments file',
      zip: complete,
      files: { ...olderFiles, 'Comments.csv': 'Date,Link,Message\n' },
      deleted: ['comment'],
      unchecked: [],
    },
    {
      // Skills.csv is in Basic exports too: its absence is not explained by the export's kind.
      name: 'a Basic export without comments and skills',
      zip: 'Basic_LinkedInDataExport_01-15-2027.zip',
      files: { 'Profile.csv': olderFiles['Profile.csv'] },
      deleted: [],
      unchecked: [
        ['comment', 'basic-export'],
        ['skill', 'file-missing'],
      ],
    },
    {
      // A row, but no record in it (zero-records): the file lost what it held.
      name: 'a profile file that yields no record',
      zip: complete,
      files: { ...olderFiles, 'Profile.csv': profile('', '') },
      deleted: [],
      unchecked: [['profile', 'not-read']],
    },
  ])('$name', async ({ zip, files, deleted, unchecked }) => {
    const older = await analyzeFiles(olderFiles);
    const diff = diffReports(older, await analyzeFiles(files, {}, zip));
    expect(diff.deleted.map((item) => item.kind)).toEqual(deleted);
    expect(diff.unchecked.map((item) => [item.kind, item.reason]).sort()).toEqual(unchecked);
  });

  it.each([
    {
      name: 'an export before 2026 and one with a member id',
      older: 'Comments.csv',
      newer: 'Comments_1234567890.csv',
    },
    {
      name: 'an export with a member id and one without',
      older: 'Comments_1234567890.csv',
      newer: 'Comments.csv',
    },
  ])('does not say two members when only one export names one: $name', async (paths) => {
    const older = await analyzeFiles({ [paths.older]: comments });
    const newer = await analyzeFiles({ [paths.newer]: comments }, {}, complete);
    expect(diffReports(older, newer).warnings.map((warning) => warning.code)).toEqual([]);
  });
});

describe('diffReports on one account exported in the ways LinkedIn wrote over the years', () => {
  const feed = 'https://www.linkedin.com/feed/update/';
  const shares = (lineBreak: string) =>
    [
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
      `2024-01-05 10:00:00,${feed}urn%3Ali%3Ashare%3A7100000000000000001,"Line one""${lineBreak}""line two",,,MEMBER_NETWORK`,
      '',
    ].join(lineBreak);
  const comments = (lineBreak: string) =>
    [
      'Date,Link,Message',
      `2024-01-06 10:00:00,${feed}urn%3Ali%3Aactivity%3A7100000000000000002,"Hi, all${lineBreak}second line"`,
      '',
    ].join(lineBreak);
  const aiChat = (content: string) =>
    csv(
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
      [
        [
          '2-guide',
          '',
          'Ada Lovelace',
          '',
          'LinkedIn',
          '',
          '2025-03-01 10:00:00 UTC',
          '',
          content,
          'INBOX',
        ],
      ],
    );
  const richMedia = (signature: string) =>
    csv('Date/Time,Media Description,Media Link', [
      [
        'You uploaded a feed photo on February 7, 2025 at 9:15 AM (GMT)',
        'At the meetup',
        `https://media.licdn.com/dms/image/v2/D4E22AQH/feedshare-shrink_800/0/1738919700000?${signature}`,
      ],
    ]);

  it.each<{ name: string; older: ExportFiles; newer: ExportFiles }>([
    // export-format.md §1.3, §3.20: Shares.csv was CRLF in March 2024, its wrapped lines `"\r\n"`.
    {
      name: 'a multi-line post, CRLF then LF',
      older: { 'Shares.csv': shares('\r\n') },
      newer: { 'Shares.csv': shares('\n') },
    },
    // §1.3, §3.21: a quoted multi-line comment held CRLF inside its quotes.
    {
      name: 'a quoted multi-line comment, CRLF then LF',
      older: { 'Comments.csv': comments('\r\n') },
      newer: { 'Comments.csv': comments('\n') },
    },
    // §3.26: the Media Link is signed anew for every export.
    {
      name: 'an upload whose media link was signed again',
      older: { 'Rich_Media.csv': richMedia('e=1740000000&v=beta&t=Abc') },
      newer: { 'Rich_Media.csv': richMedia('e=1790000000&v=beta&t=Xyz') },
    },
    // §3.15: endorsement files before mid-2023 have no Endorser Public Url column.
    {
      name: 'an endorsement, before and after its file gained a link column',
      older: {
        'Endorsement_Received_Info.csv': csv(
          'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status',
          [['2022/08/11 03:10:26 UTC', 'Python', 'Ann', 'Lee', 'ACCEPTED']],
        ),
      },
      newer: {
        'Endorsement_Received_Info.csv': csv(
          'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status',
          [
            [
              '2022/08/11 03:10:26 UTC',
              'Python',
              'Ann',
              'Lee',
              'www.linkedin.com/in/annlee',
              'ACCEPTED',
            ],
          ],
        ),
      },
    },
    // §3.2, §4.4: before 2026 the CONTENT of these files had its line breaks flattened.
    {
      name: "a chat with LinkedIn's assistant, flattened then with its line breaks",
      older: { 'guide_messages.csv': aiChat('First point.  Second point.') },
      newer: { 'guide_messages.csv': aiChat('First point.\n\nSecond point.') },
    },
  ])('$name: the same record, neither deleted nor new', async ({ older, newer }) => {
    const olderReport = await analyzeFiles(
      older,
      { keepRecords: 'all' },
      'Complete_LinkedInDataExport_03-20-2024.zip',
    );
    const newerReport = await analyzeFiles(
      newer,
      { keepRecords: 'all' },
      'Complete_LinkedInDataExport_08-26-2025.zip',
    );
    expect(olderReport.records).toHaveLength(1);
    expect(olderReport.records.map((record) => record.id)).toEqual(
      newerReport.records.map((record) => record.id),
    );
    const diff = diffReports(olderReport, newerReport);
    expect([diff.deleted, diff.added]).toEqual([[], []]);
  });

  it('an answer sent with an application keeps its id when the saved answers are deleted', async () => {
    // §4.2: the saved answers help split an application's answers; the plan says to delete them.
    const question =
      'Please read https://jobs.example.com/eeo and tell us if you have a disability';
    const applications = csv(
      'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
      [
        [
          '5/20/23, 10:30 AM',
          '',
          '',
          'Northgale Bank',
          'Engineer',
          'http://www.linkedin.com/jobs/view/8704',
          'Jane_CV.pdf',
          `First name:Jane | ${question}:Yes, I have a disability | Years of Python:7`,
        ],
      ],
    );
    const savedAnswers = csv('Question,Answer', [[question, 'Yes, I have a disability']]);
    const olderReport = await analyzeFiles(
      {
        'Jobs/Job Applications.csv': applications,
        'Job Applicant Saved Screening Question Responses.csv': savedAnswers,
      },
      { keepRecords: 'all' },
      'Complete_LinkedInDataExport_03-20-2024.zip',
    );
    const newerReport = await analyzeFiles(
      { 'Jobs/Job Applications.csv': applications },
      { keepRecords: 'all' },
      'Complete_LinkedInDataExport_08-26-2025.zip',
    );
    const answerIds = (report: ExposureReport) =>
      report.records
        .filter((record) => record.kind === 'application-answer')
        .map((record) => record.id);
    expect(answerIds(olderReport)).toHaveLength(3);
    expect(answerIds(newerReport)).toEqual(answerIds(olderReport));
    const diff = diffReports(olderReport, newerReport);
    // The saved answer's file is missing from the newer export: not checked, never deleted.
    expect([diff.deleted, diff.added]).toEqual([[], []]);
  });

  it('an edited profile is not the profile of the older plan, still there', async () => {
    const profile = (summary: string) =>
      csv('First Name,Last Name,Headline,Summary', [['Jane', 'Doe', 'Data engineer', summary]]);
    const olderReport = await analyzeFiles(
      { 'Profile.csv': profile('Call me at +1 415 555 0199. Back after my cancer treatment.') },
      {},
      'Complete_LinkedInDataExport_03-20-2024.zip',
    );
    const newerReport = await analyzeFiles(
      { 'Profile.csv': profile('Building boring pipelines.') },
      {},
      'Complete_LinkedInDataExport_08-26-2025.zip',
    );
    const diff = diffReports(olderReport, newerReport);
    expect(diff.remaining.filter((item) => item.kind === 'profile')).toEqual([]);
    expect(diff.deleted.map((item) => item.kind)).toEqual(['profile']);
  });
});

describe('diffReports when the older export did not hold what the newer one does', () => {
  it('warns that the items of Complete-only files may not be new after a Basic export', async () => {
    const basicOlder = {
      name: 'Basic_LinkedInDataExport_11-27-2026.zip',
      bytes: basicNewer.bytes,
    };
    const diff = diffReports(await analyzeExport([basicOlder]), olderReport);
    expect(fromCompleteOnly.length).toBeGreaterThan(50);
    expect(diff.added.map((item) => item.id).sort()).toEqual(
      fromCompleteOnly.map((record) => record.id).sort(),
    );
    const warning = diff.warnings.find((candidate) => candidate.code === 'added-not-checked');
    expect(warning?.side).toBe('both');
    expect(warning?.message).toContain(`${String(fromCompleteOnly.length)} items listed as new`);
    expect(warning?.message).toContain('it is a Basic export');
  });

  it('warns when the activity files of the two exports name different members', async () => {
    const someoneElse = {
      name: newerZipName,
      bytes: await rezipped(older.bytes, async (zip) => {
        for (const name of Object.keys(zip.files)) {
          const renamed = name.replace(/_\d{5,}\.csv$/u, '_4455667788.csv');
          const file = zip.file(name);
          if (renamed === name || file === null) continue;
          zip.file(renamed, await file.async('uint8array'));
          zip.remove(name);
        }
      }),
    };
    const memberIdFiles = olderReport.files.filter((file) => /_\d{5,}\.csv$/u.test(file.path));
    expect(memberIdFiles.length).toBeGreaterThan(2);
    const diff = diffReports(olderReport, await analyzeExport([someoneElse]));
    expect(diff.warnings.map((warning) => [warning.side, warning.code])).toEqual([
      ['both', 'different-members'],
    ]);
    expect(diffReports(olderReport, newerReport).warnings).toEqual([]);
  });

  it('names no Basic export when the older one is Complete but lacks a file', async () => {
    const withoutComments = {
      name: 'Complete_LinkedInDataExport_11-27-2026.zip',
      bytes: await rezipped(older.bytes, (zip) => {
        for (const name of Object.keys(zip.files)) if (commentsFile.test(name)) zip.remove(name);
      }),
    };
    const diff = diffReports(await analyzeExport([withoutComments]), olderReport);
    const warning = diff.warnings.find((candidate) => candidate.code === 'added-not-checked');
    expect(warning?.message).toMatch(/^\d+ items listed as new/u);
    expect(warning?.message).not.toContain('Basic');
  });

  it('warns when the profiles of exports without member numbers carry different names', async () => {
    const otherPerson = readArchive(
      'fixtures/complete-2025/Complete_LinkedInDataExport_08-26-2025.zip',
    );
    const diff = diffReports(await analyzeExport([otherPerson]), olderReport);
    expect(diff.warnings.map((warning) => warning.code)).toContain('different-profiles');
    expect(diff.warnings.map((warning) => warning.code)).not.toContain('different-members');
  });

  it('does not warn when the older export read every table of the new items', () => {
    expect(
      diffReports(olderReport, newerReport).warnings.filter(
        (warning) => warning.code === 'added-not-checked',
      ),
    ).toEqual([]);
  });
});

describe('linkedin-exposure diff with warnings on both sides', () => {
  // The older export is the sample with its comments unreadable; the newer one a Basic export.
  const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-diff-warnings-'));
  const olderPath = path.join(dir, 'Complete_LinkedInDataExport_11-28-2026.zip');
  const newerPath = path.join(dir, basicNewer.name);
  const olderWritten = brokenComments(older.bytes).then((bytes) => {
    writeFileSync(olderPath, bytes);
  });
  writeFileSync(newerPath, basicNewer.bytes);
  // Markdown escapes the underscore of the file name.
  const olderWarning = /Older export: Comments\\?_\d+\.csv could not be read/u;
  const newerWarning = /Newer export: Only a Basic archive was given/u;

  it('lists them in the JSON', async () => {
    await olderWritten;
    const result = await runInProcess(['diff', olderPath, newerPath, '--format', 'json']);
    expect(result.code).toBe(0);
    const diff = exportDiffSchema.parse(JSON.parse(result.stdout));
    expect(diff.warnings.map((warning) => [warning.side, warning.code])).toEqual([
      ['older', 'table-failed'],
      ['newer', 'basic-only'],
    ]);
    expect(diff.deleted).toEqual([]);
    expect(diff.unchecked.every((item) => item.reason === 'basic-export')).toBe(true);
  });

  it('prints them in the table and Markdown, with the group not checked and not as deleted', async () => {
    await olderWritten;
    for (const format of ['table', 'markdown']) {
      const result = await runInProcess(['diff', olderPath, newerPath, '--format', format]);
      expect(result.code).toBe(0);
      const text = result.stdout.replaceAll(/\s+/gu, ' ');
      expect(text).toMatch(olderWarning);
      expect(text).toMatch(newerWarning);
      expect(text).toContain('Deleted since (0)');
      expect(text).toMatch(/Not checked \(\d+\)/u);
      expect(text).toMatch(/come from files only a Complete export holds/u);
    }
  });

  it('writes them on stderr for CSV, and the items not checked as rows', async () => {
    await olderWritten;
    const result = await runInProcess(['diff', olderPath, newerPath, '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(olderWarning);
    expect(result.stderr).toMatch(newerWarning);
    const rows = Papa.parse<string[]>(result.stdout, { skipEmptyLines: true }).data.slice(1);
    expect(rows.filter((row) => row[0] === 'deleted')).toEqual([]);
    expect(rows.filter((row) => row[0] === 'not-checked').length).toBeGreaterThan(50);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildHostileFixtures, declareSize } from '../fixtures/generator/hostile.js';
import { displayWidth } from '../src/format/terminal-text.js';
import { analyzeExport } from '../src/core/analyze.js';
import { zipDamageOf } from '../src/core/archive/open-zip.js';
import { analyzeFiles, buildZip, completeZipName } from './helpers/build-zip.js';
import { repoRoot } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';

const hostile = (name: string) => path.join('fixtures', 'hostile', name);

interface ReportJson {
  files: { path: string; status: string; note: string | null }[];
  warnings: { code: string; message: string }[];
  categories: { id: string; records: number }[];
}

describe('hostile fixtures are made by the committed script', () => {
  it('regenerates every committed hostile fixture byte for byte', async () => {
    for (const fixture of await buildHostileFixtures()) {
      const committed = readFileSync(path.join(repoRoot, hostile(fixture.name)));
      expect(Buffer.from(fixture.bytes).equals(committed), fixture.name).toBe(true);
    }
  });
});

describe('unusable archives: exit 2 and one line that says what to do', () => {
  const cases: { fixture: string; message: RegExp }[] = [
    {
      fixture: 'statement-pdf-renamed.zip',
      message: /not a ZIP archive \(it looks like a PDF document\).*Get a copy of your data/u,
    },
    {
      fixture: 'login-page-saved-as.zip',
      message: /not a ZIP archive \(it looks like a web page\)/u,
    },
    {
      fixture: 'empty-download.zip',
      message: /is empty \(0 bytes\), probably an interrupted download/u,
    },
    {
      fixture: 'truncated-download.zip',
      message:
        /is damaged or incomplete \(it ends too soon, as an interrupted download does\): download it again/u,
    },
    {
      fixture: 'corrupt-central-directory.zip',
      message: /is damaged or incomplete \((?:its list of files is damaged|it ends too soon)/u,
    },
    {
      fixture: 'password-protected.zip',
      message: /is password-protected; LinkedIn's exports never are/u,
    },
    {
      fixture: 'holiday-photos.zip',
      message: /holds no LinkedIn export files, so it is not a LinkedIn data export/u,
    },
    { fixture: 'other-service-export.zip', message: /holds no LinkedIn export files/u },
    { fixture: 'empty-archive.zip', message: /holds no LinkedIn export files/u },
    {
      fixture: 'too-many-entries.zip',
      message: /lists 10,004 files, more than the 10,000 .*--max-entries/u,
    },
    { fixture: 'nested-five-deep.zip', message: /deeper than 2 levels .*--max-depth/u },
  ];
  it.each(cases)('$fixture', async ({ fixture, message }) => {
    const result = await runInProcess([hostile(fixture)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    // jszip's own words ("Corrupted zip: …") are no help to a member.
    expect(result.stderr).not.toMatch(/corrupted zip|central dir/iu);
  });

  // A re-zip by a tool set to bzip2 (method 12): jszip reads stored and deflated entries only.
  it('a ZIP with entries compressed by another method: one line that says to re-zip it', async () => {
    const bytes = await buildZip({ 'Profile.csv': 'First Name,Last Name\nJane,Doe\n' });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at + 4 <= bytes.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint16(at + 8, 12, true);
      if (signature === 0x02014b50) view.setUint16(at + 10, 12, true);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-bzip2-'));
    const archive = path.join(dir, 'rezipped.zip');
    writeFileSync(archive, bytes);
    const result = await runInProcess([archive]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /rezipped\.zip was zipped again with a compression LinkedIn never uses \(Profile\.csv is neither stored nor deflated\)/u,
    );
  });

  it('opens deeper nesting when asked with --max-depth', async () => {
    const result = await runInProcess([
      hostile('nested-five-deep.zip'),
      '--max-depth',
      '5',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(report.categories.find((category) => category.id === 'profile')?.records).toBe(3);
  });
});

describe('decompression bombs: skipped with a named warning, bounded memory, the rest still reported', () => {
  const bombs = [
    {
      fixture: 'bomb-declared-size.zip',
      file: 'messages.csv',
      code: 'entry-declared-too-large',
      message: /declares 4\.0 GiB, over the 2\.0 GiB limit/u,
    },
    {
      fixture: 'bomb-compression-ratio.zip',
      file: 'Comments.csv',
      code: 'entry-compression-ratio',
      message: /more than 300 times its compressed size.*--max-ratio/u,
    },
  ];

  it.each(bombs)('$fixture in a 160 MB heap', ({ fixture, file, code, message }) => {
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=160',
        path.join(repoRoot, 'bin/linkedin-exposure.js'),
        hostile(fixture),
        '--format',
        'json',
      ],
      { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
    );
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(report.files.find((entry) => entry.path === file)?.status).toBe('failed');
    const warning = report.warnings.find((candidate) => candidate.code === code);
    expect(warning?.message).toMatch(message);
    expect(report.categories.find((category) => category.id === 'profile')?.records).toBe(3);
  });

  it('reads on once the ratio limit is raised, up to the length no LinkedIn row reaches', async () => {
    const result = await runInProcess([
      hostile('bomb-compression-ratio.zip'),
      '--max-ratio',
      '5000',
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(report.files.find((entry) => entry.path === 'Comments.csv')).toMatchObject({
      status: 'failed',
      note: 'not read: a row over 16,777,216 characters',
    });
    const codes = report.warnings.map((warning) => warning.code);
    expect(codes).toContain('row-too-long');
    expect(codes).not.toContain('entry-compression-ratio');
    expect(report.categories.find((category) => category.id === 'profile')?.records).toBe(3);
  });

  it('stops at the declared size, the actual size and the total size', async () => {
    const codes = async (args: string[]) =>
      (
        JSON.parse((await runInProcess([...args, '--format', 'json'])).stdout) as ReportJson
      ).warnings.map((warning) => warning.code);
    const bomb = hostile('bomb-compression-ratio.zip');
    expect(await codes([bomb, '--max-ratio', '5000', '--max-entry-size', '1MB'])).toContain(
      'entry-declared-too-large',
    );
    expect(await codes([bomb, '--max-ratio', '5000', '--max-total-size', '2MB'])).toContain(
      'entry-total-too-large',
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-'));
    const lying = path.join(dir, 'Complete_LinkedInDataExport_11-28-2026.zip');
    // The archive claims 100 bytes; only counting while inflating catches the lie, at the 101st.
    writeFileSync(lying, declareSize(readFileSync(path.join(repoRoot, bomb)), 'Comments.csv', 100));
    expect(await codes([lying, '--max-ratio', '5000', '--max-entry-size', '1MB'])).toContain(
      'entry-beyond-declared',
    );
  });
});

describe('one endless row or page within every archive limit: a warning, not a crash or a hang', () => {
  const articlePath = 'Articles/Articles/my-article-jane-doe-ab1cd.html';
  // Text this repetitive deflates far better than the compression-ratio limit allows.
  const options = { limits: { maxCompressionRatio: 1_000_000 } };
  const profile = 'First Name,Last Name,Headline\nJane,Doe,Analyst\n';

  it.each([
    ['a million unclosed "<"', '<'.repeat(1_000_000)],
    ['a hundred thousand unclosed <style> tags', '<style>'.repeat(100_000)],
    [
      'a hundred thousand unclosed <h1> and <p class="created"> tags',
      '<h1><p class="created">'.repeat(100_000),
    ],
    [
      'a heading of a hundred thousand links without a closing quote',
      `<h1>${'<a href="x'.repeat(100_000)}</h1>`,
    ],
  ])('an article page of %s is read in one pass', async (_, page) => {
    // Patterns tried again at every "<" took minutes on pages like these (86 s for 400,000 "<").
    const report = await analyzeFiles({ [articlePath]: page, 'Profile.csv': profile }, options);
    expect(report.files.find((entry) => entry.path === articlePath)?.status).toBe('parsed');
    expect(report.records.filter((record) => record.kind === 'article')).toHaveLength(1);
  });

  it('an article page over 16 MiB is not read, and said so; the rest is', async () => {
    const report = await analyzeFiles(
      {
        [articlePath]: `<html><body><p>${'a'.repeat(17 * 1024 * 1024)}</p></body></html>`,
        'Profile.csv': profile,
      },
      options,
    );
    expect(report.files.find((entry) => entry.path === articlePath)).toMatchObject({
      status: 'failed',
      note: 'not read: over 16.0 MiB',
    });
    const warning = report.warnings.find((candidate) => candidate.file === articlePath);
    expect(warning?.code).toBe('article-too-large');
    expect(warning?.message).toMatch(/far beyond any article LinkedIn writes/u);
    expect(report.categories.find((category) => category.id === 'profile')?.records).toBe(1);
  });

  it.each([
    [
      'one quoted field',
      `Date,Link,Message\n2024-01-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,"${'a'.repeat(17 * 1024 * 1024)}"\n`,
    ],
    // Read before any header is found: the first line break never comes.
    ['a file with no line break at all', `"${'a'.repeat(17 * 1024 * 1024)}`],
    [
      'a comment of endless continuation lines (2024)',
      `Date,Link,Message\n2024-01-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,start\n${`${'a'.repeat(1023)}\n`.repeat(17 * 1024)}`,
    ],
  ])('a Comments.csv row over 16 Mi characters, %s, is not read, and said so', async (_, file) => {
    const report = await analyzeFiles({ 'Comments.csv': file, 'Profile.csv': profile }, options);
    expect(report.files.find((entry) => entry.path === 'Comments.csv')).toMatchObject({
      status: 'failed',
      note: 'not read: a row over 16,777,216 characters',
    });
    const warning = report.warnings.find((candidate) => candidate.file === 'Comments.csv');
    expect(warning?.code).toBe('row-too-long');
    expect(report.categories.find((category) => category.id === 'comments')?.records).toBe(0);
  });
});

describe('entry names that try to escape or to control the terminal', () => {
  it('lists them as unknown, prints them inert and writes nothing', async () => {
    const before = new Set(readFileSync(path.join(repoRoot, hostile('hostile-entry-names.zip'))));
    const json = JSON.parse(
      (await runInProcess([hostile('hostile-entry-names.zip'), '--format', 'json'])).stdout,
    ) as ReportJson;
    const unknown = json.files
      .filter((file) => file.status === 'unknown')
      .map((file) => file.path)
      .sort();
    expect(unknown).toEqual(
      ['../../Connections.csv', '/etc/Shares.csv', 'bell\u0007\u001b[2J\u0000.csv'].sort(),
    );
    // Windows PowerShell 5.1 writes backslashes between folders.
    expect(json.files.find((file) => file.path === 'Jobs/Skills.csv')?.status).toBe('parsed');
    const table = await runInProcess([hostile('hostile-entry-names.zip')]);
    expect(table.stdout).toContain('bell␇␛[2J␀.csv');
    expect(table.stdout).not.toMatch(/[^\P{Cc}\n]/u);
    expect(before.size).toBeGreaterThan(0);
  });
});

describe('damaged CSV: parsed with warnings or failed with a located message', () => {
  it('reports each damage and still reads the rest', async () => {
    const report = JSON.parse(
      (await runInProcess([hostile('damaged-csv.zip'), '--format', 'json'])).stdout,
    ) as ReportJson;
    const status = Object.fromEntries(report.files.map((file) => [file.path, file.status]));
    expect(status).toMatchObject({
      'Shares.csv': 'parsed',
      'Comments.csv': 'parsed',
      'Reactions.csv': 'parsed',
      'Votes.csv': 'empty',
      'Invitations.csv': 'failed',
      'Profile.csv': 'parsed',
    });
    const messages = report.warnings.map((warning) => warning.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Shares\.csv is not valid UTF-8: \d+ byte sequences? (was|were) replaced by �\.$/u,
        ),
        expect.stringMatching(/^Comments\.csv contains 2 NUL bytes/u),
        expect.stringMatching(/^Reactions\.csv: 2 rows have a different number of fields/u),
        expect.stringMatching(/^Invitations\.csv could not be read/u),
      ]),
    );
  });
});

describe('output safety: nothing from the export controls the terminal or the spreadsheet', () => {
  const fixture = hostile('terminal-and-spreadsheet-injection.zip');

  it.each(['report', 'records', 'suggestions', 'resumes'])(
    '%s table output has no control characters',
    async (command) => {
      const result = await runInProcess([command, fixture]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/[^\P{Cc}\n]|[\u202a-\u202e\u2066-\u2069]/u);
    },
  );

  it('neutralises formulas in every CSV column, names of other people included, and reads back exactly', async () => {
    const csv = (await runInProcess(['records', fixture, '--format', 'csv'])).stdout;
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const cells = rows.flat();
    expect(cells.some((cell) => cell.includes('HYPERLINK'))).toBe(true);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
    const reparsed = Papa.parse<string[]>(Papa.unparse(rows, { newline: '\r\n' }), {
      skipEmptyLines: true,
    }).data;
    expect(reparsed).toEqual(rows);
  });
});

describe('--output never touches the inputs', () => {
  it('keeps every input byte for byte, for every command', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-'));
    const input = path.join(dir, 'Complete_LinkedInDataExport_11-28-2026.zip');
    writeFileSync(
      input,
      readFileSync(
        path.join(repoRoot, 'fixtures/sample/Complete_LinkedInDataExport_11-28-2026.zip'),
      ),
    );
    const before = readFileSync(input);
    for (const command of ['report', 'records', 'suggestions', 'resumes']) {
      await runInProcess([
        command,
        input,
        '--format',
        'csv',
        '--output',
        path.join(dir, `${command}.csv`),
      ]);
    }
    const refused = await runInProcess([input, '--output', input, '--force']);
    expect(refused.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe('table layout with very long and wide values', () => {
  it('keeps every line of the records table the same width with CJK, emoji and 10,000-character texts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-'));
    const archive = path.join(dir, 'Complete_LinkedInDataExport_11-28-2026.zip');
    const link = 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1';
    const texts = [
      '数据工程师的日常工作'.repeat(40),
      '👩🏽‍💻🚀✨ launch day '.repeat(30),
      'x'.repeat(10_000),
    ];
    const rows = texts.map(
      (text, index) => `2024-01-0${String(index + 1)} 10:00:00,${link},"${text}",,,MEMBER_NETWORK`,
    );
    writeFileSync(
      archive,
      await buildZip({
        'Shares.csv': `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n${rows.join('\n')}\n`,
      }),
    );
    const result = await runInProcess(['records', archive]);
    const tableLines = result.stdout.split('\n').filter((line) => /^[┌│├└]/u.test(line));
    const widths = new Set(tableLines.map((line) => displayWidth(line)));
    expect(tableLines.length).toBeGreaterThan(6);
    expect([...widths]).toHaveLength(1);
    expect([...widths][0]).toBeLessThanOrEqual(140);
  });
});

describe('a ZIP jszip cannot open is described in the member’s words', () => {
  const damaged = async (damage: (zip: Uint8Array) => Uint8Array): Promise<string> => {
    const zip = await buildZip({ 'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n' });
    try {
      await analyzeExport([{ name: completeZipName, bytes: damage(zip) }]);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return 'opened';
  };
  const endOfDirectory = (zip: Uint8Array) => zip.length - 22;
  const cases: { name: string; damage: (zip: Uint8Array) => Uint8Array; says: RegExp }[] = [
    {
      name: 'cut before its list of files',
      damage: (zip) => zip.slice(0, zip.length - 40),
      says: /it ends too soon, as an interrupted download does/u,
    },
    {
      name: 'its list of files points past the end',
      damage: (zip) => {
        const bytes = zip.slice();
        // The directory's offset (end record +16) beyond the file: jszip reads "missing N bytes".
        new DataView(bytes.buffer).setUint32(endOfDirectory(zip) + 16, zip.length + 1000, true);
        return bytes;
      },
      says: /it ends too soon/u,
    },
    {
      name: 'its list of files overwritten',
      damage: (zip) => {
        const bytes = zip.slice();
        const directory = new DataView(bytes.buffer).getUint32(endOfDirectory(zip) + 16, true);
        bytes.fill(0x41, directory, directory + 4);
        return bytes;
      },
      says: /its list of files is damaged/u,
    },
  ];
  it.each(cases)('$name', async ({ damage, says }) => {
    const message = await damaged(damage);
    expect(message).toMatch(says);
    expect(message).not.toMatch(/corrupted zip|central dir|signature/iu);
  });

  it.each([
    ["Corrupted zip: can't find end of central directory", 'cut-short'],
    ['Corrupted zip: missing 120 bytes.', 'cut-short'],
    ['End of data reached (data length = 10, asked index = 30). Corrupted zip ?', 'cut-short'],
    ['Corrupted zip or bug: unexpected signature (\\x41\\x41, expected \\x50\\x4B)', 'file-list'],
    ['Corrupted zip or bug: expected 3 records in central dir, got 2', 'file-list'],
    ['Multi-volumes zip are not supported', 'structure'],
  ] as const)('%s → %s', (problem, damage) => {
    expect(zipDamageOf(problem)).toBe(damage);
  });
});

describe('a ZIP inside the archive over a size limit', () => {
  it('gets the limit’s warning, which says how to raise it, not the error’s inner words', async () => {
    const inner = await buildZip({
      'Profile.csv': `First Name,Last Name\n${'Ada,Lovelace\n'.repeat(400)}`,
    });
    const outer = await buildZip({
      'Complete_LinkedInDataExport_11-28-2026.zip': inner,
      'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n',
    });
    const report = await analyzeExport([{ name: 'outer.zip', bytes: outer }], {
      limits: { maxEntryBytes: inner.length - 1 },
    });
    const warning = report.warnings.find((item) => item.file?.includes('›'));
    expect(warning?.code).toMatch(/^entry-(?:declared-)?too-large$/u);
    expect(warning?.message).toMatch(/raise --max-entry-size/u);
    expect(JSON.stringify(report.warnings)).not.toMatch(/declared-size limit|actual-size limit/u);
  });
});

describe('ZIPs inside the archive', () => {
  it('are said to be read only when they hold export files', async () => {
    const photos = await buildZip({ 'beach.jpg': 'not really a photo' });
    const inner = await buildZip({ 'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n' });
    const outer = await buildZip({
      'holiday.zip': photos,
      'Complete_LinkedInDataExport_11-28-2026.zip': inner,
    });
    const report = await analyzeExport([{ name: 'outer.zip', bytes: outer }]);
    const read = report.warnings
      .filter((warning) => warning.code === 'nested-archive')
      .map((warning) => warning.message);
    expect(read).toEqual([
      'Read the export inside outer.zip › Complete_LinkedInDataExport_11-28-2026.zip.',
    ]);
  });
});

describe('a damaged ZIP inside the archive', () => {
  it('is named with what is wrong with it, without the advice meant for the archive', async () => {
    const inner = await buildZip({ 'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n' });
    const outer = await buildZip({
      'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n',
      'old-export.zip': inner.subarray(0, inner.length - 10),
    });
    const report = await analyzeExport([{ name: completeZipName, bytes: outer }]);
    const unreadable = report.warnings.filter(
      (warning) => warning.code === 'unreadable-nested-archive',
    );
    expect(unreadable.map((warning) => warning.message)).toEqual([
      'old-export.zip looks like a ZIP inside the archive but cannot be opened (it ends too soon, as an interrupted download does).',
    ]);
  });
});

describe('two Complete exports of different days given together', () => {
  const profile = 'First Name,Last Name\nAda,Lovelace\n';
  // Shares.csv is only in a Complete archive (export-format.md §1.6).
  const complete = () =>
    buildZip({
      'Profile.csv': profile,
      'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n',
    });

  it('are read as one, and the member is pointed to diff', async () => {
    const report = await analyzeExport([
      { name: 'Complete_LinkedInDataExport_08-26-2025.zip', bytes: await complete() },
      { name: 'Complete_LinkedInDataExport_11-28-2026.zip', bytes: await complete() },
    ]);
    const warning = report.warnings.find((item) => item.code === 'exports-of-different-days');
    expect(warning?.message).toMatch(
      /^2 Complete exports of different days \(2025-08-26, 2026-11-28\) were read as one.*linkedin-exposure diff/u,
    );
  });

  it('but a Basic and a Complete archive of one request are one export', async () => {
    const report = await analyzeExport([
      {
        name: 'Basic_LinkedInDataExport_11-27-2026.zip',
        bytes: await buildZip({ 'Profile.csv': profile }),
      },
      { name: 'Complete_LinkedInDataExport_11-28-2026.zip', bytes: await complete() },
    ]);
    expect(report.warnings.map((item) => item.code)).not.toContain('exports-of-different-days');
  });
});

describe("two people's exports given together", () => {
  const shares = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n';
  const ofMember = (id: string) =>
    buildZip({
      'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n',
      [`Shares_${id}.csv`]: shares,
    });

  it('are said to be of different accounts when their files carry different member numbers', async () => {
    const codes = async (first: string, second: string) =>
      (
        await analyzeExport([
          { name: 'Complete_LinkedInDataExport_11-27-2026.zip', bytes: await ofMember(first) },
          { name: 'Complete_LinkedInDataExport_11-28-2026.zip', bytes: await ofMember(second) },
        ])
      ).warnings.map((item) => item.code);
    expect(await codes('1208730626', '4455667788')).toContain('exports-of-different-members');
    expect(await codes('1208730626', '1208730626')).not.toContain('exports-of-different-members');
  });

  it('but a draft article whose title holds a long number is no member number', async () => {
    const report = await analyzeExport([
      {
        name: 'Complete_LinkedInDataExport_11-28-2026.zip',
        bytes: await buildZip({
          'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n',
          'Shares_1208730626.csv': shares,
          // export-format.md §3.27: a draft is named by its date and title, colons written `_`.
          'Articles/Articles/2025-11-21 17_31_01.0-Ratio 1_10000.html': '<h1>Ratio 1:10000</h1>',
        }),
      },
    ]);
    expect(report.warnings.map((item) => item.code)).not.toContain('exports-of-different-members');
  });

  // Before 2026 no file name carries a member number (export-format.md §1.5): the profiles tell.
  const withProfile = (profile: string) =>
    buildZip({ 'Profile.csv': profile, 'Shares.csv': shares });
  it.each([
    {
      name: 'different names',
      second: 'First Name,Last Name\nGrace,Hopper\n',
      warned: ['exports-of-differently-named-members'],
    },
    {
      name: 'the same name written in another case, a BOM and CRLF',
      second: '\uFEFFFirst Name,Last Name\r\nADA,LOVELACE \r\n',
      warned: [],
    },
    { name: 'a profile without a name', second: 'First Name,Last Name\n,\n', warned: [] },
  ])('profiles with $name: $warned', async ({ second, warned }) => {
    const report = await analyzeExport([
      {
        name: 'Complete_LinkedInDataExport_08-26-2025.zip',
        bytes: await withProfile('First Name,Last Name\nAda,Lovelace\n'),
      },
      { name: 'Complete_LinkedInDataExport_11-28-2025.zip', bytes: await withProfile(second) },
    ]);
    expect(
      report.warnings
        .map((item) => item.code)
        .filter((code) => code.startsWith('exports-of-different')),
    ).toEqual(['exports-of-different-days', ...warned]);
  });

  it('says so in one sentence that names no one', async () => {
    const report = await analyzeExport([
      {
        name: 'Complete_LinkedInDataExport_11-28-2025.zip',
        bytes: await withProfile('First Name,Last Name\nAda,Lovelace\n'),
      },
      {
        name: 'Basic_LinkedInDataExport_11-27-2025.zip',
        bytes: await buildZip({ 'Profile.csv': 'First Name,Last Name\nGrace,Hopper\n' }),
      },
    ]);
    expect(
      report.warnings.find((item) => item.code === 'exports-of-differently-named-members')?.message,
    ).toBe(
      'The archives given seem to be of different LinkedIn accounts (their profiles carry different names), yet were read as one report, each table from one of them: analyze each of your own exports on its own.',
    );
  });
});

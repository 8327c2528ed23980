import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdirSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { linkedinGenAi20251103 } from '../src/core/policy/linkedin-genai-2025-11-03.js';
import { listFixtures, repoRoot, sampleArchive } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';
import { scratchDir } from './helpers/scratch.js';
import { runInProcess } from './helpers/run-in-process.js';

const commands = ['report', 'resumes', 'records', 'suggestions'] as const;
const formats = ['table', 'json', 'csv'] as const;

function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;
}

interface ReportJson {
  schemaVersion: number;
  categories: { id: string; records: number }[];
  totals: { records: number };
  suggestions: { id: string }[];
}

describe('every command in every format, on every fixture (run in-process)', () => {
  const cases = listFixtures().flatMap((fixture) =>
    commands.flatMap((command) => formats.map((format) => ({ fixture, command, format }))),
  );
  /** Each fixture's warnings, from one `report --format json` shared by all its cases. */
  const warningsOf = new Map<string, Promise<{ message: string }[]>>();
  const fixtureWarnings = (archives: readonly string[]) => {
    const key = archives.join('\n');
    let warnings = warningsOf.get(key);
    if (!warnings) {
      warnings = runInProcess(['report', ...archives, '--format', 'json']).then(
        (report) => (JSON.parse(report.stdout) as { warnings: { message: string }[] }).warnings,
      );
      warningsOf.set(key, warnings);
    }
    return warnings;
  };
  it.each(cases)(
    '$command --format $format on $fixture.name',
    async ({ fixture, command, format }) => {
      const result = await runInProcess([command, ...fixture.archives, '--format', format]);
      expect(result.code).toBe(0);
      // Outputs that carry no warnings of their own (CSV, and every command but report) say them
      // on stderr, one line each; the others leave stderr empty.
      const warnings = await fixtureWarnings(fixture.archives);
      const carried = command === 'report' && format !== 'csv';
      if (carried || warnings.length === 0) expect(result.stderr).toBe('');
      else {
        const [heading, ...lines] = result.stderr.trimEnd().split('\n');
        expect(heading).toBe('Warnings:');
        expect(lines).toHaveLength(warnings.length);
        for (const line of lines) expect(line).toMatch(/^- \S/u);
      }
      if (format === 'json') {
        expect((JSON.parse(result.stdout) as { schemaVersion: number }).schemaVersion).toBe(1);
      } else if (format === 'csv') {
        const [header, ...rows] = parseCsv(result.stdout);
        expect(header?.length).toBeGreaterThan(3);
        for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
      } else {
        expect(result.stdout.trim().length).toBeGreaterThan(0);
      }
    },
  );
});

describe('the built bin, every command and format on the sample', () => {
  const cases = commands.flatMap((command) => formats.map((format) => ({ command, format })));
  it.each(cases)('$command --format $format', async ({ command, format }) => {
    const result = runCli([command, sampleArchive, '--format', format]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      (await runInProcess([command, sampleArchive, '--format', format])).stdout,
    );
  });
});

describe('the bundled sample', () => {
  it('prints the report table exactly as committed', async () => {
    const result = runCli([sampleArchive]);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('golden/cli/sample-report.txt');
  });

  it('writes one records row per classified record', () => {
    const report = JSON.parse(runCli([sampleArchive, '--format', 'json']).stdout) as ReportJson;
    const rows = parseCsv(runCli(['records', sampleArchive, '--format', 'csv']).stdout);
    expect(rows.length - 1).toBe(report.totals.records);
    expect(report.categories.reduce((sum, category) => sum + category.records, 0)).toBe(
      report.totals.records,
    );
  });

  it('ends the suggestions CSV with an empty decision column, one row per suggestion', () => {
    const report = JSON.parse(runCli([sampleArchive, '--format', 'json']).stdout) as ReportJson;
    const [header, ...rows] = parseCsv(
      runCli(['suggestions', sampleArchive, '--format', 'csv']).stdout,
    );
    expect(header?.at(-1)).toBe('decision');
    expect(rows).toHaveLength(report.suggestions.length);
    expect(rows.every((row) => row.at(-1) === '')).toBe(true);
  });

  it('starts CSV with a byte-order mark only with --bom', () => {
    expect(
      runCli(['resumes', sampleArchive, '--format', 'csv', '--bom']).stdout.startsWith('\uFEFF'),
    ).toBe(true);
    expect(runCli(['resumes', sampleArchive, '--format', 'csv']).stdout.startsWith('\uFEFF')).toBe(
      false,
    );
  });

  it('reads an unzipped export folder like the ZIP', async () => {
    const folder = path.join(scratchDir(), 'Complete_LinkedInDataExport_11-28-2026');
    const zip = await JSZip.loadAsync(readFileSync(path.join(repoRoot, sampleArchive)));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), await entry.async('uint8array'));
    }
    const fromFolder = JSON.parse(runCli([folder, '--format', 'json']).stdout) as ReportJson;
    const fromZip = JSON.parse(runCli([sampleArchive, '--format', 'json']).stdout) as ReportJson;
    expect(fromFolder.categories).toEqual(fromZip.categories);
  });

  it('reads a folder whose file names are not UTF-8, as unzip may write them', async () => {
    const folder = path.join(scratchDir(), 'Complete_LinkedInDataExport_11-28-2026');
    const zip = await JSZip.loadAsync(readFileSync(path.join(repoRoot, sampleArchive)));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      // export-format.md §3.27: a draft article's title is in its name; "é" in Latin-1 here.
      const onDisk = Buffer.from(path.join(folder, name), 'latin1');
      writeFileSync(onDisk, await entry.async('uint8array'));
    }
    const result = runCli([folder, '--format', 'json']);
    expect(result.code).toBe(0);
    const fromFolder = JSON.parse(result.stdout) as ReportJson;
    const fromZip = JSON.parse(runCli([sampleArchive, '--format', 'json']).stdout) as ReportJson;
    expect(fromFolder.categories).toEqual(fromZip.categories);
  });

  it('changes the training start with --region and the plan with --older-than', () => {
    const eu = JSON.parse(runCli([sampleArchive, '--format', 'json', '--region', 'eu']).stdout) as {
      trainingSince: string;
    };
    const us = JSON.parse(runCli([sampleArchive, '--format', 'json', '--region', 'us']).stdout) as {
      trainingSince: string;
    };
    expect([eu.trainingSince, us.trainingSince]).toEqual(['2025-11-03', '2024-09-18']);
    const recent = JSON.parse(
      runCli([sampleArchive, '--format', 'json', '--older-than', '1m']).stdout,
    ) as ReportJson;
    const old = JSON.parse(
      runCli([sampleArchive, '--format', 'json', '--older-than', '5y']).stdout,
    ) as ReportJson;
    expect(recent.suggestions.length).toBeGreaterThan(old.suggestions.length);
  });

  it('applies a policy passed with --policy', () => {
    const policy = structuredClone(linkedinGenAi20251103);
    policy.categories.push({ id: 'likes', scope: 'in-scope', label: 'Likes' });
    policy.rules = policy.rules.map((rule) =>
      rule.id === 'reactions' ? { ...rule, category: 'likes' } : rule,
    );
    const file = path.join(scratchDir(), 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    const result = runCli([sampleArchive, '--format', 'json', '--policy', file]);
    const report = JSON.parse(result.stdout) as ReportJson;
    const byId = Object.fromEntries(
      report.categories.map((category) => [category.id, category.records]),
    );
    expect(byId.likes).toBeGreaterThan(0);
    expect(byId.reactions).toBe(0);
  });

  // Windows: Notepad saves UTF-8 with a byte-order mark, PowerShell 5.1's `>` UTF-16 LE.
  it.each([
    ['UTF-8 with a byte-order mark', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8')],
    ['UTF-16 LE', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le')],
    ['UTF-16 BE', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
  ])('reads a --policy file saved as %s', async (_name, encode) => {
    const file = path.join(scratchDir(), 'policy.json');
    writeFileSync(file, encode(JSON.stringify(linkedinGenAi20251103, null, 2)));
    const result = await runInProcess([sampleArchive, '--format', 'json', '--policy', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('--as-of', () => {
  it.each(['table', 'markdown'])(
    'keeps the export dated as LinkedIn dated it, and says where ages count from (%s)',
    async (format) => {
      const result = await runInProcess([
        sampleArchive,
        '--as-of',
        '2027-06-01',
        '--format',
        format,
      ]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        'export date 2026-11-28; ages counted from 2027-06-01 (--as-of)',
      );
    },
  );

  it.each([
    [[], 'no export date in the archive name; ages counted from 2026-11-2'],
    [['--as-of', '2027-06-01'], 'no export date in the archive name; ages counted from 2027-06-01'],
  ])(
    'does not call the day of an archive named without a date its export date (%j)',
    async (extra, heading) => {
      const dir = scratchDir('linkedin-exposure-undated-');
      const undated = path.join(dir, 'my-linkedin-data.zip');
      writeFileSync(undated, readFileSync(sampleArchive));
      const result = await runInProcess([undated, ...extra]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(heading);
      expect(result.stdout).not.toMatch(/export date \d/u);
    },
  );
});

describe('a folder with many files no export has', () => {
  it('lists the first 30 in the table and counts the rest', async () => {
    const dir = scratchDir();
    const zip = await JSZip.loadAsync(readFileSync(path.join(repoRoot, sampleArchive)));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), await entry.async('uint8array'));
    }
    mkdirSync(path.join(dir, 'photos'));
    for (let index = 0; index < 45; index++) {
      writeFileSync(path.join(dir, 'photos', `IMG_${String(index)}.jpg`), '');
    }
    const result = runCli([dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Files not read\n');
    expect(result.stdout.match(/photos\/IMG_\d+\.jpg/gu)).toHaveLength(30 + 5);
    expect(result.stdout).toContain(
      '… and 15 more files not read (--format json lists every file).',
    );
    // Markdown lists them too, under a heading of its own (the warning names five of them).
    const markdown = runCli([dir, '--format', 'markdown']);
    const section = markdown.stdout.split('## Files not read\n')[1]?.split('\n## ')[0] ?? '';
    expect(section.match(/photos\/IMG\\_\d+\.jpg/gu)).toHaveLength(30);
    expect(section).toContain('… and 15 more files not read');
  });
});

describe('--output', () => {
  it('writes the file, refuses to overwrite it without --force, and never touches the input', () => {
    const dir = scratchDir();
    const output = path.join(dir, 'plan.csv');
    const before = readFileSync(path.join(repoRoot, sampleArchive));
    const first = runCli(['suggestions', sampleArchive, '--format', 'csv', '--output', output]);
    expect([first.code, first.stdout]).toEqual([0, '']);
    const again = runCli(['suggestions', sampleArchive, '--format', 'csv', '--output', output]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--force/u);
    const forced = runCli([
      'suggestions',
      sampleArchive,
      '--format',
      'csv',
      '--output',
      output,
      '--force',
    ]);
    expect(forced.code).toBe(0);
    expect(statSync(output).size).toBeGreaterThan(100);
    const ontoInput = runCli([sampleArchive, '--output', sampleArchive, '--force']);
    expect(ontoInput.code).toBe(2);
    expect(ontoInput.stderr).toMatch(/is one of the inputs/u);
    expect(readFileSync(path.join(repoRoot, sampleArchive)).equals(before)).toBe(true);
  });

  it('never writes into an export folder, and says it is the folder', async () => {
    const dir = scratchDir();
    const zip = await JSZip.loadAsync(readFileSync(path.join(repoRoot, sampleArchive)));
    const folder = path.join(dir, 'my-export');
    mkdirSync(folder);
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir || name.includes('/')) continue;
      writeFileSync(path.join(folder, name), await entry.async('uint8array'));
    }
    const output = path.join(folder, 'report.txt');
    const result = runCli([folder, '--output', output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /report\.txt is inside the export .*my-export: choose a place outside it/u,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('never writes onto an input through a hard link, even with --force', () => {
    const dir = scratchDir();
    const input = path.join(dir, 'Complete_LinkedInDataExport_11-28-2026.zip');
    copyFileSync(path.join(repoRoot, sampleArchive), input);
    const before = readFileSync(input);
    const link = path.join(dir, 'plan.csv');
    linkSync(input, link);
    const result = runCli(['suggestions', input, '--format', 'csv', '--output', link, '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is one of the inputs/u);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  // Linux's /dev/full fails every write with ENOSPC, as a full disk does.
  it.skipIf(!existsSync('/dev/full')).each([
    ['report', 'json'],
    ['records', 'csv'],
  ])('%s --format %s on a full disk: one line, exit 2, no stack trace', (command, format) => {
    const result = runCli([
      command,
      sampleArchive,
      '--format',
      format,
      '--output',
      '/dev/full',
      '--force',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^linkedin-exposure: \/dev\/full cannot be written \(ENOSPC/u);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.skipIf(!existsSync('/dev/full')).each(['records', 'report', 'diff'])(
    '%s written through the shell onto a full disk: one line, exit 2, no stack trace',
    (command) => {
      const args = command === 'diff' ? [sampleArchive, sampleArchive] : [sampleArchive];
      // As `> /dev/full` in a shell: stdout is the full device itself, not a pipe.
      const device = openSync('/dev/full', 'w');
      const full = spawnSync(
        process.execPath,
        ['bin/linkedin-exposure.js', command, ...args, '--format', 'csv'],
        { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', device, 'pipe'] },
      );
      closeSync(device);
      expect(full.status).toBe(2);
      // After the warnings that go to stderr anyway (diff of an export with itself has one).
      expect(full.stderr.trimEnd().split('\n').at(-1)).toMatch(
        /^linkedin-exposure: the output cannot be written \(ENOSPC/u,
      );
      expect(full.stderr).not.toMatch(/^\s+at /mu);
    },
  );

  it.each([
    ['plan.csv', [], /^id,priority,action/u],
    ['report.JSON', [], /^\{\n {2}"schemaVersion": 1/u],
    ['report.md', [], /^# LinkedIn exposure report/u],
    ['report.txt', [], /^LinkedIn exposure report/u],
    ['plan.csv', ['--format', 'table'], /^┌/u],
  ])(
    'takes the format from the --output name %s unless --format says %j',
    (name, format, start) => {
      const output = path.join(scratchDir(), name);
      const command = name.startsWith('plan') ? 'suggestions' : 'report';
      const result = runCli([command, sampleArchive, '--output', output, ...format]);
      expect(result.code).toBe(0);
      expect(readFileSync(output, 'utf8')).toMatch(start);
    },
  );

  it('writes to the terminal with --output -, as other tools do', () => {
    const dir = scratchDir();
    const result = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'bin/linkedin-exposure.js'),
        'suggestions',
        path.resolve(repoRoot, sampleArchive),
        '--output',
        '-',
        '--format',
        'csv',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^id,priority,action/u);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads an export from a pipe', () => {
    const piped = spawnSync(
      'bash',
      ['-c', `node bin/linkedin-exposure.js <(cat ${sampleArchive}) --format json`],
      { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(piped.status).toBe(0);
    const fromPipe = JSON.parse(piped.stdout) as ReportJson;
    const fromFile = JSON.parse(runCli([sampleArchive, '--format', 'json']).stdout) as ReportJson;
    expect(fromPipe.categories).toEqual(fromFile.categories);
  });
});

describe('unusable input: exit 2, one line, no stack trace', () => {
  const dir = scratchDir();
  writeFileSync(path.join(dir, 'statement.zip'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  writeFileSync(path.join(dir, 'empty.zip'), '');
  writeFileSync(path.join(dir, 'Comments.csv'), 'Date,Link,Message\n2024-01-02 10:00:00,,Hi\n');
  writeFileSync(path.join(dir, 'page.zip'), '<!DOCTYPE html><html><body>Sign in</body></html>');
  writeFileSync(
    path.join(dir, 'truncated.zip'),
    readFileSync(path.join(repoRoot, sampleArchive)).subarray(0, 4000),
  );
  writeFileSync(path.join(dir, 'bad-policy.json'), '{"id": "x", "rules": []}');
  writeFileSync(path.join(dir, 'not-json.json'), 'policy: yes');
  mkdirSync(path.join(dir, 'holiday-photos'));
  writeFileSync(path.join(dir, 'holiday-photos', 'beach.jpg'), 'not really a photo');
  mkdirSync(path.join(dir, 'big-folder', 'deeper'), { recursive: true });
  for (let index = 0; index < 8; index++) {
    writeFileSync(path.join(dir, 'big-folder', 'deeper', `note-${String(index)}.txt`), '');
  }

  const cases: { name: string; args: string[]; message: RegExp }[] = [
    {
      name: 'a missing file',
      args: ['no-such-export.zip'],
      message: /no-such-export\.zip does not exist/u,
    },
    {
      name: 'a PDF renamed .zip',
      args: ['statement.zip'],
      message: /not a ZIP archive \(it looks like a PDF document\).*Get a copy of your data/u,
    },
    { name: 'an empty file', args: ['empty.zip'], message: /is empty \(0 bytes\)/u },
    {
      name: 'one CSV file of an unzipped export',
      args: ['Comments.csv'],
      message: /Comments\.csv is one file of an export, not the whole export: give the ZIP/u,
    },
    { name: 'a web page saved as .zip', args: ['page.zip'], message: /looks like a web page/u },
    { name: 'a truncated ZIP', args: ['truncated.zip'], message: /damaged or incomplete/u },
    {
      name: 'a folder without an export',
      args: ['holiday-photos'],
      message: /holds no LinkedIn export files/u,
    },
    {
      name: 'no export at all',
      args: [],
      message: /^linkedin-exposure: Give the LinkedIn export to analyze/u,
    },
    {
      name: 'a command without its export',
      args: ['resumes'],
      message: /^linkedin-exposure: Give the LinkedIn export to analyze/u,
    },
    {
      name: 'an unknown option',
      args: [sampleArchive, '--frobnicate'],
      message:
        /unknown option '--frobnicate'\. Run linkedin-exposure --help for the commands, linkedin-exposure report --help/u,
    },
    {
      name: 'an --output in a folder that does not exist',
      args: [sampleArchive, '--output', 'no-such-folder/report.txt'],
      message:
        /--output no-such-folder\/report\.txt cannot be written: the folder no-such-folder does not exist/u,
    },
    {
      name: 'an --output that is a folder, even with --force',
      args: [sampleArchive, '--output', 'holiday-photos', '--force'],
      message: /--output holiday-photos is a folder: give the name of a file to write/u,
    },
    {
      name: 'an --output folder written with its slash',
      args: [sampleArchive, '--output', 'holiday-photos/'],
      message:
        /is a folder: give the name of a file to write, such as holiday-photos\/report\.csv\./u,
    },
    {
      name: 'an empty --output (an unset shell variable)',
      args: [sampleArchive, '--output', ''],
      message: /--output <file>' argument '' is invalid\. Give the name of a file to write\./u,
    },
    {
      name: 'a folder far bigger than an export',
      args: ['big-folder', '--max-entries', '5'],
      message:
        /big-folder holds more than 5 files, more than a LinkedIn export could hold: give the export's own folder/u,
    },
    {
      name: 'an unknown --format',
      args: [sampleArchive, '--format', 'xml'],
      message: /Allowed choices are table, json, csv/u,
    },
    {
      name: 'a --format holding an escape sequence, shown inert',
      args: [sampleArchive, '--format', '\u001b[31mred'],
      message: /argument '␛\[31mred' is invalid/u,
    },
    {
      name: 'an unknown option holding an escape sequence, shown inert',
      args: [sampleArchive, '--\u001b]0;pwned\u0007'],
      message: /unknown option '--␛\]0;pwned␇'/u,
    },
    {
      name: 'a malformed --as-of',
      args: [sampleArchive, '--as-of', '28/11/2026'],
      message: /--as-of "28\/11\/2026" is not valid/u,
    },
    {
      name: 'a malformed --older-than',
      args: [sampleArchive, '--older-than', 'six months'],
      message: /--older-than "six months" is not valid/u,
    },
    {
      name: 'an --older-than of more than four digits',
      args: [sampleArchive, '--older-than', '99999d'],
      message:
        /--older-than "99999d" is not valid: expected a number of up to 4 digits and a unit/u,
    },
    {
      name: 'a --max-entries beyond what a number holds',
      args: [sampleArchive, '--max-entries', '99999999999999999999999'],
      message: /--max-entries "99999999999999999999999" is not valid: expected a whole number/u,
    },
    {
      name: 'a --max-total-size beyond what a number holds',
      args: [sampleArchive, '--max-total-size', '99999999999GB'],
      message: /--max-total-size "99999999999GB" is not valid: expected a size/u,
    },
    {
      name: 'an unknown --region',
      args: [sampleArchive, '--region', 'mars'],
      message: /--region "mars" is not valid: expected one of us, other, eu/u,
    },
    {
      name: 'an invalid --policy',
      args: [sampleArchive, '--policy', 'bad-policy.json'],
      message: /policy file bad-policy\.json is not valid: name: /u,
    },
    {
      name: 'an option value of two words',
      args: [sampleArchive, '--older-than', '6', 'months'],
      message: /months does not exist.*--older-than 6m, not "6 months"/u,
    },
    {
      name: 'an empty argument (an unset shell variable)',
      args: [''],
      message: /Give the LinkedIn export to analyze/u,
    },
    {
      name: 'a folder as --keep file',
      args: [sampleArchive, '--keep', 'holiday-photos'],
      message:
        /The --keep file holiday-photos cannot be read \(it is a folder: give the file inside it\)\.$/mu,
    },
    {
      name: 'an --as-of day no calendar has',
      args: [sampleArchive, '--as-of', '2030-02-30'],
      message: /--as-of "2030-02-30" is not valid: expected a day of the calendar/u,
    },
    {
      name: 'a command name mistyped',
      args: ['suggestion', sampleArchive],
      message:
        /suggestion does not exist, and is no command: did you mean "linkedin-exposure suggestions"\?/u,
    },
    {
      name: 'a command name with two letters swapped',
      args: ['reprot', sampleArchive],
      message:
        /reprot does not exist, and is no command: did you mean "linkedin-exposure report"\?/u,
    },
    {
      name: 'a command name in capitals',
      args: ['Report', sampleArchive],
      message:
        /Report does not exist, and is no command: did you mean "linkedin-exposure report"\?/u,
    },
    {
      name: 'a command name with a letter missing',
      args: ['sugestions', sampleArchive],
      message:
        /sugestions does not exist, and is no command: did you mean "linkedin-exposure suggestions"\?/u,
    },
    {
      name: 'a command after an option',
      args: ['--region', 'eu', 'resumes', sampleArchive],
      message: /^linkedin-exposure: resumes is a command: write it first, before the options/u,
    },
    {
      name: 'a missing --keep file',
      args: [sampleArchive, '--keep', 'no-such-keep-list.csv'],
      message: /The --keep file no-such-keep-list\.csv does not exist or cannot be read/u,
    },
    {
      name: 'a missing --policy file',
      args: [sampleArchive, '--policy', 'no-such-policy.json'],
      message: /The --policy file no-such-policy\.json does not exist or cannot be read/u,
    },
    {
      name: 'a device instead of a file',
      args: ['/dev/zero'],
      message: /\/dev\/zero cannot be read \(it is a device, not a file or a folder\)/u,
    },
    {
      name: 'a --policy that is not JSON',
      args: [sampleArchive, '--policy', 'not-json.json'],
      message: /not valid JSON/u,
    },
    {
      name: 'an unknown command option',
      args: [sampleArchive, '--colour'],
      message: /unknown option '--colour'/u,
    },
  ];

  it.each(cases)('$name', ({ args, message }) => {
    const result = runCli(
      args.map((arg) => (arg === sampleArchive ? path.join(repoRoot, arg) : arg)),
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/u);
  });
});

describe('help and version', () => {
  it('shows examples in --help and the package version in --version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/u);
    expect(help.stdout).toMatch(
      /options \(--format, --output, --region, --keep …\): linkedin-exposure report --help/u,
    );
    const version = runCli(['--version']);
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.stdout.trim()).toBe(manifest.version);
  });

  it('help for a command that does not exist: the help, then one line that says so, exit 2', async () => {
    const result = await runInProcess(['help', 'nothing']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: linkedin-exposure/u);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^linkedin-exposure: there is no command 'nothing' to show help for\. Run/u,
    );
    expect(result.stderr).not.toContain('outputHelp');
  });
});

describe('--format', () => {
  it('takes the format however it is capitalised, as --region does', async () => {
    const upper = await runInProcess([sampleArchive, '--format', 'CSV', '--region', 'EU']);
    const lower = await runInProcess([sampleArchive, '--format', 'csv', '--region', 'eu']);
    expect(upper.code).toBe(0);
    expect(upper.stdout).toBe(lower.stdout);
    const unknown = await runInProcess([sampleArchive, '--format', 'xls']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /'xls' is invalid\. Allowed choices are table, json, csv, markdown\./u,
    );
  });
});

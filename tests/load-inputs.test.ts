import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../src/cli/load-inputs.js';
import { analyzeExport, type FolderFile } from '../src/core/index.js';
import { repoRoot } from './helpers/fixtures.js';

async function textOf(file: FolderFile): Promise<string> {
  if ('bytes' in file) return new TextDecoder().decode(file.bytes);
  const parts: Uint8Array[] = [];
  for await (const chunk of file.chunks()) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

function exportFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-folder-'));
  mkdirSync(path.join(folder, 'Jobs'));
  writeFileSync(path.join(folder, 'Profile.csv'), 'First Name\nAda\n');
  writeFileSync(path.join(folder, 'Jobs', 'Job Applications.csv'), 'Application Date\n');
  return folder;
}

describe('an unzipped export folder', () => {
  it('lists every file by its path inside the export, in order, with its size', async () => {
    const [input] = await loadInputs([exportFolder()], process.cwd());
    if (!input || !('files' in input)) throw new Error('expected a folder input');
    expect(input.files.map((file) => file.path)).toEqual([
      'Jobs/Job Applications.csv',
      'Profile.csv',
    ]);
    expect(input.files.map((file) => ('size' in file ? file.size : null))).toEqual([17, 15]);
  });

  it('reads a file when the analysis reads it, not before, and again at each reading', async () => {
    const folder = exportFolder();
    const [input] = await loadInputs([folder], process.cwd());
    if (!input || !('files' in input)) throw new Error('expected a folder input');
    const profile = input.files.find((file) => file.path === 'Profile.csv');
    if (!profile) throw new Error('Profile.csv is not listed');
    writeFileSync(path.join(folder, 'Profile.csv'), 'First Name\nGrace\n');
    expect(await textOf(profile)).toBe('First Name\nGrace\n');
    expect(await textOf(profile)).toBe('First Name\nGrace\n');
  });

  it('reads a file whose name is not UTF-8, named with U+FFFD for the bytes it cannot decode', async () => {
    const folder = exportFolder();
    writeFileSync(Buffer.from(path.join(folder, 'Caf\u00e9.html'), 'latin1'), '<html></html>');
    const [input] = await loadInputs([folder], process.cwd());
    if (!input || !('files' in input)) throw new Error('expected a folder input');
    const article = input.files.find((file) => file.path.startsWith('Caf'));
    expect(article?.path).toBe('Caf\uFFFD.html');
    if (!article) throw new Error('the article is not listed');
    expect(await textOf(article)).toBe('<html></html>');
  });
});

/**
 * An export folder whose `Jobs` folder lies deeper than a path may be long (PATH_MAX, 4096 bytes
 * on Linux), so that listing it fails whoever runs the test; made by `cd`-ing one level at a
 * time, as no single path reaches it.
 */
function folderWithUnlistableJobs(): string {
  const folder = exportFolder();
  const level = 'd'.repeat(200);
  const script = `cd "$1" && for i in $(seq 21); do mkdir ${level} && cd ${level}; done && mkdir Jobs && echo x > Jobs/Deep.csv`;
  const made = spawnSync('bash', ['-c', script, 'bash', folder], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`could not make the deep folder: ${made.stderr}`);
  return folder;
}

describe('a folder inside an export folder that cannot be listed', () => {
  // Profile.csv with the columns it requires, so that it counts as a record.
  const profile = 'First Name,Last Name\nAda,Lovelace\n';

  it('is noted with the system error and the rest is listed', async () => {
    const [input] = await loadInputs([folderWithUnlistableJobs()], process.cwd());
    if (!input || !('files' in input)) throw new Error('expected a folder input');
    expect(input.files.map((file) => file.path)).toEqual([
      'Jobs/Job Applications.csv',
      'Profile.csv',
    ]);
    expect(input.unlisted).toHaveLength(1);
    const [unlisted] = input.unlisted ?? [];
    expect(unlisted?.path).toMatch(/^(?:d{200}\/){20}d{200}$/u);
    expect(unlisted?.problem).toMatch(/^ENAMETOOLONG: name too long, scandir /u);
  });

  it('is a warning of the report, which still counts the files read', async () => {
    const report = await analyzeExport([
      {
        name: 'export',
        files: [{ path: 'Profile.csv', bytes: new TextEncoder().encode(profile) }],
        unlisted: [{ path: 'Jobs', problem: "EACCES: permission denied, scandir '/e/Jobs'" }],
      },
    ]);
    expect(report.warnings.filter((warning) => warning.code === 'unlisted-folder')).toEqual([
      {
        code: 'unlisted-folder',
        file: 'Jobs',
        message:
          "The folder Jobs could not be opened (EACCES: permission denied, scandir '/e/Jobs'): check that your account may read it; its files are not in this report, the rest of the export was read.",
      },
    ]);
    expect(report.totals.records).toBe(1);
  });

  // Only root can run the CLI as another user; CI runs as root.
  const canSwitchUser = process.getuid?.() === 0 && existsSync('/usr/sbin/runuser');
  it.runIf(canSwitchUser)(
    'the built CLI, run by an account the folder refuses, reports the rest (exit 0)',
    () => {
      const folder = exportFolder();
      writeFileSync(path.join(folder, 'Profile.csv'), profile);
      chmodSync(folder, 0o755);
      for (const file of ['Profile.csv', 'Jobs/Job Applications.csv']) {
        chmodSync(path.join(folder, file), 0o644);
      }
      chmodSync(path.join(folder, 'Jobs'), 0o000);
      const run = spawnSync(
        '/usr/sbin/runuser',
        [
          '-u',
          'nobody',
          '--',
          process.execPath,
          'bin/linkedin-exposure.js',
          'report',
          folder,
          '--format',
          'json',
        ],
        { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as {
        totals: { records: number };
        warnings: { code: string; message: string }[];
      };
      expect(report.totals.records).toBe(1);
      expect(report.warnings.find((warning) => warning.code === 'unlisted-folder')?.message).toBe(
        `The folder Jobs could not be opened (EACCES: permission denied, scandir '${path.join(folder, 'Jobs')}'): check that your account may read it; its files are not in this report, the rest of the export was read.`,
      );
    },
  );
});

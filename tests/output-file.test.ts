import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputInParts } from '../src/cli/write-output.js';
import { warningText } from '../src/core/messages.js';
import { repoRoot, sampleArchive } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';
import { scratchDir } from './helpers/scratch.js';

function oneLineError(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('--output problems are one line and exit 2 (README, "When something goes wrong")', () => {
  it('a path through a file', () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'report.csv'), 'kept');
    const result = runCli([sampleArchive, '--output', path.join(dir, 'report.csv', 'plan.csv')]);
    expect(result.code).toBe(2);
    expect(oneLineError(result.stderr)).toMatch(/plan\.csv cannot be written \(ENOTDIR/u);
  });

  it('a path in a loop of links', () => {
    const dir = scratchDir();
    symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
    const result = runCli([sampleArchive, '--output', path.join(dir, 'loop', 'report.txt')]);
    expect(result.code).toBe(2);
    expect(oneLineError(result.stderr)).toMatch(/report\.txt cannot be written \(ELOOP/u);
  });

  it("a spreadsheet program's own format, which Excel would refuse", () => {
    const dir = scratchDir();
    const result = runCli([sampleArchive, '--output', path.join(dir, 'report.xlsx')]);
    expect(result.code).toBe(2);
    expect(oneLineError(result.stderr)).toMatch(
      /--output ".*report\.xlsx" is not valid: expected a \.csv, \.json, \.md or \.txt name/u,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is checked before the export is read', () => {
    const dir = scratchDir();
    const damaged = path.join(dir, 'damaged.zip');
    writeFileSync(damaged, 'PK\u0003\u0004 not a whole archive');
    writeFileSync(path.join(dir, 'report.txt'), 'kept');
    const result = runCli([damaged, '--output', path.join(dir, 'report.txt')]);
    expect(result.code).toBe(2);
    expect(oneLineError(result.stderr)).toMatch(/report\.txt already exists/u);
  });
});

describe('an export path that cannot be reached', () => {
  it('is unreadable, not missing, when the system refuses it (a loop of links)', () => {
    const dir = scratchDir();
    const loop = path.join(dir, 'export.zip');
    symlinkSync(loop, loop);
    const result = runCli([loop]);
    expect(result.code).toBe(2);
    expect(oneLineError(result.stderr)).toMatch(
      /export\.zip cannot be read \(ELOOP.*\): check that your account may read it/u,
    );
  });
});

describe('records --output, written in parts', () => {
  it('takes its name only once complete, and never with a part left behind', () => {
    const dir = scratchDir();
    const target = path.join(dir, 'records.csv');
    const file = new OutputInParts(target, { cwd: dir, inputs: [], force: false });
    file.write('a,b\r\n');
    expect(existsSync(target)).toBe(false);
    file.write('1,2\r\n');
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('a,b\r\n1,2\r\n');
    expect(readdirSync(dir)).toEqual(['records.csv']);
  });

  it('leaves the file --force would replace as it was when the run fails', () => {
    const dir = scratchDir();
    const target = path.join(dir, 'records.csv');
    writeFileSync(target, 'earlier');
    const file = new OutputInParts(target, { cwd: dir, inputs: [], force: true });
    file.write('half of it');
    file.abandon();
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(readdirSync(dir)).toEqual(['records.csv']);
  });

  it('leaves neither half a file nor a part on Ctrl-C, and exits 130', () => {
    const dir = scratchDir();
    const target = path.join(dir, 'records.csv');
    writeFileSync(target, 'earlier');
    const script = `
      import { OutputInParts } from ${JSON.stringify(path.join(repoRoot, 'src/cli/write-output.ts'))};
      const file = new OutputInParts(${JSON.stringify(target)}, { cwd: '/', inputs: [], force: true });
      file.write('half of it');
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => { file.commit(); }, 5000);
    `;
    const run = spawnSync(path.join(repoRoot, 'node_modules/.bin/tsx'), ['-e', script], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(130);
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(readdirSync(dir)).toEqual(['records.csv']);
  });

  it('writes to a device directly, never renaming a file over it', () => {
    const file = new OutputInParts('/dev/null', { cwd: '/', inputs: [], force: true });
    file.write('x');
    file.commit();
    expect(spawnSync('test', ['-c', '/dev/null']).status).toBe(0);
  });
});

describe('a file of an export folder the system will not let us read', () => {
  it('is said to be unreadable, not damaged', () => {
    expect(
      warningText['unreadable-table']({
        file: 'Shares.csv',
        problem: "EACCES: permission denied, open '/exports/Shares.csv'",
      }),
    ).toBe(
      "Shares.csv could not be read (EACCES: permission denied, open '/exports/Shares.csv'): check that your account may read it; the rest of the export was read.",
    );
    expect(
      warningText['unreadable-table']({ file: 'Shares.csv', problem: 'invalid stored block' }),
    ).toMatch(/the archive may be damaged/u);
  });
});

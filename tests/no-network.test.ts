import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sampleArchive } from './helpers/fixtures.js';

const preload = path.join(repoRoot, 'tests/helpers/block-network.mjs');

function runBlocked(args: string[], log: string) {
  return spawnSync(
    process.execPath,
    ['--import', preload, path.join(repoRoot, 'bin/linkedin-exposure.js'), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', NETWORK_LOG: log },
    },
  );
}

describe('privacy: the CLI opens no network connection', () => {
  it('the preload really blocks and logs a connection attempt', () => {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'no-network-')), 'attempts.log');
    const result = spawnSync(
      process.execPath,
      ['--import', preload, '-e', "require('node:https').get('https://example.com')"],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NETWORK_LOG: log } },
    );
    expect(result.status).not.toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('https.get');
  });

  it.each([
    ['report', 'table'],
    ['records', 'json'],
    ['suggestions', 'csv'],
    ['resumes', 'csv'],
  ])('%s --format %s succeeds with every network path blocked', (command, format) => {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'no-network-')), 'attempts.log');
    const result = runBlocked([command, sampleArchive, '--format', format], log);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(log)).toBe(false);
  });
});

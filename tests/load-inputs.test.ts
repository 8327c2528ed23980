import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../src/cli/load-inputs.js';
import type { FolderFile } from '../src/core/index.js';

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

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sampleArchive } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';

// The bar shows from the first update here, as it does after a second on a large export.
vi.mock('../src/cli/progress-bar.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/cli/progress-bar.js')>();
  return {
    ...original,
    createProgressBar: (options: Parameters<typeof original.createProgressBar>[0]) =>
      original.createProgressBar({ ...options, delayMs: 0 }),
  };
});

const clearLine = '\r\u001b[K';

describe('the progress bar on a terminal, with --output', () => {
  it.each(['report', 'records'])(
    '%s: the bar is cleared before "Wrote …" is said, so the line stays readable',
    async (command) => {
      const output = path.join(
        mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-bar-')),
        'out.csv',
      );
      const result = await runInProcess(
        [command, sampleArchive, '--format', 'csv', '--output', output],
        { stderrIsTty: true },
      );
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('[');
      const wrote = result.stderr.indexOf('Wrote ');
      expect(wrote).toBeGreaterThan(0);
      expect(result.stderr.lastIndexOf(clearLine)).toBe(wrote - clearLine.length);
    },
  );
});

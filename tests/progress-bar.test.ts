import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../src/cli/progress-bar.js';
import { runInProcess } from './helpers/run-in-process.js';
import { sampleArchive } from './helpers/fixtures.js';

const event = (bytesDone: number, file = 'messages.csv') => ({
  bytesDone,
  bytesTotal: 400 * 1024 * 1024,
  filesDone: 3,
  filesTotal: 70,
  file,
});

function fakeClock(times: number[]): () => number {
  let index = 0;
  return () => times[Math.min(index++, times.length - 1)] ?? 0;
}

describe('progress bar', () => {
  it('stays silent for archives read within the first second', () => {
    const written: string[] = [];
    const bar = createProgressBar({
      write: (text) => written.push(text),
      width: 80,
      now: fakeClock([0, 500, 900]),
    });
    bar.update(event(10));
    bar.update(event(20));
    bar.finish();
    expect(written).toEqual([]);
  });

  it('draws bytes of the total and the current file, then clears the line', () => {
    const written: string[] = [];
    const bar = createProgressBar({
      write: (text) => written.push(text),
      width: 80,
      now: fakeClock([0, 1500, 1550, 1700]),
    });
    bar.update(event(100 * 1024 * 1024));
    bar.update(event(101 * 1024 * 1024));
    bar.update(event(200 * 1024 * 1024, 'Shares_\u001b[2J.csv'));
    bar.finish();
    expect(written).toEqual([
      '\r\u001b[K[######..................]  25% 100.0 MiB of 400.0 MiB messages.csv',
      '\r\u001b[K[############............]  50% 200.0 MiB of 400.0 MiB Shares_␛[2J.csv',
      '\r\u001b[K',
    ]);
  });

  it('never writes to stdout, nor to stderr when it is not a terminal', async () => {
    const result = await runInProcess([sampleArchive, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });
});

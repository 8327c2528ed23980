import { describe, expect, it } from 'vitest';
import { analyzeExport, type ProgressEvent } from '../src/core/index.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';

const sample = listFixtures().find((fixture) => fixture.name === 'sample');
if (!sample) throw new Error('the sample fixture is missing');
const inputs = sample.archives.map(readArchive);

async function progressOf(options: { onRecord?: () => void }): Promise<ProgressEvent[]> {
  const events: ProgressEvent[] = [];
  await analyzeExport(inputs, {
    ...options,
    onProgress: (event) => {
      events.push(event);
    },
  });
  return events;
}

function expectSteady(events: readonly ProgressEvent[]): void {
  for (const [index, event] of events.entries()) {
    const before = events[index - 1];
    if (before) {
      expect(event.bytesDone).toBeGreaterThanOrEqual(before.bytesDone);
      expect(event.filesDone).toBeGreaterThanOrEqual(before.filesDone);
    }
    expect(event.bytesDone).toBeLessThanOrEqual(event.bytesTotal);
  }
  const last = events.at(-1);
  expect(last).toMatchObject({ file: '' });
  expect(last?.bytesDone).toBe(last?.bytesTotal);
  expect(last?.filesDone).toBe(last?.filesTotal);
}

describe('progress', () => {
  it('runs once through the files, to the end, naming each as it is read', async () => {
    const events = await progressOf({});
    expectSteady(events);
    const files = new Set(events.map((event) => event.file).filter((file) => file !== ''));
    expect(files.size).toBe(events.at(-1)?.filesTotal);
    // Only the end says no file.
    expect(events.filter((event) => event.file === '')).toHaveLength(1);
  });

  it('covers both readings when the records are handed on one by one', async () => {
    const once = await progressOf({});
    const twice = await progressOf({ onRecord: () => undefined });
    expectSteady(twice);
    const total = once.at(-1);
    expect(twice.at(-1)?.bytesTotal).toBe(2 * (total?.bytesTotal ?? 0));
    expect(twice.at(-1)?.filesTotal).toBe(2 * (total?.filesTotal ?? 0));
    // Half-way is the end of the first reading, and the second names its files again.
    const second = twice.filter((event) => event.filesDone >= (total?.filesTotal ?? 0));
    expect(second.some((event) => event.file.startsWith('Shares'))).toBe(true);
    // The first reading does not end the bar: only the very end names no file.
    expect(twice.filter((event) => event.file === '')).toHaveLength(1);
  });
});

describe('an aborted analysis', () => {
  const newer = new Error('newer settings came');

  it('rejects with the reason, however early or late it is stopped', async () => {
    const before = new AbortController();
    before.abort(newer);
    await expect(analyzeExport(inputs, { signal: before.signal })).rejects.toBe(newer);

    const events = await progressOf({});
    for (const stopAt of [1, Math.floor(events.length / 2), events.length - 1]) {
      const controller = new AbortController();
      let seen = 0;
      const run = analyzeExport(inputs, {
        signal: controller.signal,
        onProgress: () => {
          if (++seen === stopAt) controller.abort(newer);
        },
      });
      await expect(run, `stopped at event ${String(stopAt)}`).rejects.toBe(newer);
    }
  });

  it('stops handing on records in the second reading', async () => {
    const controller = new AbortController();
    let handed = 0;
    const run = analyzeExport(inputs, {
      signal: controller.signal,
      onRecord: () => {
        if (++handed === 10) controller.abort(newer);
      },
    });
    await expect(run).rejects.toBe(newer);
    const all = await analyzeExport(inputs, { keepRecords: 'all' });
    expect(handed).toBeLessThan(all.records.length);
  });
});

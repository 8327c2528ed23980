import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { countThreads } from '../src/cli/count-threads.js';
import { analyzeExport } from '../src/core/index.js';
import type { CountElsewhere } from '../src/core/read/count-elsewhere.js';
import { buildZip, completeZipName } from './helpers/build-zip.js';
import { readArchive, sampleArchive } from './helpers/fixtures.js';

// docs/performance.md: the worker starts for a file worth it, and then takes the smaller counted
// files too, however the tables are ordered.

describe('the counting worker', () => {
  it('starts at the largest counted file and then takes the smaller ones', async () => {
    const input = readArchive(sampleArchive);
    const threads = countThreads({
      // Above every counted file of the sample but its messages (51,366 bytes).
      minBytes: 40_000,
      workerUrl: new URL('../dist/cli/count-worker.js', import.meta.url),
    });
    const offered: { path: string; taken: boolean }[] = [];
    const countElsewhere: CountElsewhere = (spec, trainingSince, entry, onBytes) => {
      const result = threads(spec, trainingSince, entry, onBytes);
      offered.push({ path: entry.check.path, taken: result !== null });
      return result;
    };
    // `flagged`, as `report` reads: private messages are counted, not kept.
    const report = await analyzeExport([input], {
      isUtf8: (bytes) => isUtf8(bytes),
      keepRecords: 'flagged',
      countElsewhere,
    });
    const baseline = await analyzeExport([input], {
      isUtf8: (bytes) => isUtf8(bytes),
      keepRecords: 'flagged',
    });

    expect(offered[0]).toEqual({ path: 'messages.csv', taken: true });
    expect(offered.map(({ path }) => path)).toContain('Connections.csv');
    expect(offered.every(({ taken }) => taken)).toBe(true);
    expect(report).toEqual(baseline);
  });

  it('leaves every file to the main thread when none is worth starting it for', async () => {
    const threads = countThreads({
      minBytes: 1024 ** 3,
      workerUrl: new URL('../dist/cli/count-worker.js', import.meta.url),
    });
    const offered: boolean[] = [];
    await analyzeExport([readArchive(sampleArchive)], {
      isUtf8: (bytes) => isUtf8(bytes),
      keepRecords: 'flagged',
      countElsewhere: (spec, trainingSince, entry, onBytes) => {
        const result = threads(spec, trainingSince, entry, onBytes);
        offered.push(result !== null);
        return result;
      },
    });
    expect(offered.length).toBeGreaterThan(3);
    expect(offered.some(Boolean)).toBe(false);
  });

  it('stops at a row no LinkedIn export holds, on either thread, with the same warning', async () => {
    // A 17 MiB message: the byte counter scans the unfinished row again at each chunk, so a
    // 400 MB one took 88 s and 760 MiB before the limit.
    const header =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
    const row = `1,,Ann,,Bob,,2024-01-01 10:00:00 UTC,,"${'a'.repeat(17 * 1024 * 1024)}",INBOX`;
    const input = {
      name: completeZipName,
      bytes: await buildZip({
        'messages.csv': `${header}\n${row}\n`,
        'Profile.csv': 'First Name,Last Name\nAda,Lovelace\n',
      }),
    };
    const options = {
      isUtf8: (bytes: Uint8Array) => isUtf8(bytes),
      keepRecords: 'flagged' as const,
      limits: { maxCompressionRatio: 1_000_000 },
    };
    const threads = countThreads({
      minBytes: 0,
      workerUrl: new URL('../dist/cli/count-worker.js', import.meta.url),
    });
    let counted = 0;
    const onWorker = await analyzeExport([input], {
      ...options,
      countElsewhere: (spec, trainingSince, entry, onBytes) => {
        const result = threads(spec, trainingSince, entry, onBytes);
        if (result !== null) counted++;
        return result;
      },
    });
    const onMain = await analyzeExport([input], options);
    expect(counted).toBe(1);
    for (const report of [onWorker, onMain]) {
      expect(report.files.find((file) => file.path === 'messages.csv')).toMatchObject({
        status: 'failed',
        note: 'not read: a row over 16.0 MiB',
      });
      expect(report.warnings.map((warning) => warning.code)).toContain('row-too-long');
    }
    expect(onWorker).toEqual(onMain);
  });
});

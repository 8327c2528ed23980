import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { deferredUnder, inflateDeferred, readArchive } from '../src/cli/archive-read.js';
import { countThreads } from '../src/cli/count-threads.js';
import { nodePlatform } from '../src/cli/node-platform.js';
import { analyzeExport } from '../src/core/index.js';
import { buildZip, completeZipName, deflatedDataRanges } from './helpers/build-zip.js';
import { noisyCommentsCsv, noisyMessagesCsv } from './helpers/incompressible.js';

// docs/performance.md, "Page faults": the CLI reads a large entry's deflated data when that
// entry is inflated, by the thread that inflates it; every reading must still see the file's bytes.

/** The deflated data of the archive's largest entry, as a view of `bytes`. */
function largestEntryData(bytes: Uint8Array): Uint8Array {
  const [largest] = deflatedDataRanges(bytes);
  if (!largest) throw new Error('expected an entry');
  return bytes.subarray(largest.start, largest.end);
}

async function inflated(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

async function archiveOnDisk(files: Record<string, string>): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-archive-read-'));
  const file = path.join(folder, completeZipName);
  writeFileSync(file, await buildZip(files));
  return file;
}

const exportFiles = {
  'Profile.csv': 'First Name,Last Name,Headline\nAda,Lovelace,Analyst\n',
  'messages.csv': noisyMessagesCsv(4000),
  'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n',
};

describe('reading a ZIP with its large entries deferred', () => {
  it('leaves the large entry unread, and reads exactly the file once it is needed', async () => {
    const file = await archiveOnDisk(exportFiles);
    const onDisk = readFileSync(file);
    const bytes = readArchive(file, onDisk.length);
    expect(bytes.length).toBe(onDisk.length);
    expect(Buffer.compare(Buffer.from(bytes), onDisk)).not.toBe(0);
    const deferred = deferredUnder(bytes);
    expect(deferred?.ranges).toHaveLength(1);
    const [range] = deferred?.ranges ?? [];
    if (!range) throw new Error('expected one deferred range');
    expect(range.end - range.start).toBeGreaterThan(900_000);
    // Bar its last bytes, which the read of the archive's end (its directory) may cover.
    const unread = bytes.subarray(range.start, range.end - 70 * 1024);
    expect(unread.length).toBeGreaterThan(800_000);
    expect(unread.every((byte) => byte === 0)).toBe(true);
    // Everything outside it is read: the headers jszip reads and the small entries.
    expect(
      Buffer.compare(Buffer.from(bytes.subarray(0, range.start)), onDisk.subarray(0, range.start)),
    ).toBe(0);
    expect(Buffer.compare(Buffer.from(bytes.subarray(range.end)), onDisk.subarray(range.end))).toBe(
      0,
    );

    const data = largestEntryData(bytes);
    const expected = inflateRawSync(largestEntryData(new Uint8Array(onDisk)));
    const under = deferredUnder(data);
    if (!under) throw new Error("expected the entry's data to be deferred");
    expect(under.ranges).toEqual([range]);
    const read = await inflated(inflateDeferred(data, under));
    expect(read.toString()).toBe(exportFiles['messages.csv']);
    expect(Buffer.compare(read, expected)).toBe(0);
    // Read from the file, not into the archive's memory: it stays as it was.
    expect(unread.every((byte) => byte === 0)).toBe(true);
  });

  it('defers nothing in an archive behind a stub, whose offsets jszip corrects', async () => {
    const file = await archiveOnDisk(exportFiles);
    const stubbed = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), readFileSync(file)]);
    writeFileSync(file, stubbed);
    const bytes = readArchive(file, stubbed.length);
    expect(deferredUnder(bytes)).toBeNull();
    expect(Buffer.compare(Buffer.from(bytes), stubbed)).toBe(0);
  });

  it('refuses to read the rest of an archive that changed since it was opened', async () => {
    const file = await archiveOnDisk(exportFiles);
    const bytes = readArchive(file, readFileSync(file).length);
    const deferred = deferredUnder(bytes);
    if (!deferred) throw new Error('expected a deferred range');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const data = largestEntryData(bytes);
    await expect(inflated(inflateDeferred(data, deferred))).rejects.toThrow(
      'it changed while it was being read',
    );
  });

  it("stops reading when the reader stops: Comments' first pass ends at its first escaped quote", async () => {
    const file = await archiveOnDisk({
      ...exportFiles,
      'Comments.csv': noisyCommentsCsv(8000),
    });
    const onDisk = new Uint8Array(readFileSync(file));
    const whole = await analyzeExport([{ name: completeZipName, bytes: onDisk }], {
      isUtf8: (bytes) => isUtf8(bytes),
    });
    const deferred = readArchive(file, onDisk.length);
    expect(deferredUnder(deferred)?.ranges).toHaveLength(2);
    const report = await analyzeExport([{ name: completeZipName, bytes: deferred }], {
      ...nodePlatform,
      countElsewhere: () => null,
    });
    expect(whole.totals.records).toBe(12001);
    expect(report).toEqual(whole);
  });

  it('gives the same report whichever thread reads the deferred data', async () => {
    const file = await archiveOnDisk(exportFiles);
    const onDisk = new Uint8Array(readFileSync(file));
    const whole = await analyzeExport([{ name: completeZipName, bytes: onDisk }], {
      isUtf8: (bytes) => isUtf8(bytes),
    });
    const onMain = await analyzeExport(
      [{ name: completeZipName, bytes: readArchive(file, onDisk.length) }],
      { ...nodePlatform, countElsewhere: () => null },
    );
    const worker = countThreads({
      minBytes: 0,
      workerUrl: new URL('../dist/cli/count-worker.js', import.meta.url),
    });
    const onWorker = await analyzeExport(
      [{ name: completeZipName, bytes: readArchive(file, onDisk.length) }],
      { ...nodePlatform, countElsewhere: worker },
    );
    expect(whole.totals.records).toBe(4001);
    expect(onMain).toEqual(whole);
    expect(onWorker).toEqual(whole);
  });
});

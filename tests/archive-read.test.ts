import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { deferredUnder, fillDeferred, readArchive, readDeferred } from '../src/cli/archive-read.js';
import { countThreads } from '../src/cli/count-threads.js';
import { nodePlatform } from '../src/cli/node-platform.js';
import { analyzeExport } from '../src/core/index.js';
import { buildZip, completeZipName } from './helpers/build-zip.js';

// docs/performance.md, "Page faults": the CLI reads a large entry's deflated data when that
// entry is inflated, by the thread that inflates it; every reading must still see the file's bytes.

const header =
  '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n';

/** Private messages of random text: deflate cannot shrink them below the 1 MiB that is deferred. */
function messagesCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => {
    const text = randomBytes(600).toString('base64');
    const day = String(1 + (index % 28)).padStart(2, '0');
    return `"2-abc${String(index % 50)}","","Ada","","Bo","","2026-10-${day} 10:00:00 UTC","","${text}","INBOX",""`;
  });
  return header + rows.join('\n') + '\n';
}

async function archiveOnDisk(files: Record<string, string>): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-archive-read-'));
  const file = path.join(folder, completeZipName);
  writeFileSync(file, await buildZip(files));
  return file;
}

const exportFiles = {
  'Profile.csv': 'First Name,Last Name,Headline\nAda,Lovelace,Analyst\n',
  'messages.csv': messagesCsv(4000),
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

    readDeferred(bytes.subarray(range.start - 10, range.start + 10));
    expect(Buffer.compare(Buffer.from(bytes), onDisk)).toBe(0);
    expect(deferredUnder(bytes)).toBeNull();
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
    expect(() => {
      fillDeferred(bytes.buffer as SharedArrayBuffer, deferred);
    }).toThrow('it changed while it was being read');
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

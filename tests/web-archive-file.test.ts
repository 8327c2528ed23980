import { describe, expect, it } from 'vitest';
import { analyzeExport } from '../src/core/index.js';
import { problemText } from '../src/core/messages.js';
import { inflateFromArchive, readArchiveFile } from '../src/web/worker/archive-file.js';
import { buildZip, completeZipName, deflatedDataRanges } from './helpers/build-zip.js';
import { noisyCommentsCsv, noisyMessagesCsv } from './helpers/incompressible.js';

// The page reads a dropped ZIP in slices of its File (docs/web.md, "Large exports"): the large
// entries' deflated data only while they are inflated, and every reading sees the file's bytes.

const exportFiles = {
  'Profile.csv': 'First Name,Last Name,Headline\nAda,Lovelace,Analyst\n',
  'messages.csv': noisyMessagesCsv(4000),
  'Comments.csv': noisyCommentsCsv(3000),
  'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n',
};

/** A Blob that records which slices of it were read, and can refuse to be read after a point. */
class RecordingBlob extends Blob {
  readonly slices: { start: number; end: number }[] = [];
  refuse = false;

  override slice(start = 0, end = this.size): Blob {
    this.slices.push({ start, end });
    if (this.refuse) {
      return {
        arrayBuffer: () => Promise.reject(new DOMException('changed', 'NotReadableError')),
      } as unknown as Blob;
    }
    return super.slice(start, end);
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

async function whole(zip: Uint8Array) {
  return analyzeExport([{ name: completeZipName, bytes: zip }]);
}

describe('a ZIP dropped on the page, read in slices of its File', () => {
  it('leaves the large entries in the File until they are inflated, then reads them in pieces', async () => {
    const zip = await buildZip(exportFiles);
    const file = new RecordingBlob([new Uint8Array(zip)]);
    const bytes = await readArchiveFile(file);
    expect(bytes.length).toBe(zip.length);
    const [messages, comments] = deflatedDataRanges(zip);
    if (!messages || !comments) throw new Error('expected two large entries');
    expect(comments.end - comments.start).toBeGreaterThan(1024 * 1024);
    const opened = file.slices.length;
    // Bar the archive's last 64 KiB, read first to find its directory, and each entry's first
    // 128 KiB and last bytes, which are read with the local headers around them.
    const tailStart = zip.length - 22 - 0xffff;
    const unread = [messages, comments].map((data) => ({
      start: data.start + 0x20000,
      end: Math.min(data.end - 0x100, tailStart),
    }));
    const untouched = () =>
      unread.every(({ start, end }) => bytes.subarray(start, end).every((byte) => byte === 0));
    for (const range of unread) {
      expect(range.end - range.start).toBeGreaterThan(800_000);
      expect(file.slices.filter((read) => overlaps(read, range))).toEqual([]);
    }
    expect(untouched()).toBe(true);

    const report = await analyzeExport([{ name: completeZipName, bytes }], {
      inflateRaw: inflateFromArchive,
    });
    expect(report).toEqual(await whole(zip));
    expect(report.totals.records).toBe(7001);
    const whileInflating = file.slices.slice(opened);
    expect(whileInflating.length).toBeGreaterThan(4);
    expect(Math.max(...whileInflating.map((read) => read.end - read.start))).toBe(1024 * 1024);
    // Read from the File, not into the archive's memory: it stays as it was.
    expect(untouched()).toBe(true);
  });

  it('reads a small archive whole in one go, and defers nothing', async () => {
    const zip = await buildZip({ 'Profile.csv': exportFiles['Profile.csv'] });
    const file = new RecordingBlob([new Uint8Array(zip)]);
    const bytes = await readArchiveFile(file);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(zip))).toBe(0);
    const report = await analyzeExport([{ name: completeZipName, bytes }], {
      inflateRaw: inflateFromArchive,
    });
    expect(report).toEqual(await whole(zip));
  });

  it('defers nothing in an archive behind a stub, whose offsets jszip corrects', async () => {
    const zip = await buildZip(exportFiles);
    const stubbed = new Uint8Array([...new TextEncoder().encode('#!/bin/sh\nexit 0\n'), ...zip]);
    const bytes = await readArchiveFile(new RecordingBlob([stubbed]));
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(stubbed))).toBe(0);
  });

  it("warns of an entry the browser stopped handing over, the member's to fix", async () => {
    const zip = await buildZip(exportFiles);
    const file = new RecordingBlob([new Uint8Array(zip)]);
    const bytes = await readArchiveFile(file);
    file.refuse = true;
    const report = await analyzeExport([{ name: completeZipName, bytes }], {
      inflateRaw: inflateFromArchive,
    });
    const unreadable = report.warnings.filter((warning) => warning.code === 'unreadable-table');
    expect(unreadable.map((warning) => warning.file).sort()).toEqual([
      'Comments.csv',
      'messages.csv',
    ]);
    for (const warning of unreadable) {
      expect(warning.message).toContain(problemText.browserUnreadable());
    }
    // The small entries were read up front.
    expect(report.files.find((summary) => summary.path === 'Profile.csv')?.records).toBe(1);
  });

  it('refuses a File the browser will not read at all, and reads an empty one as empty', async () => {
    const refused = new RecordingBlob([new Uint8Array(await buildZip(exportFiles))]);
    refused.refuse = true;
    await expect(readArchiveFile(refused)).rejects.toThrow(problemText.browserUnreadable());
    const emptied = new Blob([]);
    expect(await readArchiveFile(emptied)).toEqual(new Uint8Array(0));
  });
});

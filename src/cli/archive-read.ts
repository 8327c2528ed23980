import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createInflateRaw, type InflateRaw } from 'node:zlib';
import { inflateChunkSize, nodeInflateRaw } from './node-inflate.js';
import {
  centralDirectoryEntries,
  centralDirectorySpan,
} from '../core/archive/central-directory.js';
import { problemText } from '../core/messages.js';

/**
 * Deflated data this large is left in the file when the archive is opened, and read from it in
 * pieces as its entry is inflated: by the worker thread, for the files it counts
 * (count-threads.ts), or by the main thread. Reading the benchmark export's 50 MiB whole took the
 * main thread about 0.2 s, most of it page faults of memory touched for the first time, and 45
 * MiB of it, the private messages and reactions, sat in the peak RSS (docs/performance.md, "Page
 * faults").
 */
const deferFrom = 1024 * 1024;
/** A local header: 30 bytes, then a name and an extra field of up to 64 KiB each. */
const longestLocalHeader = 30 + 2 * 0xffff;
const localFileHeader = 0x04034b50;
/** The end record (22 bytes) and the longest comment a ZIP can end with. */
const longestEnd = 22 + 0xffff;
/** Deferred data is read from the file this much at a time. */
const filePiece = 1024 * 1024;
/** Node reads at most 2 GiB at a time. */
const readPiece = 1024 ** 3;

/** Bytes of an archive not read yet: `[start, end)` in the archive, which the memory mirrors. */
export interface DeferredRange {
  start: number;
  end: number;
}

/** Where a deferred range's bytes come from: the file, as it was when it was opened. */
export interface DeferredSource {
  file: string;
  size: number;
  modified: number;
  ranges: readonly DeferredRange[];
}

const deferredOf = new WeakMap<SharedArrayBuffer, DeferredSource>();

/** Reads `length` bytes of the file from `position` into `target` at `offset`; how many it read. */
function readInto(
  handle: number,
  target: Uint8Array,
  offset: number,
  length: number,
  position: number,
): number {
  let done = 0;
  while (done < length) {
    const bytesRead = readSync(
      handle,
      target,
      offset + done,
      Math.min(length - done, readPiece),
      position + done,
    );
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

/** Reads `[start, end)` of the file into the same place of `bytes`, which mirrors it; where it got. */
function readRange(handle: number, bytes: Uint8Array, start: number, end: number): number {
  return start + readInto(handle, bytes, start, Math.max(0, end - start), start);
}

/**
 * The data of the large deflated entries, each from past its longest possible local header to
 * its end, so that every header jszip reads is read; none when the directory does not add up
 * or the ranges would overlap a header, which only a crafted archive does.
 */
function deferrable(bytes: Uint8Array): DeferredRange[] {
  const span = centralDirectorySpan(bytes);
  if (span === null) return [];
  const entries = centralDirectoryEntries(bytes, span);
  if (entries === null) return [];
  const ranges = entries
    .filter((entry) => entry.method === 8 && entry.compressedSize >= deferFrom)
    .map((entry) => ({
      start: entry.localHeaderOffset + longestLocalHeader,
      end: entry.localHeaderOffset + 30 + entry.compressedSize,
    }))
    .filter((range) => range.start < range.end)
    .sort((a, b) => a.start - b.start);
  const kept = ranges.every(
    (range, index) =>
      range.end <= span.offset &&
      (ranges[index + 1]?.start ?? Number.POSITIVE_INFINITY) >= range.end &&
      !entries.some(
        (entry) =>
          entry.localHeaderOffset < range.end &&
          entry.localHeaderOffset + longestLocalHeader > range.start,
      ),
  );
  return kept ? ranges : [];
}

/**
 * A ZIP's bytes in shared memory: the worker that counts private messages reads its entries
 * where they are instead of getting a copy (count-threads.ts). Read in place, not through
 * readFile, which would hold a second copy until it was collected; the large entries' data is
 * read from the file by whichever thread inflates them (`inflateDeferred`).
 */
export function readArchive(file: string, size: number): Uint8Array {
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  // Synchronous: nothing else runs yet, and the thread pool's start and round trips cost a small
  // export some milliseconds (docs/performance.md, "Start-up").
  const handle = openSync(file, 'r');
  try {
    const tailStart = Math.max(0, size - longestEnd);
    // A file shorter than its size a moment ago is being written: read what there is, whole.
    if (readRange(handle, bytes, tailStart, size) < size) {
      return bytes.subarray(0, readRange(handle, bytes, 0, size));
    }
    const span = centralDirectorySpan(bytes);
    if (span && span.offset < tailStart) {
      readRange(handle, bytes, span.offset, Math.min(span.offset + span.size, tailStart));
    }
    const ranges = deferrable(bytes);
    let offset = 0;
    for (const range of [...ranges, { start: tailStart, end: tailStart }]) {
      if (readRange(handle, bytes, offset, range.start) < range.start) {
        throw new Error(problemText.archiveChanged());
      }
      offset = Math.max(offset, range.end);
    }
    const local = new DataView(bytes.buffer);
    const headersFound = ranges.every(
      (range) => local.getUint32(range.start - longestLocalHeader, true) === localFileHeader,
    );
    if (!headersFound) {
      for (const range of ranges) readRange(handle, bytes, range.start, range.end);
      return bytes;
    }
    if (ranges.length > 0) {
      const { mtimeMs } = fstatSync(handle);
      deferredOf.set(bytes.buffer, {
        file,
        size,
        modified: mtimeMs,
        ranges,
      });
    }
    return bytes;
  } finally {
    closeSync(handle);
  }
}

/** The deferred ranges under an entry's bytes: where `inflateDeferred` reads from the file. */
export function deferredUnder(view: Uint8Array): DeferredSource | null {
  if (!(view.buffer instanceof SharedArrayBuffer)) return null;
  const deferred = deferredOf.get(view.buffer);
  if (!deferred) return null;
  const start = view.byteOffset;
  const end = start + view.byteLength;
  const ranges = deferred.ranges.filter((range) => range.start < end && range.end > start);
  const { file, size, modified } = deferred;
  return ranges.length > 0 ? { file, size, modified, ranges } : null;
}

/** The parts of an entry's bytes: views of memory, and ranges to read from the file. */
function partsOf(view: Uint8Array, source: DeferredSource): (Uint8Array | DeferredRange)[] {
  const start = view.byteOffset;
  const end = start + view.byteLength;
  const parts: (Uint8Array | DeferredRange)[] = [];
  let at = start;
  for (const range of source.ranges) {
    const from = Math.max(range.start, at);
    const to = Math.min(range.end, end);
    if (from >= to) continue;
    if (at < from) parts.push(view.subarray(at - start, from - start));
    for (let offset = from; offset < to; offset += filePiece) {
      parts.push({ start: offset, end: Math.min(offset + filePiece, to) });
    }
    at = to;
  }
  if (at < end) parts.push(view.subarray(at - start));
  return parts;
}

async function feed(inflater: InflateRaw, view: Uint8Array, source: DeferredSource) {
  const handle = openSync(source.file, 'r');
  try {
    // A file that changed since it was opened would give another archive's bytes.
    const now = fstatSync(handle);
    if (now.size !== source.size || now.mtimeMs !== source.modified) {
      throw new Error(problemText.archiveChanged());
    }
    // Settles with the write's error, if any, rather than rejecting: a write still pending when
    // another one failed must not become an unhandled rejection.
    const write = (bytes: Uint8Array) =>
      new Promise<Error | null>((resolve) => {
        inflater.write(bytes, (error) => {
          resolve(error ?? null);
        });
      });
    // Two buffers in turn: one is read into while zlib inflates the other. A buffer is reused
    // only once zlib has taken all of it (the write's callback).
    const buffers = [Buffer.allocUnsafe(filePiece), Buffer.allocUnsafe(filePiece)];
    const taken: Promise<Error | null>[] = [Promise.resolve(null), Promise.resolve(null)];
    let turn = 0;
    for (const part of partsOf(view, source)) {
      const slot = turn++ % 2;
      const failed = await taken[slot];
      // The reader stopped early (Comments' first pass stops at its first `\"`): nothing to feed.
      if (inflater.destroyed) return;
      if (failed) throw failed;
      if (part instanceof Uint8Array) {
        taken[slot] = write(part);
        continue;
      }
      const buffer = buffers[slot] ?? Buffer.allocUnsafe(filePiece);
      const length = part.end - part.start;
      if (readInto(handle, buffer, 0, length, part.start) < length) {
        throw new Error(problemText.archiveChanged());
      }
      taken[slot] = write(buffer.subarray(0, length));
    }
    const failed = (await Promise.all(taken)).find((error) => error !== null);
    if (inflater.destroyed) return;
    if (failed) throw failed;
    inflater.end();
  } finally {
    closeSync(handle);
  }
}

/**
 * Inflates an entry whose data was deferred, reading that data from the file in pieces into
 * two buffers in turn: its memory in the shared archive is never touched, so the pages of the
 * private messages' 40 MiB are neither faulted in nor counted in the peak RSS.
 */
export function inflateDeferred(
  view: Uint8Array,
  source: DeferredSource,
): AsyncIterable<Uint8Array> {
  const inflater = createInflateRaw({ chunkSize: inflateChunkSize });
  feed(inflater, view, source).catch((error: unknown) => {
    inflater.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return inflater;
}

/**
 * Inflates an entry's bytes from the archive: from the file where its data was left there
 * (`deferred`: the main thread finds it itself; the worker gets it with the request, the
 * registry being this thread's), else from memory.
 */
export function inflateArchived(
  compressed: Uint8Array,
  deferred: DeferredSource | null = deferredUnder(compressed),
): AsyncIterable<Uint8Array> {
  return deferred ? inflateDeferred(compressed, deferred) : nodeInflateRaw(compressed);
}

import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import {
  centralDirectoryEntries,
  centralDirectorySpan,
} from '../core/archive/central-directory.js';
import { problemText } from '../core/messages.js';

/**
 * Deflated data this large is read when its entry is inflated, not when the archive is opened:
 * by the worker thread, for the files it counts (count-threads.ts), or by the main thread just
 * before it inflates one. Reading the benchmark export's 50 MiB whole took the main thread about
 * 0.2 s, most of it the page faults of memory touched for the first time; 45 MiB of it are the
 * private messages and reactions, which the worker counts (docs/performance.md, "Page faults").
 */
const deferFrom = 1024 * 1024;
/** A local header: 30 bytes, then a name and an extra field of up to 64 KiB each. */
const longestLocalHeader = 30 + 2 * 0xffff;
const localFileHeader = 0x04034b50;
/** The end record (22 bytes) and the longest comment a ZIP can end with. */
const longestEnd = 22 + 0xffff;
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

interface Deferred extends DeferredSource {
  ranges: DeferredRange[];
  read: boolean[];
}

const deferredOf = new WeakMap<SharedArrayBuffer, Deferred>();

function readRange(handle: number, bytes: Uint8Array, start: number, end: number): number {
  let offset = start;
  while (offset < end) {
    const bytesRead = readSync(handle, bytes, offset, Math.min(end - offset, readPiece), offset);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return offset;
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
 * read when it is needed (`readDeferred`, `fillDeferred`).
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
        read: ranges.map(() => false),
      });
    }
    return bytes;
  } finally {
    closeSync(handle);
  }
}

/** The deferred ranges under an entry's bytes, for the worker thread to read itself. */
export function deferredUnder(view: Uint8Array): DeferredSource | null {
  if (!(view.buffer instanceof SharedArrayBuffer)) return null;
  const deferred = deferredOf.get(view.buffer);
  if (!deferred) return null;
  const start = view.byteOffset;
  const end = start + view.byteLength;
  const ranges = deferred.ranges.filter(
    (range, index) => !deferred.read[index] && range.start < end && range.end > start,
  );
  const { file, size, modified } = deferred;
  return ranges.length > 0 ? { file, size, modified, ranges } : null;
}

/**
 * Reads deferred ranges into the archive's memory, from either thread. A file that changed since
 * it was opened would give another archive's bytes: that is refused.
 */
export function fillDeferred(memory: SharedArrayBuffer, source: DeferredSource): void {
  const now = statSync(source.file);
  if (now.size !== source.size || now.mtimeMs !== source.modified) {
    throw new Error(problemText.archiveChanged());
  }
  const bytes = new Uint8Array(memory);
  const handle = openSync(source.file, 'r');
  try {
    for (const range of source.ranges) {
      if (readRange(handle, bytes, range.start, range.end) < range.end) {
        throw new Error(problemText.archiveChanged());
      }
    }
  } finally {
    closeSync(handle);
  }
}

/** Before the main thread inflates an entry: reads its data if it was deferred. */
export function readDeferred(view: Uint8Array): void {
  const under = deferredUnder(view);
  if (!under) return;
  const memory = view.buffer as SharedArrayBuffer;
  fillDeferred(memory, under);
  const deferred = deferredOf.get(memory);
  if (!deferred) return;
  deferred.ranges.forEach((range, index) => {
    if (under.ranges.includes(range)) deferred.read[index] = true;
  });
}

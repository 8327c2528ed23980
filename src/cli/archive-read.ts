import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createInflateRaw, type InflateRaw } from 'node:zlib';
import { inflateChunkSize, nodeInflateRaw } from './node-inflate.js';
import {
  archiveReads,
  entryParts,
  rangesUnder,
  type ByteRange,
} from '../core/archive/deferred-ranges.js';
import { problemText } from '../core/messages.js';

/** Deferred data is read from the file this much at a time. */
const filePiece = 1024 * 1024;
/** Node reads at most 2 GiB at a time. */
const readPiece = 1024 ** 3;

/** Where a deferred range's bytes come from: the file, as it was when it was opened. */
export interface DeferredSource {
  file: string;
  size: number;
  modified: number;
  /** Bytes not read yet: `[start, end)` in the archive, which the memory mirrors. */
  ranges: readonly ByteRange[];
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
 * A ZIP's bytes in shared memory: the worker that counts private messages reads its entries
 * where they are instead of getting a copy (count-threads.ts). Read in place, not through
 * readFile, which would hold a second copy until it was collected; the large entries' data is
 * read from the file by whichever thread inflates them (`inflateDeferred`, core's
 * archive/deferred-ranges.ts). Reading the benchmark export's 50 MiB whole took the main thread
 * about 0.2 s, most of it page faults of memory touched for the first time, and 45 MiB of it sat
 * in the peak RSS (docs/performance.md, "Page faults").
 */
export function readArchive(file: string, size: number): Uint8Array {
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  // Synchronous: nothing else runs yet, and the thread pool's start and round trips cost a small
  // export some milliseconds (docs/performance.md, "Start-up").
  const handle = openSync(file, 'r');
  try {
    const reads = archiveReads(bytes);
    let read = reads.next();
    // The first read is the archive's end. A file shorter than its size a moment ago is being
    // written: read what there is, whole.
    if (!read.done && readRange(handle, bytes, read.value.start, read.value.end) < read.value.end) {
      return bytes.subarray(0, readRange(handle, bytes, 0, size));
    }
    for (read = reads.next(); !read.done; read = reads.next()) {
      if (readRange(handle, bytes, read.value.start, read.value.end) < read.value.end) {
        throw new Error(problemText.archiveChanged());
      }
    }
    const ranges = read.value;
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
  const ranges = rangesUnder(view, deferred.ranges);
  const { file, size, modified } = deferred;
  return ranges.length > 0 ? { file, size, modified, ranges } : null;
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
    for (const part of entryParts(view, source.ranges, filePiece)) {
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

import {
  archiveReads,
  entryParts,
  rangesUnder,
  type ByteRange,
} from '../../core/archive/deferred-ranges.js';
import { inflateRawParts, inflateRawWithWebStreams } from '../../core/archive/inflate.js';
import { problemText } from '../../core/messages.js';

/**
 * A dropped ZIP read in slices of its `File` (`Blob.slice`), as the CLI reads one from disk
 * (src/cli/archive-read.ts): the memory has the archive's size, but the deflated data of its large
 * entries (the private messages' tens of MiB) is never read into it. Each such entry is read from
 * the `File` piece by piece while it is inflated, so the tab holds the small entries, the headers
 * and one piece at a time (docs/web.md, "Large exports").
 */

/** Read from the `File` at a time: the deferred data's pieces, and the rest's. */
const filePiece = 1024 * 1024;
const readPiece = 8 * filePiece;

interface DeferredFile {
  file: Blob;
  ranges: readonly ByteRange[];
}

const deferredOf = new WeakMap<ArrayBufferLike, DeferredFile>();

/**
 * A slice of the `File`. The browser refuses to read a `File` changed or moved since it was
 * chosen (`NotReadableError` in Chrome and Firefox): while an entry inflates, that is the
 * member's to fix, and the entry's warning says so.
 */
async function slice(file: Blob, start: number, end: number): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
  } catch {
    throw new Error(problemText.browserUnreadable());
  }
  if (bytes.length !== end - start) throw new Error(problemText.browserUnreadable());
  return bytes;
}

async function readRange(file: Blob, bytes: Uint8Array, range: ByteRange): Promise<void> {
  for (let start = range.start; start < range.end; start += readPiece) {
    bytes.set(await slice(file, start, Math.min(start + readPiece, range.end)), start);
  }
}

/** The archive's bytes, with the large entries' deflated data left in the `File`. */
export async function readArchiveFile(file: Blob): Promise<Uint8Array> {
  const { size } = file;
  // Chromium gives a chosen file that was deleted since the size 0, and refuses only to read it.
  if (size === 0) return new Uint8Array(await file.arrayBuffer());
  const bytes = new Uint8Array(size);
  const reads = archiveReads(bytes);
  let read = reads.next();
  for (; !read.done; read = reads.next()) await readRange(file, bytes, read.value);
  if (read.value.length > 0) deferredOf.set(bytes.buffer, { file, ranges: read.value });
  return bytes;
}

/** An entry's deflated data in parts, the next piece read from the `File` while one inflates. */
async function* partsOf(
  view: Uint8Array,
  file: Blob,
  ranges: readonly ByteRange[],
): AsyncGenerator<Uint8Array> {
  const parts = entryParts(view, ranges, filePiece);
  const read = (index: number): Promise<Uint8Array> | null => {
    const part = parts[index];
    if (part === undefined) return null;
    if (part instanceof Uint8Array) return Promise.resolve(part);
    const reading = slice(file, part.start, part.end);
    // Awaited below unless the reader stops first: its failure is then nobody's to report.
    reading.catch(() => undefined);
    return reading;
  };
  let next = read(0);
  for (let index = 0; next !== null; index++) {
    const current = await next;
    next = read(index + 1);
    yield current;
  }
}

/**
 * Inflates an entry's deflated data (a view of the archive read by `readArchiveFile`), from the
 * `File` where it was left there, else from memory.
 */
export function inflateFromArchive(compressed: Uint8Array): AsyncIterable<Uint8Array> {
  const deferred = deferredOf.get(compressed.buffer);
  const ranges = deferred ? rangesUnder(compressed, deferred.ranges) : [];
  if (!deferred || ranges.length === 0) return inflateRawWithWebStreams(compressed);
  return inflateRawParts(partsOf(compressed, deferred.file, ranges));
}

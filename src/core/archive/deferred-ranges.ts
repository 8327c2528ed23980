import { centralDirectoryEntries, centralDirectorySpan } from './central-directory.js';

/**
 * Where a shell may leave an archive's bytes unread until an entry is inflated: the deflated data
 * of its large entries. The shell holds the archive in memory at its full size, with only those
 * ranges never written, so jszip opens it as if it were whole and the pages of the private
 * messages' tens of MiB are never touched; whoever inflates such an entry reads its data from the
 * file in pieces (the CLI from disk, src/cli/archive-read.ts; the page from the dropped `File`,
 * src/web/worker/archive-file.ts). docs/performance.md, "Page faults" and "The web page".
 */

/** Deflated data at least this large is left in the file. */
const deferFrom = 1024 * 1024;
/** A local header: 30 bytes, then a name and an extra field of up to 64 KiB each. */
const longestLocalHeader = 30 + 2 * 0xffff;
const localFileHeader = 0x04034b50;
/** The end record (22 bytes) and the longest comment a ZIP can end with. */
const longestEnd = 22 + 0xffff;

/** `[start, end)` of the archive. */
export interface ByteRange {
  start: number;
  end: number;
}

/** Where the archive's end is read from first: it holds the central directory's place. */
function tailStart(size: number): number {
  return Math.max(0, size - longestEnd);
}

/**
 * The data of the large deflated entries, each from past its longest possible local header to
 * its end, so that every header jszip reads is read; none when the directory does not add up
 * or the ranges would overlap a header, which only a crafted archive does. `bytes` needs its
 * tail and its central directory read.
 */
function deferrableRanges(bytes: Uint8Array): ByteRange[] {
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

/** Everything before `end` but the deferred ranges. */
function rangesBefore(end: number, deferred: readonly ByteRange[]): ByteRange[] {
  const toRead: ByteRange[] = [];
  let offset = 0;
  for (const range of [...deferred, { start: end, end }]) {
    if (offset < range.start) toRead.push({ start: offset, end: range.start });
    offset = Math.max(offset, range.end);
  }
  return toRead;
}

/**
 * Whether each deferred range follows a local header where the central directory says: when one
 * does not (offsets shifted, a crafted directory), the shell reads the ranges too.
 */
function localHeadersFound(bytes: Uint8Array, deferred: readonly ByteRange[]): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return deferred.every(
    (range) => view.getUint32(range.start - longestLocalHeader, true) === localFileHeader,
  );
}

/**
 * The reads that open an archive held in `bytes` (its full size, nothing read yet), in order,
 * each byte once: its end, its central directory, then everything but the large entries'
 * deflated data. The shell reads each range it is given into the same place of `bytes` before
 * asking for the next (synchronously from disk, or from a `File`); what the plan returns are the
 * ranges left unread, for `entryParts`.
 */
export function* archiveReads(bytes: Uint8Array): Generator<ByteRange, ByteRange[], void> {
  const size = bytes.length;
  const tail = tailStart(size);
  yield { start: tail, end: size };
  const span = centralDirectorySpan(bytes);
  // The directory runs to the end record, which the tail holds: only its start may lie before.
  const directory = span !== null && span.offset < tail ? span.offset : tail;
  if (directory < tail) yield { start: directory, end: tail };
  const deferred = deferrableRanges(bytes);
  yield* rangesBefore(directory, deferred);
  if (localHeadersFound(bytes, deferred)) return deferred;
  yield* deferred;
  return [];
}

/** The deferred ranges under a view of the archive (an entry's deflated data). */
export function rangesUnder(view: Uint8Array, deferred: readonly ByteRange[]): ByteRange[] {
  const start = view.byteOffset;
  const end = start + view.byteLength;
  return deferred.filter((range) => range.start < end && range.end > start);
}

/**
 * The parts of an entry's deflated data, in order: views of the memory that was read, and pieces
 * of at most `piece` bytes of the ranges left in the file.
 */
export function entryParts(
  view: Uint8Array,
  deferred: readonly ByteRange[],
  piece: number,
): (Uint8Array | ByteRange)[] {
  const start = view.byteOffset;
  const end = start + view.byteLength;
  const parts: (Uint8Array | ByteRange)[] = [];
  let at = start;
  for (const range of deferred) {
    const from = Math.max(range.start, at);
    const to = Math.min(range.end, end);
    if (from >= to) continue;
    if (at < from) parts.push(view.subarray(at - start, from - start));
    for (let offset = from; offset < to; offset += piece) {
      parts.push({ start: offset, end: Math.min(offset + piece, to) });
    }
    at = to;
  }
  if (at < end) parts.push(view.subarray(at - start));
  return parts;
}

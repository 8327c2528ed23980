import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { storedChunks, type InflateRaw } from '../core/archive/inflate.js';

/**
 * Every chunk is a round trip to libuv's thread pool, which costs this machine 50 to 100 µs on
 * each side: at 32 KiB the round trips of the large export took 0.5 s of its worker's CPU. The
 * reader decodes any chunk in pieces of `textPieceLength` (csv/table-stream.ts), so a larger
 * chunk makes no larger strings; what it still grows is the zlib stream's own buffer (peak RSS
 * 216 MiB against 210 MiB at 64 KiB on the benchmark export, docs/performance.md).
 */
export const inflateChunkSize = 256 * 1024;

/**
 * Entries this small (compressed) are inflated in one call: a stream's setup and callbacks cost
 * more than inflating them, and an export has dozens (docs/performance.md, "Start-up").
 */
const inflateAtOnceBelow = 64 * 1024;
/**
 * What one call may inflate at most. A small entry that holds more (a bomb, or a very repetitive
 * table) goes through the stream instead, where the limits are checked chunk by chunk.
 */
const mostAtOnce = 4 * 1024 * 1024;

function inflateStreamed(compressed: Uint8Array): AsyncIterable<Uint8Array> {
  const inflater = createInflateRaw({ chunkSize: inflateChunkSize });
  inflater.end(compressed);
  return inflater;
}

/** The whole entry, or null when it holds more than `mostAtOnce` or is not valid deflate. */
function inflatedAtOnce(compressed: Uint8Array): Buffer | null {
  try {
    return inflateRawSync(compressed, { maxOutputLength: mostAtOnce });
  } catch {
    // Too large, or damaged: the stream reports a damaged entry as it always has.
    return null;
  }
}

/** Node's own zlib: several times faster than its DecompressionStream (docs/performance.md). */
export const nodeInflateRaw: InflateRaw = (compressed) => {
  if (compressed.length < inflateAtOnceBelow) {
    const inflated = inflatedAtOnce(compressed);
    // In 64 KiB slices, as a stored entry: no consumer sees one huge chunk.
    if (inflated !== null) return storedChunks(inflated);
  }
  return inflateStreamed(compressed);
};

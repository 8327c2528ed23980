import { createInflateRaw } from 'node:zlib';
import type { InflateRaw } from '../core/index.js';

/** Large output chunks: zlib's default 16 KiB costs a callback per 16 KiB of a 300 MB table. */
const chunkSize = 256 * 1024;

/**
 * Node's zlib for the core's ZIP entries: several times faster than Node's DecompressionStream,
 * whose web-stream plumbing costs more than the inflating (docs/performance.md).
 */
export const inflateRawWithZlib: InflateRaw = (compressed) => {
  const inflater = createInflateRaw({ chunkSize });
  inflater.end(compressed);
  return inflater;
};

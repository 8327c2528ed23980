import { createInflateRaw } from 'node:zlib';
import type { InflateRaw } from '../core/archive/inflate.js';

/**
 * zlib's default 16 KiB costs a callback per 16 KiB of a 300 MB table; 256 KiB makes batches of
 * rows large enough to outlive young-generation collections (peak RSS 265 MiB against 236 MiB
 * at 64 KiB on the benchmark export, docs/performance.md).
 */
const chunkSize = 64 * 1024;

/** Node's own zlib: several times faster than its DecompressionStream (docs/performance.md). */
export const nodeInflateRaw: InflateRaw = (compressed) => {
  const inflater = createInflateRaw({ chunkSize });
  inflater.end(compressed);
  return inflater;
};

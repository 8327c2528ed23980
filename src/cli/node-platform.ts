import { isUtf8 } from 'node:buffer';
import { createInflateRaw } from 'node:zlib';
import type { AnalyzeOptions } from '../core/index.js';

/**
 * zlib's default 16 KiB costs a callback per 16 KiB of a 300 MB table; 256 KiB makes batches of
 * rows large enough to outlive young-generation collections (peak RSS 265 MiB against 236 MiB
 * at 64 KiB on the benchmark export, docs/performance.md).
 */
const chunkSize = 64 * 1024;

/**
 * Node's own zlib and UTF-8 check for the core, several times faster than the web-platform
 * defaults (Node's DecompressionStream spends more on web-stream plumbing than on inflating;
 * docs/performance.md).
 */
export const nodePlatform = {
  inflateRaw: (compressed) => {
    const inflater = createInflateRaw({ chunkSize });
    inflater.end(compressed);
    return inflater;
  },
  isUtf8: (bytes) => isUtf8(bytes),
} satisfies Pick<AnalyzeOptions, 'inflateRaw' | 'isUtf8'>;

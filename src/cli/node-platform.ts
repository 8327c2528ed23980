import { isUtf8 } from 'node:buffer';
import type { AnalyzeOptions } from '../core/index.js';
import { countThreads } from './count-threads.js';
import { inflateArchived } from './archive-read.js';

/**
 * Node's own zlib and UTF-8 check for the core, several times faster than the web-platform
 * defaults (Node's DecompressionStream spends more on web-stream plumbing than on inflating;
 * docs/performance.md), and a worker thread that counts large files of private messages.
 */
export const nodePlatform = {
  inflateRaw: (compressed) => inflateArchived(compressed),
  isUtf8: (bytes) => isUtf8(bytes),
  countElsewhere: countThreads(),
} satisfies Pick<AnalyzeOptions, 'inflateRaw' | 'isUtf8' | 'countElsewhere'>;

import { inflateRawSync } from 'node:zlib';
import type { AnalyzeOptions } from '../../src/core/index.js';

/** Every entry inflated whole and handed over at once: the non-streaming reading. */
export const wholeEntries: AnalyzeOptions['inflateRaw'] = async function* (compressed) {
  yield await Promise.resolve(inflateRawSync(compressed));
};

/** Every entry inflated, then handed over `size` bytes at a time, however that cuts its rows. */
export function chunksOf(size: number): AnalyzeOptions['inflateRaw'] {
  return async function* (compressed) {
    const inflated = inflateRawSync(compressed);
    for (let offset = 0; offset < inflated.length; offset += size) {
      yield await Promise.resolve(inflated.subarray(offset, offset + size));
    }
  };
}

import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * jszip 3.10's ArrayReader masks every byte of the archive with `& 0xFF` when it opens it, which
 * for a Uint8Array changes nothing: 50 million no-op writes, about 0.3 s for a 50 MB export and a
 * second at 200 MB (docs/performance.md). The bundled CLI skips the loop for Uint8Arrays; plain
 * arrays are still masked as jszip intends.
 */
const maskingLoop =
  /for\s*\(\s*var i = 0;\s*i < this\.data\.length;\s*i\+\+\s*\)\s*\{\s*data\[i\] = data\[i\] & 0xFF;\s*\}/u;

export function skipByteMasking(source: string): string {
  if (!maskingLoop.test(source)) {
    // A newer jszip: look again at whether the loop is still there (and still needless).
    throw new Error(
      'jszip/lib/reader/ArrayReader.js changed: review src/build/jszip-reader-plugin.ts',
    );
  }
  return source.replace(
    maskingLoop,
    (loop) => `if (!(data instanceof Uint8Array)) {\n        ${loop}\n    }`,
  );
}

export function jszipReaderPlugin(): Plugin {
  return {
    name: 'linkedin-exposure:jszip-array-reader',
    setup(build) {
      // esbuild runs the filter as a Go regular expression, which has no `u` flag.
      build.onLoad({ filter: /jszip[\\/]lib[\\/]reader[\\/]ArrayReader\.js$/ }, async (args) => ({
        contents: skipByteMasking(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

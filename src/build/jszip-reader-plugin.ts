import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

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

/** jszip's ArrayReader, for esbuild's filter (a Go regular expression, no `u` flag) and Vite's. */
const arrayReaderFile = String.raw`jszip[\/]lib[\/]reader[\/]ArrayReader\.js$`;

export function jszipReaderPlugin(): Plugin {
  return {
    name: 'linkedin-exposure:jszip-array-reader',
    setup(build) {
      build.onLoad({ filter: new RegExp(arrayReaderFile) }, async (args) => ({
        contents: skipByteMasking(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

/**
 * The same for the page's Worker, which also opens an archive whose large entries' data is never
 * read into memory (src/web/worker/archive-file.ts): a masking loop would write every byte, and
 * touch every page of it. jszip's package sends browsers its prebuilt `dist/jszip.min.js`, which
 * holds the loop, so the page bundles jszip's sources instead; their `readable-stream` is Node's
 * streams, which the page does not use (`support.nodestream` is then false).
 */
export function jszipReaderVitePlugin(): VitePlugin {
  const require = createRequire(import.meta.url);
  const jszipSources = require.resolve('jszip/lib/index.js');
  const noNodeStreams = '\0linkedin-exposure:no-node-streams';
  const arrayReader = new RegExp(arrayReaderFile, 'u');
  return {
    name: 'linkedin-exposure:jszip-array-reader',
    enforce: 'pre',
    resolveId: (id) =>
      id === 'jszip' ? jszipSources : id === 'readable-stream' ? noNodeStreams : null,
    load: (id) => (id === noNodeStreams ? 'module.exports = {};' : null),
    transform: (code, id) => (arrayReader.test(id) ? skipByteMasking(code) : null),
  };
}

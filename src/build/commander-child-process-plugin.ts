import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * commander 14 loads `node:child_process` (and with it `node:net`) when it is loaded, for
 * subcommands that are separate programs, which this CLI has none of: about 7 ms of every start
 * (docs/performance.md, "Start-up"). The bundled CLI loads it only if commander ever calls `spawn`.
 */
const eagerRequire = "const childProcess = require('node:child_process');";
const lazyRequire =
  "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

export function lazyChildProcess(source: string): string {
  if (!source.includes(eagerRequire) || /childProcess\.(?!spawn\()/u.test(source)) {
    // A newer commander: look again at what it takes from child_process, and when.
    throw new Error(
      'commander/lib/command.js changed: review src/build/commander-child-process-plugin.ts',
    );
  }
  return source.replace(eagerRequire, lazyRequire);
}

export function commanderChildProcessPlugin(): Plugin {
  return {
    name: 'linkedin-exposure:commander-child-process',
    setup(build) {
      // esbuild runs the filter as a Go regular expression, which has no `u` flag.
      build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => ({
        contents: lazyChildProcess(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

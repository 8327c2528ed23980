/**
 * `npm run build` step: bundles the CLI (src/cli, src/format, the core and the npm packages they
 * use) into dist/cli/, with a V8 code cache for it (docs/performance.md, "Start-up"). Node spent
 * about 100 ms resolving, reading and compiling some 200 separate ES modules on every start, and
 * 80 ms more compiling the bundle and the functions a report calls, which the cache saves.
 *
 * tsc still emits dist/core/ (the package's `exports`) with its declarations.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { bundleFileName, moduleWrapper } from '../cli/launch.js';
import { commanderChildProcessPlugin } from './commander-child-process-plugin.js';
import { jszipReaderPlugin } from './jszip-reader-plugin.js';
import { zodNamespacePlugin } from './zod-namespace-plugin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cliDir = path.join(repoRoot, 'src/cli');
const outDir = path.join(repoRoot, 'dist/cli');

// eslint-disable-next-line no-control-regex
const nonAscii = /[^\u0000-\u007f]/gu;

/**
 * Leaves the bundle pure ASCII, so launch.ts can read it as a one-byte string: with a single
 * non-ASCII character, decoding it and compiling the two-byte string took 10 ms more at every
 * start. esbuild escapes strings but keeps comments and regular-expression literals as written;
 * comments are escaped here, and a literal fails the build (write `\u00a7` in the source).
 */
async function asciiOnly(file: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const escaped = lines.map((line) =>
    /^\s*(?:\/\/|\/\*|\*)/u.test(line)
      ? line.replace(
          nonAscii,
          (character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`,
        )
      : line,
  );
  const literal = escaped.findIndex((line) => line.search(nonAscii) !== -1);
  if (literal !== -1) {
    throw new Error(
      `${file}:${String(literal + 1)} has a non-ASCII character outside a comment: escape it in its source`,
    );
  }
  await writeFile(file, escaped.join('\n'));
}

/** A worker thread's script is opened by its path at run time: each `*worker*` module of src/cli. */
async function workerEntryPoints(): Promise<string[]> {
  const workers = (await readdir(cliDir)).filter(
    (name) => name.includes('worker') && name.endsWith('.ts') && !name.endsWith('.d.ts'),
  );
  return workers.map((name) => path.join(cliDir, name));
}

// Earlier builds compiled src/cli and src/format file by file into dist/; without this, those
// files and chunks of older bundles would stay beside the new bundle and be published with it.
await rm(outDir, { recursive: true, force: true });
await rm(path.join(repoRoot, 'dist/format'), { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild otherwise rewrites every /\p{…}/u literal as `new RegExp(…)`, made again at each
  // call (Node 20 has had these escapes since Node 10).
  supported: { 'regexp-unicode-property-escapes': true },
  // Not minified: stack traces of an unexpected failure are what users paste into bug reports.
  minify: false,
  plugins: [
    zodNamespacePlugin(path.join(repoRoot, 'src')),
    jszipReaderPlugin(),
    commanderChildProcessPlugin(),
  ],
  logLevel: 'warning',
} satisfies BuildOptions;

// The CLI itself: one CommonJS file, because Node 20 can load a code cache for a script but not
// for an ES module (launch.ts). A dynamic `import()` of our own modules stays lazy: esbuild runs
// a module's top level only when the command that imports it runs.
await build({
  ...shared,
  entryPoints: [path.join(cliDir, 'cli-bundle.ts')],
  outfile: path.join(outDir, bundleFileName),
  format: 'cjs',
  // Modules that locate files from their own URL (web-server.ts finds dist/web/, count-threads.ts
  // its worker) get the bundle's: both sit beside it in dist/cli/.
  define: { 'import.meta.url': 'bundleUrl' },
  // Inside Node's module wrapper, which launch.ts would otherwise add to a copy of the source.
  // Strict first: a directive counts only at the very start of the function's body, and an ES
  // module, as every module of ours was, is always strict.
  banner: {
    js: `${moduleWrapper.start}'use strict';\nconst bundleUrl = require('node:url').pathToFileURL(__filename).href;`,
  },
  footer: { js: moduleWrapper.end },
});

await asciiOnly(path.join(outDir, bundleFileName));

// What bin/linkedin-exposure.js requires: a small CommonJS file, as the bin script is one.
await build({
  ...shared,
  entryPoints: [path.join(cliDir, 'launch.ts')],
  outfile: path.join(outDir, 'launch.cjs'),
  format: 'cjs',
});

// The worker threads: ES modules, opened by their path.
await build({
  ...shared,
  entryPoints: await workerEntryPoints(),
  outdir: outDir,
  format: 'esm',
  // The CommonJS packages the core uses (jszip) call require() for Node's own modules, which an
  // ES module does not have.
  banner: {
    js: "import { createRequire as __cliCreateRequire } from 'node:module';\nconst require = __cliCreateRequire(import.meta.url);",
  },
});

// The code cache, made by running the built CLI in a plain `node`: the same V8 and flags as a
// user's `node`, without the loader hooks this build runs under.
const work = await mkdtemp(path.join(os.tmpdir(), 'linkedin-exposure-build-'));
try {
  const writer = path.join(work, 'write-code-cache.mjs');
  await build({
    ...shared,
    entryPoints: [path.join(repoRoot, 'src/build/write-code-cache.ts')],
    outfile: writer,
    format: 'esm',
  });
  const sample = path.join(repoRoot, 'fixtures/sample/Complete_LinkedInDataExport_11-28-2026.zip');
  const { NODE_OPTIONS: _hooks, ...env } = process.env;
  const made = spawnSync(process.execPath, [writer, outDir, sample], { env, stdio: 'inherit' });
  if (made.status !== 0) throw new Error("writing the CLI's code cache failed");
} finally {
  await rm(work, { recursive: true, force: true });
}

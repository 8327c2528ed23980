/**
 * `npm run build` step: bundles the CLI (src/cli, src/format, the core and the npm packages they
 * use) into dist/cli/. Node spent about 100 ms resolving, reading and compiling some 200 separate
 * ES modules on every start; a bundle is a handful of files. Dynamic `import()`s stay separate
 * chunks, so a command loads only what it runs (docs/performance.md).
 *
 * tsc still emits dist/core/ (the package's `exports`) with its declarations.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { jszipReaderPlugin } from './jszip-reader-plugin.js';
import { zodNamespacePlugin } from './zod-namespace-plugin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cliDir = path.join(repoRoot, 'src/cli');
const outDir = path.join(repoRoot, 'dist/cli');

/**
 * bin/linkedin-exposure.js imports main.js and node-io.js. A worker thread's script is opened by
 * its path at run time, so each `*worker*` module of src/cli gets a file of its own as well.
 */
async function entryPoints(): Promise<string[]> {
  const workers = (await readdir(cliDir)).filter(
    (name) => name.includes('worker') && name.endsWith('.ts') && !name.endsWith('.d.ts'),
  );
  return ['main.ts', 'node-io.ts', ...workers].map((name) => path.join(cliDir, name));
}

// Earlier builds compiled src/cli and src/format file by file into dist/; without this, those
// files and chunks of older bundles would stay beside the new bundle and be published with it.
await rm(outDir, { recursive: true, force: true });
await rm(path.join(repoRoot, 'dist/format'), { recursive: true, force: true });

await build({
  entryPoints: await entryPoints(),
  outdir: outDir,
  // esbuild's default, spelled out: chunks sit beside the entries, because modules that locate
  // files from `import.meta.url` (web-server.ts finds dist/web/ two folders up) need that depth.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild otherwise rewrites every /\p{…}/u literal as `new RegExp(…)`, made again at each
  // call (Node 20 has had these escapes since Node 10).
  supported: { 'regexp-unicode-property-escapes': true },
  // The CommonJS packages (jszip, papaparse, cli-table3, commander) call require() for Node's
  // own modules, which an ES module does not have.
  banner: {
    js: "import { createRequire as __cliCreateRequire } from 'node:module';\nconst require = __cliCreateRequire(import.meta.url);",
  },
  // Not minified: stack traces of an unexpected failure are what users paste into bug reports.
  minify: false,
  plugins: [zodNamespacePlugin(path.join(repoRoot, 'src')), jszipReaderPlugin()],
  logLevel: 'warning',
});

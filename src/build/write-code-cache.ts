/**
 * Run by `npm run build` in a plain `node` (src/build/bundle-cli.ts), never by the CLI: loads the
 * bundled CLI, runs the reports users run most on the bundled sample, so that V8 compiles the
 * functions they call, and writes the code cache that launch.ts loads (docs/performance.md,
 * "Start-up").
 *
 *   node write-code-cache.js <dist/cli> <sample.zip>
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../cli/io.js';
import { codeCacheFileName, codeCacheOf, compileCli } from '../cli/launch.js';

const [dir, sample] = process.argv.slice(2);
if (dir === undefined || sample === undefined) {
  throw new Error('usage: write-code-cache.js <dist/cli> <sample.zip>');
}

const discard: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  stdoutIsTty: false,
  stderrIsTty: false,
  columns: 100,
  env: {},
  cwd: process.cwd(),
};

const compiled = compileCli(dir, { useCache: false });
for (const argv of [
  ['report', sample, '--format', 'json'],
  ['report', sample],
]) {
  const code = await compiled.cli.run(argv, discard);
  if (code !== 0) throw new Error(`${argv.join(' ')} exited with ${String(code)}`);
}
writeFileSync(path.join(dir, codeCacheFileName), codeCacheOf(compiled));

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundleFileName,
  codeCacheFileName,
  codeCacheHeaderOf,
  codeCacheOf,
  compileCli,
  hashOf,
} from '../src/cli/launch.js';
import { repoRoot } from './helpers/fixtures.js';

// bin/linkedin-exposure.js → launch.ts: the bundle with the code cache made at build time.
const builtLaunch = path.join(repoRoot, 'dist/cli/launch.cjs');
const work = mkdtempSync(path.join(os.tmpdir(), 'linkedin-exposure-launch-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A stand-in bundle whose `run` returns `code`: the source length does not depend on it. */
function writeBundle(dir: string, code: number): void {
  writeFileSync(
    path.join(dir, bundleFileName),
    `exports.run = async () => ${String(code)};\nexports.nodeIo = () => ({});\n`,
  );
}

describe('the launcher', () => {
  /**
   * Compiles the built CLI in a plain `node`, without the test runner's flags as a user runs it,
   * after `prelude`; what the compile reports.
   */
  function compileBuiltInChild(prelude = ''): unknown {
    const { NODE_OPTIONS: _runnerOptions, ...env } = process.env;
    const script = `${prelude}
const { compileCli } = require(${JSON.stringify(builtLaunch)});
const { cacheAccepted, cli } = compileCli(${JSON.stringify(path.join(repoRoot, 'dist/cli'))});
console.log(JSON.stringify({ cacheAccepted, run: typeof cli.run }));`;
    const result = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout);
  }

  it('finds the code cache of the built CLI accepted by a plain node', () => {
    expect(compileBuiltInChild()).toEqual({ cacheAccepted: true, run: 'function' });
  });

  it("starts the built cache's V8 data on an 8-byte boundary, which V8 reads without a copy", () => {
    const bundle = readFileSync(path.join(repoRoot, 'dist/cli', bundleFileName));
    const cache = readFileSync(path.join(repoRoot, 'dist/cli', codeCacheFileName));
    const header = codeCacheHeaderOf(hashOf(bundle) ?? Buffer.alloc(4));
    expect(cache.subarray(0, header.length)).toEqual(header);
    expect(header.length % 8).toBe(0);
  });

  it('runs the built CLI without its cache on a Node 20 that has no zlib.crc32 (before 20.15)', () => {
    expect(compileBuiltInChild("delete require('node:zlib').crc32;")).toEqual({
      cacheAccepted: false,
      run: 'function',
    });
  });

  it('takes the cache made from the same bundle', async () => {
    const dir = mkdtempSync(path.join(work, 'same-'));
    writeBundle(dir, 3);
    const first = compileCli(dir);
    expect(first.cacheAccepted).toBe(false);
    await first.cli.run([], first.cli.nodeIo());
    writeFileSync(path.join(dir, codeCacheFileName), codeCacheOf(first));
    const second = compileCli(dir);
    expect(second.cacheAccepted).toBe(true);
    await expect(second.cli.run([], second.cli.nodeIo())).resolves.toBe(3);
  });

  it('ignores a cache made from another bundle of the same length, and runs the new one', async () => {
    const dir = mkdtempSync(path.join(work, 'stale-'));
    writeBundle(dir, 3);
    const old = compileCli(dir);
    writeFileSync(path.join(dir, codeCacheFileName), codeCacheOf(old));
    writeBundle(dir, 4);
    const rebuilt = compileCli(dir);
    expect(rebuilt.cacheAccepted).toBe(false);
    await expect(rebuilt.cli.run([], rebuilt.cli.nodeIo())).resolves.toBe(4);
  });

  it('compiles without a cache, or with a cut one', async () => {
    const dir = mkdtempSync(path.join(work, 'none-'));
    writeBundle(dir, 5);
    expect(compileCli(dir).cacheAccepted).toBe(false);
    writeFileSync(path.join(dir, codeCacheFileName), Buffer.from('not a cache'));
    const cut = compileCli(dir);
    expect(cut.cacheAccepted).toBe(false);
    await expect(cut.cli.run([], cut.cli.nodeIo())).resolves.toBe(5);
  });

  it('compiles as usual when V8 refuses the cache', async () => {
    const dir = mkdtempSync(path.join(work, 'refused-'));
    // A source this process never compiled: V8 would otherwise take it from memory, cache unread.
    writeBundle(dir, 6);
    const bundleHash = hashOf(readFileSync(path.join(dir, bundleFileName))) ?? Buffer.alloc(0);
    // The right header, then bytes that are no V8 code cache.
    writeFileSync(
      path.join(dir, codeCacheFileName),
      Buffer.concat([codeCacheHeaderOf(bundleHash), Buffer.alloc(4096, 7)]),
    );
    const refused = compileCli(dir);
    expect(refused.script.cachedDataRejected).toBe(true);
    expect(refused.cacheAccepted).toBe(false);
    await expect(refused.cli.run([], refused.cli.nodeIo())).resolves.toBe(6);
  });

  it('needs its own check: V8 runs a cache made from another source of the same length', () => {
    // Why the cache starts with the bundle's hash. Should V8 ever check the source itself, this
    // fails, and the hash could go.
    const old = new Script('(function () { return 3; })');
    (old.runInThisContext() as () => number)();
    const rebuilt = new Script('(function () { return 4; })', {
      cachedData: old.createCachedData(),
    });
    expect(rebuilt.cachedDataRejected).toBe(false);
    expect((rebuilt.runInThisContext() as () => number)()).toBe(3);
  });

  it.runIf(process.platform === 'linux')(
    "lowers V8's helper threads one step below the main thread before the CLI runs",
    () => {
      const dir = mkdtempSync(path.join(work, 'priority-'));
      // A stand-in bundle that reports the priority of every thread of its process.
      writeFileSync(
        path.join(dir, bundleFileName),
        `const fs = require('node:fs'); const os = require('node:os');
exports.nodeIo = () => ({});
exports.run = async () => {
  const threads = fs.readdirSync('/proc/self/task').map(Number);
  console.log(JSON.stringify(threads.map((id) => [id === process.pid, os.getPriority(id)])));
  return 0;
};
`,
      );
      const { NODE_OPTIONS: _runnerOptions, ...env } = process.env;
      const result = spawnSync(
        process.execPath,
        ['-e', `require(${JSON.stringify(builtLaunch)}).launch(${JSON.stringify(dir)});`],
        { env, encoding: 'utf8' },
      );
      expect(result.stderr).toBe('');
      const threads = JSON.parse(result.stdout) as [boolean, number][];
      const main = threads.filter(([isMain]) => isMain).map(([, priority]) => priority);
      const helpers = threads.filter(([isMain]) => !isMain).map(([, priority]) => priority);
      expect(main).toEqual([os.getPriority(0)]);
      expect(helpers.length).toBeGreaterThan(0);
      expect(new Set(helpers)).toEqual(
        new Set([Math.max(os.getPriority(0), os.constants.priority.PRIORITY_BELOW_NORMAL)]),
      );
    },
  );
});

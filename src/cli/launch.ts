/**
 * What bin/linkedin-exposure.js runs: the bundled CLI (dist/cli/cli.cjs, src/build/bundle-cli.ts),
 * compiled with the V8 code cache the build made for it. Node 20 keeps no compiled code of an ES
 * module between runs, and compiling the bundle and the functions a report calls took about 80 ms
 * of every start (docs/performance.md, "Start-up").
 *
 * The cache starts with the CRC-32 of the bundle it was made from: V8 checks its own version and
 * flags, but of the source only the length. A stale cache would need a rebuilt bundle of the same
 * length and the same CRC-32 (one in four billion), and the build writes both files together.
 * SHA-256 would mean loading node:crypto, about 9 ms of every start; zlib is loaded anyway to
 * inflate the export. zlib.crc32 came with Node 20.15: an older Node 20 runs without the cache.
 * Where the cache is missing, stale or refused (another Node, other V8 flags), V8 compiles the
 * bundle as usual: slower, never wrong. Nothing is written here; the cache is made once, at
 * build time.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';
import type * as CliBundle from './cli-bundle.js';
import { lowerHelperThreads } from './thread-priority.js';

/** What the bundle exports. */
export type BundledCli = typeof CliBundle;

export const bundleFileName = 'cli.cjs';
/**
 * Node's own CommonJS wrapper, so the bundle sees the variables a .cjs file would. The build
 * writes it into the bundle (src/build/bundle-cli.ts): wrapped here, the 1.6 MB source became a
 * second string that V8 copied whole into a third before compiling it, page faults included.
 */
export const moduleWrapper = {
  start: '(function (exports, require, module, __filename, __dirname) {',
  end: '\n})',
};
export const codeCacheFileName = 'cli.cjs.cache';
const hashBytes = 4;
/**
 * The hash, then zeros up to V8's data: V8 copies cached data that does not start on an 8-byte
 * boundary before it reads it (`AlignedCachedData`), all 1.5 MB of it at every start.
 */
const headerBytes = 8;

export interface CompiledCli {
  cli: BundledCli;
  /** The CRC-32 of the bundle's bytes, big-endian; null where Node has no zlib.crc32. */
  bundleHash: Buffer | null;
  /** Kept so the build can ask V8 for the code cache after a warm-up run. */
  script: Script;
  /** Whether V8 took the cache: false when it was missing, made from another bundle, or refused. */
  cacheAccepted: boolean;
}

/** Node 20 before 20.15 has no zlib.crc32, whatever its type declarations say. */
const crc32 = (zlib as { crc32?: typeof zlib.crc32 }).crc32;

export function hashOf(bytes: Uint8Array): Buffer | null {
  if (crc32 === undefined) return null;
  const hash = Buffer.alloc(hashBytes);
  hash.writeUInt32BE(crc32(bytes));
  return hash;
}

/** What the cache file of a bundle with this hash starts with. */
export function codeCacheHeaderOf(bundleHash: Buffer): Buffer {
  return Buffer.concat([bundleHash, Buffer.alloc(headerBytes - bundleHash.length)]);
}

/** The cache's V8 data, when it was made from exactly these bytes. */
function cachedDataFor(bundleHash: Buffer, cacheFile: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (cache.length <= headerBytes) return undefined;
  return cache.subarray(0, headerBytes).equals(codeCacheHeaderOf(bundleHash))
    ? cache.subarray(headerBytes)
    : undefined;
}

/** The cache file's bytes for a script that has run: the header, then V8's data. */
export function codeCacheOf({ bundleHash, script }: CompiledCli): Buffer {
  if (bundleHash === null) throw new Error('Writing the code cache needs Node 20.15 or later.');
  return Buffer.concat([codeCacheHeaderOf(bundleHash), script.createCachedData()]);
}

/** Compiles and evaluates the bundle in `dir` as Node would a CommonJS module, with its cache. */
export function compileCli(dir: string, { useCache = true } = {}): CompiledCli {
  const file = path.resolve(dir, bundleFileName);
  const bytes = readFileSync(file);
  const bundleHash = hashOf(bytes);
  const cachedData =
    useCache && bundleHash !== null
      ? cachedDataFor(bundleHash, path.resolve(dir, codeCacheFileName))
      : undefined;
  // The build leaves the bundle ASCII (src/build/bundle-cli.ts): read so, it is a one-byte string.
  // A cache made for these very bytes says they are the build's, so checked ASCII already; the
  // check costs 3 ms of every start.
  const source = bytes.toString(cachedData !== undefined || isAscii(bytes) ? 'latin1' : 'utf8');
  const wrapped = source.startsWith(moduleWrapper.start)
    ? source
    : `${moduleWrapper.start}${source}${moduleWrapper.end}`;
  const script = new Script(wrapped, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} as BundledCli };
  const wrapper = script.runInThisContext() as (
    exports: BundledCli,
    require: NodeJS.Require,
    module: { exports: BundledCli },
    filename: string,
    dirname: string,
  ) => void;
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    cli: module.exports,
    bundleHash,
    script,
    cacheAccepted: cachedData !== undefined && !script.cachedDataRejected,
  };
}

/** Runs the CLI bundled in `dir` on this process's arguments and sets its exit code. */
export async function launch(dir: string): Promise<void> {
  lowerHelperThreads();
  const { cli } = compileCli(dir);
  process.exitCode = await cli.run(process.argv.slice(2), cli.nodeIo());
}

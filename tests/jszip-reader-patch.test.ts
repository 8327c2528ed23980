import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { skipByteMasking } from '../src/build/jszip-reader-plugin.js';
import { bundleFileName } from '../src/cli/launch.js';
import { repoRoot } from './helpers/fixtures.js';

const require = createRequire(import.meta.url);
const arrayReaderPath = require.resolve('jszip/lib/reader/ArrayReader.js');
const guard = 'if (!(data instanceof Uint8Array))';

describe("jszip's ArrayReader in the bundled CLI and page", () => {
  it('masks plain arrays still, and skips the loop for Uint8Arrays', () => {
    const patched = skipByteMasking(readFileSync(arrayReaderPath, 'utf8'));
    // The patched constructor, run on its own with a stand-in for DataReader.
    const module = { exports: null as unknown };
    const load = compileFunction(patched, ['require', 'module']) as (
      require: (name: string) => unknown,
      module: { exports: unknown },
    ) => void;
    load((name) => {
      if (name === './DataReader') {
        return function DataReader(this: { data: unknown }, data: unknown) {
          this.data = data;
        };
      }
      return { inherits: () => undefined };
    }, module);
    const ArrayReader = module.exports as new (data: unknown) => unknown;
    const plain = [0x1ff, 0x2a];
    new ArrayReader(plain);
    expect(plain).toEqual([0xff, 0x2a]);
    const bytes = new Uint8Array([1, 2, 3]);
    const writes = new Proxy(bytes, {
      set: () => {
        throw new Error('the Uint8Array was written to');
      },
    });
    expect(() => new ArrayReader(writes)).not.toThrow();
  });

  it('is what the bundle holds', () => {
    const bundled = readFileSync(path.join(repoRoot, 'dist', 'cli', bundleFileName), 'utf8');
    expect(bundled).toContain(guard);
  });

  it("is what the page's Worker bundle holds, from jszip's sources", () => {
    const assets = path.join(repoRoot, 'dist', 'web', 'assets');
    const worker = readdirSync(assets).find((name) => /^worker-.*\.js$/u.test(name));
    if (worker === undefined) throw new Error('no Worker bundle in dist/web/assets');
    const bundled = readFileSync(path.join(assets, worker), 'utf8');
    // Minified: the masking loop runs only for what is not a Uint8Array, and only there.
    const loops = bundled.match(
      /for\(var \w+=0;\w+<this\.data\.length;\w+\+\+\)\w+\[\w+\]=\w+\[\w+\]&255/gu,
    );
    expect(loops).toHaveLength(1);
    expect(bundled).toMatch(
      /!\(\w+ instanceof Uint8Array\)\)for\(var \w+=0;\w+<this\.data\.length;/u,
    );
  });

  it('stops the build when a newer jszip changed the loop', () => {
    expect(() => skipByteMasking('function ArrayReader(data) {}')).toThrow(/changed/u);
  });
});

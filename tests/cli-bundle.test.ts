import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyChildProcess } from '../src/build/commander-child-process-plugin.js';
import { moduleWrapper } from '../src/cli/launch.js';
import { repoRoot, sampleArchive } from './helpers/fixtures.js';

// The built CLI (src/build/bundle-cli.ts) is one CommonJS file in which esbuild wraps each module
// that is imported with `import()`, or by such a module, in an `init_…` (ES modules) or
// `require_…` (CommonJS packages) function that runs its top level at the first call. These tests
// read that structure: what a command has to run before it can start.
const bundle = readFileSync(path.join(repoRoot, 'dist', 'cli', 'cli.cjs'), 'utf8');

interface Wrapped {
  /** The module's path as esbuild names it: `src/core/analyze.ts`, `node_modules/jszip/…`. */
  source: string;
  body: string;
}

const wrapperStart = /^var ((?:init|require)_\w+) = __(?:esm|commonJS)\(\{\n {2}"([^"]+)"/gmu;
/** `await import('./x.js')` of a bundled module: runs it only when that line runs. */
const dynamicImport = /Promise\.resolve\(\)\.then\(\(\) => \((?:init|require)_\w+\(\)/gu;
const call = /\b((?:init|require)_\w+)\(\)/gu;

/** esbuild names a package's file from where it ran: `../node_modules/…` when they are linked. */
function packagePath(source: string): string {
  const packages = source.lastIndexOf('node_modules/');
  return packages === -1 ? source : source.slice(packages);
}

function readWrappers(): { wrapped: Map<string, Wrapped>; topLevel: string } {
  const wrapped = new Map<string, Wrapped>();
  let topLevel = '';
  let last = 0;
  for (const match of bundle.matchAll(wrapperStart)) {
    const [, name = '', source = ''] = match;
    const end = bundle.indexOf('\n});\n', match.index);
    if (end === -1) throw new Error(`${name} has no end`);
    topLevel += bundle.slice(last, match.index);
    wrapped.set(name, {
      source: packagePath(source),
      body: bundle.slice(match.index + match[0].length, end),
    });
    last = end;
  }
  topLevel += bundle.slice(last);
  return { wrapped, topLevel };
}

const { wrapped, topLevel } = readWrappers();

/** The wrapped modules that run once `code` runs, not counting dynamic imports. */
function staticallyRun(code: string): Set<string> {
  const seen = new Set<string>();
  const visit = (text: string) => {
    for (const [, name = ''] of text.replace(dynamicImport, '').matchAll(call)) {
      const module = wrapped.get(name);
      if (module === undefined || seen.has(module.source)) continue;
      seen.add(module.source);
      visit(module.body);
    }
  };
  visit(code);
  return seen;
}

/** What `import()` of a module runs: the module and what it imports statically. */
function runByImport(source: string): Set<string> {
  const module = [...wrapped.values()].find((candidate) => candidate.source === source);
  if (module === undefined) throw new Error(`${source} is not loaded lazily`);
  return new Set([source, ...staticallyRun(module.body)]);
}

const heavy = [
  'src/core/analyze.ts',
  'src/cli/web-server.ts',
  'src/format/table.ts',
  'src/format/markdown.ts',
  'node_modules/libphonenumber-js/',
  'node_modules/jszip/',
];
const heavyIn = (sources: Iterable<string>) =>
  [...sources].filter((source) => heavy.some((part) => source.startsWith(part)));

describe('the bundled CLI runs what a command needs', () => {
  it('reads the wrappers of the bundle (esbuild still writes them this way)', () => {
    expect(wrapped.size).toBeGreaterThan(100);
    expect(runByImport('src/core/analyze.ts').has('node_modules/jszip/lib/index.js')).toBe(true);
  });

  it('starts (--help, --version, argument errors) without the analyzer, formatters or server', () => {
    const atStart = staticallyRun(topLevel);
    expect(topLevel).toContain('// src/cli/main.ts');
    expect(heavyIn(atStart)).toEqual([]);
  });

  it('prints the policy and serves the page without the analyzer', () => {
    for (const source of ['src/core/policy/index.ts', 'src/cli/web-server.ts']) {
      expect(runByImport(source).has('src/core/analyze.ts')).toBe(false);
    }
  });

  it('runs a report without the formatters and server it may not need', () => {
    const report = runByImport('src/cli/report-command.ts');
    expect(report.has('src/core/analyze.ts')).toBe(true);
    for (const source of [
      'src/format/table.ts',
      'src/format/markdown.ts',
      'src/cli/web-server.ts',
    ]) {
      expect(report.has(source)).toBe(false);
    }
  });

  it('is strict mode throughout, as ES modules are', () => {
    // The directive opens the body of Node's module wrapper, which the build writes (launch.ts).
    expect(bundle.startsWith(`${moduleWrapper.start}'use strict';\n`)).toBe(true);
  });

  it('has no import() left: launch.ts runs it as a script, which cannot import', () => {
    expect(bundle.match(/\bimport\(/gu)).toBeNull();
  });

  it('is pure ASCII, which Node reads as a one-byte string (src/build/bundle-cli.ts)', () => {
    expect(isAscii(Buffer.from(bundle))).toBe(true);
  });

  it('drops the parts of zod nothing calls (its 40 locales)', () => {
    const sources = [...bundle.matchAll(/^\/\/ (\S*node_modules\/\S+)$/gmu)].map((match) =>
      packagePath(match[1] ?? ''),
    );
    expect(sources.some((source) => source.startsWith('node_modules/zod/'))).toBe(true);
    // locales/index.js stays as an empty wrapper: esbuild keeps the module, not its re-exports.
    const locales = sources.filter(
      (source) =>
        source.startsWith('node_modules/zod/v4/locales/') && !source.endsWith('/index.js'),
    );
    expect(locales).toEqual(['node_modules/zod/v4/locales/en.js']);
  });
});

describe('the core modules a report runs', () => {
  // Importing a value from core/index.js runs the top level of every module it re-exports, the
  // report's and the diff's zod schemas among them: about 5 ms of every start (docs/performance.md).
  it('are imported from their own modules, not from the core index, outside the diff', () => {
    const shells = ['src/cli', 'src/format'].flatMap((folder) =>
      readdirSync(path.join(repoRoot, folder))
        .filter((name) => name.endsWith('.ts') && !name.startsWith('diff'))
        .map((name) => path.join(folder, name)),
    );
    const fromIndex = shells.filter((file) =>
      /^import \{[^}]*\} from '\.\.\/core\/index\.js';/mu.test(
        readFileSync(path.join(repoRoot, file), 'utf8'),
      ),
    );
    expect(shells.length).toBeGreaterThan(20);
    expect(fromIndex).toEqual([]);
  });
});

describe("the report's zod schemas", () => {
  // A value imported from report/schema.ts runs every schema of the report as the program starts:
  // about 10 ms of every run, measured when the plan's priority order was first put there.
  it('are imported as values only by the diff, never by what a report runs', () => {
    const coreDir = path.join(repoRoot, 'src/core');
    const schema = path.join(coreDir, 'report/schema.ts');
    const modules = readdirSync(coreDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.ts'),
    );
    const importers = modules.filter((name) => {
      const file = path.join(coreDir, name);
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/^import \{[^}]*\} from '([^']+)';/gmu)].some(
        ([, from = '']) =>
          path.resolve(path.dirname(file), from.replace(/\.js$/u, '.ts')) === schema,
      );
    });
    expect(modules.length).toBeGreaterThan(100);
    expect(importers).toEqual(['plan/diff.ts']);
  });
});

describe('the built-in modules a report loads', () => {
  // Each costs milliseconds of every start (docs/performance.md, "Start-up").
  // fs/promises brings readline and the file watchers; worker_threads serves large exports only.
  const unneeded = ['child_process', 'crypto', 'net', 'http', 'fs/promises', 'worker_threads'];

  it('are none of those it does not use', () => {
    const { NODE_OPTIONS: _runnerOptions, ...env } = process.env;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linkedin-exposure-modules-'));
    const atExit = path.join(dir, 'at-exit.cjs');
    const listFile = path.join(dir, 'loaded.json');
    // Written to a file: a pipe for stdout or stderr would itself load node:net.
    writeFileSync(
      atExit,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listFile)}, JSON.stringify(process.moduleLoadList)));`,
    );
    const command = ['bin/linkedin-exposure.js', 'report', sampleArchive, '--format', 'json'];
    const result = spawnSync(process.execPath, ['-r', atExit, ...command], {
      cwd: repoRoot,
      env,
      stdio: 'ignore',
    });
    const loaded = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(loaded).toContain('NativeModule zlib');
    expect(unneeded.filter((name) => loaded.includes(`NativeModule ${name}`))).toEqual([]);
  });

  it("takes commander's child_process only when it starts another program", () => {
    const source = [
      "const childProcess = require('node:child_process');",
      'proc = childProcess.spawn(process.execPath, args, { stdio: "inherit" });',
    ].join('\n');
    const patched = lazyChildProcess(source);
    expect(patched).not.toContain("const childProcess = require('node:child_process');");
    expect(patched).toContain('childProcess.spawn(process.execPath');
    expect(() => lazyChildProcess(source.replace('.spawn(', '.fork('))).toThrow(/changed/u);
    expect(() => lazyChildProcess('const childProcess = require("child_process");')).toThrow(
      /changed/u,
    );
  });
});

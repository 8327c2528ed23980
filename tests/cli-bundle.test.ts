import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

// The built CLI (src/build/bundle-cli.ts): what each command has to load before it can start.
const cliDir = path.join(repoRoot, 'dist', 'cli');

const read = (file: string) => readFileSync(path.join(cliDir, file), 'utf8');

/** The files a module of the bundle loads before it runs: its static imports, transitively. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of read(file).matchAll(/^(?:import|export)\b[^;]*?["']\.\/([^"']+)["']/gmu)) {
      if (match[1] !== undefined) visit(match[1]);
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * The bundled source files in these output files, from the path comment esbuild puts above each
 * (relative to where it ran: `../node_modules/…` when the packages are linked from elsewhere).
 */
function bundledSources(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    [...read(file).matchAll(/^\/\/ (\S*?(?:src|node_modules)\/\S+)$/gmu)].map((match) => {
      const source = match[1] ?? '';
      const packages = source.lastIndexOf('node_modules/');
      return packages === -1 ? source : source.slice(packages);
    }),
  );
}

/** The chunk that main.js loads with `import()` for a command, e.g. `policy-1A2B3C4D.js`. */
function lazyChunk(prefix: string): string {
  const file = new RegExp(`import\\("\\./(${prefix}-[A-Z0-9]+\\.js)"\\)`, 'u').exec(
    read('main.js'),
  )?.[1];
  if (file === undefined) throw new Error(`main.js loads no ${prefix} chunk`);
  return file;
}

const heavy = [
  'src/core/analyze.ts',
  'src/cli/web-server.ts',
  'src/format/table.ts',
  'src/format/markdown.ts',
  'node_modules/libphonenumber-js/',
  'node_modules/jszip/',
];

describe('the bundled CLI loads what a command needs', () => {
  it('starts (--help, --version, argument errors) without the analyzer, formatters or server', () => {
    const sources = bundledSources(staticGraph('main.js'));
    expect(sources).toContain('src/cli/main.ts');
    expect(sources.filter((source) => heavy.some((part) => source.startsWith(part)))).toEqual([]);
  });

  it('prints the policy and serves the page without the analyzer', () => {
    for (const chunk of [lazyChunk('policy'), lazyChunk('web-server')]) {
      const sources = bundledSources(staticGraph(chunk));
      expect(sources).not.toContain('src/core/analyze.ts');
    }
  });

  it('drops the parts of zod nothing calls (its 40 locales)', () => {
    const sources = bundledSources(staticGraph('main.js'));
    expect(sources.some((source) => source.startsWith('node_modules/zod/'))).toBe(true);
    expect(sources.filter((source) => source.startsWith('node_modules/zod/v4/locales/'))).toEqual([
      'node_modules/zod/v4/locales/en.js',
    ]);
  });
});

import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const namedImport = /^import \{ z \} from 'zod';$/gmu;

/**
 * Bundles our sources' `import { z } from 'zod'` as `import * as z from 'zod'`: the same object,
 * but esbuild can drop what we never call only through a namespace import. Through the named
 * one it keeps all of zod, its 40 locales and JSON-schema converters included (756 KB instead of
 * 170 KB), and Node compiles all of it on every start. Type-only imports are left alone.
 */
export function zodNamespacePlugin(sourceDir: string): Plugin {
  return {
    name: 'linkedin-exposure:zod-namespace',
    setup(build) {
      // esbuild runs the filter as a Go regular expression, which has no `u` flag.
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(sourceDir)) return undefined;
        const source = await readFile(args.path, 'utf8');
        return { contents: source.replace(namedImport, "import * as z from 'zod';"), loader: 'ts' };
      });
    },
  };
}

/**
 * `npm run words`: writes src/core/sensitive/list-prefilter-table.generated.ts, the word-list
 * prefilter's table worked out from the lists of every detector (list-prefilter-table.ts). Run it
 * after changing a word list; a test fails until then (docs/sensitive-content.md).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Importing the detectors registers every word list with the prefilter.
import '../core/sensitive/index.js';
import { listPrefilter } from '../core/sensitive/list-prefilter.js';

const target = fileURLToPath(
  new URL('../core/sensitive/list-prefilter-table.generated.ts', import.meta.url),
);
// `npm run words` formats it with prettier next.
writeFileSync(
  target,
  [
    '// Written by `npm run words` (src/build/write-prefilter-table.ts) from the word lists: not edited by hand.',
    "import type { PrefilterTable } from './list-prefilter-table.js';",
    '',
    `export const prefilterTable: PrefilterTable = ${JSON.stringify(listPrefilter.table())};`,
    '',
  ].join('\n'),
);
console.log(`Wrote ${target}`);

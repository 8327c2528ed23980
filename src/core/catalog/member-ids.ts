import { memberIdInName } from './match.js';

/**
 * The member numbers in the names of the 2026 files (export-format.md §1.5), by each
 * file's path and the table it is read as: one export names one member, so two numbers are two
 * people's exports.
 */
export function memberIdsOf(files: Iterable<{ path: string; table: string | null }>): Set<string> {
  const ids = new Set<string>();
  for (const { path, table } of files) {
    // A draft article's name holds its title, colons written `_` (`…-Ratio 1_10000.html`).
    if (table === null || !path.toLowerCase().endsWith('.csv')) continue;
    const id = memberIdInName(path);
    if (id !== null) ids.add(id);
  }
  return ids;
}

import type { TableSpec } from './schema.js';

export interface TableMatch {
  spec: TableSpec;
  /** 0 for the main file, n for the `_<n>` continuation file (export-format.md §1.5). */
  part: number;
}

interface Candidate {
  spec: TableSpec;
  name: string;
}

function splitName(path: string): { stem: string; extension: string } {
  const base = path.split('/').at(-1) ?? path;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return { stem: base.toLowerCase(), extension: '' };
  return { stem: base.slice(0, dot).toLowerCase(), extension: base.slice(dot + 1).toLowerCase() };
}

// export-format.md §1.5: member ids are long (10 digits seen); continuation numbers are small.
const suffixPattern = /^(?<name>.+?)(?:_(?<memberId>\d{5,}))?(?:_(?<part>\d{1,4}))?$/u;

/** The member id a 2026 file carries in its name (`Comments_1208730626.csv`), or null. */
export function memberIdInName(path: string): string | null {
  return suffixPattern.exec(splitName(path).stem)?.groups?.memberId ?? null;
}

/** Finds the catalog entry of an export file by its name; null when the file is unknown. */
export function createMatcher(catalog: readonly TableSpec[]): (path: string) => TableMatch | null {
  const byName = new Map<string, Candidate[]>();
  const byExtensionWildcard = new Map<string, TableSpec>();
  for (const spec of catalog) {
    for (const name of spec.files.names) {
      if (name === '*') {
        byExtensionWildcard.set(spec.files.extension, spec);
        continue;
      }
      const key = `${name.toLowerCase()}.${spec.files.extension}`;
      byName.set(key, [...(byName.get(key) ?? []), { spec, name }]);
    }
  }

  return (path) => {
    if (/(^|\/)\.\.(\/|$)|^\/|\\|\p{Cc}/u.test(path)) return null;
    const { stem, extension } = splitName(path);
    const exact = byName.get(`${stem}.${extension}`);
    if (exact?.[0]) return { spec: exact[0].spec, part: 0 };
    const groups = suffixPattern.exec(stem)?.groups;
    if (groups?.name) {
      const candidates = byName.get(`${groups.name}.${extension}`) ?? [];
      // policy.md §2 and export-format.md §6: a `_<memberId>` file is its table, whichever table;
      // LinkedIn has added the number to more files each year (§1.5).
      for (const { spec } of candidates) {
        if (groups.part && !spec.files.continuationFiles) continue;
        return { spec, part: groups.part ? Number(groups.part) : 0 };
      }
    }
    // export-format.md §3.27: articles sit in `Articles/Articles/`, or at the root of a flat copy.
    const wildcard = byExtensionWildcard.get(extension);
    const inArticleFolder = !path.includes('/') || /(^|\/)articles\//iu.test(path);
    return wildcard && inArticleFolder ? { spec: wildcard, part: 0 } : null;
  };
}

import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { catalog, type RecordKind, type TableSpec } from '../src/core/catalog/index.js';
import { createMatcher } from '../src/core/catalog/match.js';
import { repairIds, type ExtractorId } from '../src/core/catalog/schema.js';
import { dateFormatIds } from '../src/core/dates/formats.js';
import { classify, compilePolicy } from '../src/core/policy/classify.js';
import { defaultPolicy } from '../src/core/policy/index.js';

// docs/export-format.md describes every catalog entry for members and contributors; this test keeps
// the two from drifting apart. Each check collects its problems so a failure names every one.

const doc = readFileSync(new URL('../docs/export-format.md', import.meta.url), 'utf8');

interface MarkdownTable {
  header: string[];
  rows: string[][];
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/u, '')
    .replace(/\|$/u, '')
    .split(/(?<!\\)\|/u)
    .map((cell) => cell.trim());
}

/** Every pipe table of the page: a block of `|` lines whose second line is the `---` separator. */
function parseTables(markdown: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  let block: string[] = [];
  for (const line of [...markdown.split('\n'), '']) {
    if (line.trim().startsWith('|')) {
      block.push(line);
      continue;
    }
    const [head, separator, ...rows] = block;
    if (head !== undefined && separator !== undefined && /^[|\s:-]+$/u.test(separator)) {
      tables.push({ header: splitRow(head), rows: rows.map(splitRow) });
    }
    block = [];
  }
  return tables;
}

/** The text of each `code span` in a cell. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/gu)].map((match) => match[1] ?? '');
}

const fileNamePattern = /\.(csv|html)$/iu;

function fileNames(cell: string): string[] {
  return codeSpans(cell).filter((span) => fileNamePattern.test(span));
}

/** A concrete path for a documented name: `Comments_<memberId>.csv` → `Comments_1234567890.csv`. */
function samplePath(name: string): string {
  return name
    .replaceAll('<memberId>', '1234567890')
    .replaceAll('<n>', '2')
    .replaceAll('*', 'sample-article');
}

function cellOf(row: readonly string[], index: number): string {
  return row[index] ?? '';
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

const tables = parseTables(doc);
const tablesHeaded = (...header: string[]) =>
  tables.filter((table) => table.header.join('|') === header.join('|'));

const fileTables = tablesHeaded('File', 'Variants read', 'Date column (format)', 'Category');
const [categoryTable] = tablesHeaded('Category', 'Scope', 'What it covers');
const [repairTable] = tablesHeaded('Repair', 'Files', 'What goes wrong', 'What we do');
const [formatTable] = tablesHeaded('Format', 'Written like', 'Example');

const match = createMatcher(catalog);
const compiled = compilePolicy(defaultPolicy);

/**
 * Every category the policy can give a kind: its rules in order, up to the first one without a
 * condition (policy schema: that one always applies). `post` → group-activity, posts.
 */
function categoriesOf(kind: RecordKind): string[] {
  const result: string[] = [];
  for (const rule of compiled.rulesByKind.get(kind) ?? []) {
    result.push(rule.classification.category);
    if (rule.test === null) break;
  }
  return [...new Set(result)].sort();
}

/** Extractors that make records of other kinds besides the table's own (src/core/records/). */
const extraKinds: Partial<Record<ExtractorId, readonly RecordKind[]>> = {
  profile: ['profile-contact'],
  'job-applications': ['application-answer', 'resume'],
  'online-job-postings': ['job-posting-salary'],
};

interface FileRow {
  spec: TableSpec;
  file: string;
  names: string[];
  variants: string;
  date: string;
  category: string;
}

/** Each file-table row with the catalog entry its names match; unmatched names are problems. */
function fileRows(): { rows: FileRow[]; problems: string[] } {
  const rows: FileRow[] = [];
  const problems: string[] = [];
  for (const table of fileTables) {
    for (const row of table.rows) {
      const file = cellOf(row, 0);
      const names = fileNames(file);
      const ids = new Set<string>();
      let spec: TableSpec | undefined;
      for (const name of names) {
        const found = match(samplePath(name));
        if (found === null) problems.push(`${name}: matched by no catalog entry`);
        else {
          ids.add(found.spec.id);
          spec = found.spec;
        }
      }
      if (names.length === 0) problems.push(`row "${file}": no file name in backticks`);
      if (ids.size > 1) problems.push(`row "${file}": names match ${[...ids].join(', ')}`);
      if (spec && ids.size === 1) {
        rows.push({
          spec,
          file,
          names,
          variants: cellOf(row, 1),
          date: cellOf(row, 2),
          category: cellOf(row, 3),
        });
      }
    }
  }
  return { rows, problems };
}

const parsed = fileRows();
const rowsBySpec = new Map<string, FileRow[]>();
for (const row of parsed.rows) {
  rowsBySpec.set(row.spec.id, [...(rowsBySpec.get(row.spec.id) ?? []), row]);
}

/** Runs a check on the one row of each catalog entry (entries without exactly one row are
 * reported by their own test). */
function problemsPerEntry(check: (spec: TableSpec, row: FileRow) => string[]): string[] {
  return catalog.flatMap((spec) => {
    const rows = rowsBySpec.get(spec.id) ?? [];
    return rows.length === 1 && rows[0] ? check(spec, rows[0]) : [];
  });
}

describe('docs/export-format.md', () => {
  it('has the tables this test reads', () => {
    expect(fileTables.length).toBeGreaterThanOrEqual(9);
    expect(categoryTable).toBeDefined();
    expect(repairTable).toBeDefined();
    expect(formatTable).toBeDefined();
  });

  it('describes every catalog entry in exactly one file-table row', () => {
    const problems = catalog
      .map((spec) => ({ spec, count: rowsBySpec.get(spec.id)?.length ?? 0 }))
      .filter(({ count }) => count !== 1)
      .map(({ spec, count }) => `${spec.id}: ${String(count)} rows`);
    expect(problems).toEqual([]);
  });

  it('names every file name of every catalog entry in backticks, in its row', () => {
    const problems = problemsPerEntry((spec, row) =>
      spec.files.names
        .map((name) => `${name === '*' ? '*' : name}.${spec.files.extension}`)
        .filter(
          (expected) =>
            !row.names.some((name) => name === expected || name.endsWith(`/${expected}`)),
        )
        .map((expected) => `${spec.id}: \`${expected}\` is not in its row`),
    );
    expect(problems).toEqual([]);
  });

  it('names in its tables only files the catalog matches, one catalog entry per row', () => {
    const unmatched = tables
      .flatMap((table) => table.rows.flat())
      .flatMap(fileNames)
      .filter((name) => match(samplePath(name)) === null)
      .map((name) => `${name}: matched by no catalog entry`);
    expect([...parsed.problems, ...unmatched]).toEqual([]);
  });

  it('marks exactly the Complete-only entries and the `_<memberId>` names', () => {
    const problems = problemsPerEntry((spec, row) => {
      const found: string[] = [];
      if (row.file.includes('Complete only') !== spec.completeOnly) {
        found.push(`${spec.id}: "Complete only" should be ${spec.completeOnly ? 'on' : 'off'}`);
      }
      const suffixed = row.names.some((name) => name.includes('_<memberId>'));
      if (suffixed !== spec.files.memberIdSuffix) {
        found.push(
          `${spec.id}: a _<memberId> name should be ${spec.files.memberIdSuffix ? 'given' : 'absent'}`,
        );
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('lists every header variant of the catalog by when LinkedIn used it', () => {
    const problems = problemsPerEntry((spec, row) =>
      spec.headers
        .filter((variant) => !row.variants.includes(variant.seen))
        .map((variant) => `${spec.id}: variant "${variant.seen}" is not in its row`),
    );
    expect(problems).toEqual([]);
  });

  it("gives each entry the catalog's date column and format, or none", () => {
    const formats = new Set<string>(dateFormatIds);
    const problems = problemsPerEntry((spec, row) => {
      const spans = codeSpans(row.date);
      if (spec.date === null) {
        const named = spans.filter((span) => formats.has(span));
        return named.length > 0 ? [`${spec.id}: has no date, doc says ${named.join(', ')}`] : [];
      }
      const { column, format } = spec.date;
      return spans.includes(column) && spans.includes(format)
        ? []
        : [`${spec.id}: date should be \`${column}\` (\`${format}\`), doc says "${row.date}"`];
    });
    expect(problems).toEqual([]);
  });

  it('gives each entry the categories the policy gives its record kind', () => {
    const problems = problemsPerEntry((spec, row) => {
      const found: string[] = [];
      const bracket = row.category.indexOf('(');
      const own = codeSpans(bracket === -1 ? row.category : row.category.slice(0, bracket));
      const extra = bracket === -1 ? [] : codeSpans(row.category.slice(bracket));
      const expected = categoriesOf(spec.kind);
      const { category } = classify(compiled, { kind: spec.kind, link: null });
      if (!sameSet(own, expected) || !own.includes(category)) {
        found.push(
          `${spec.id} (${spec.kind}): expected ${expected.join(' / ')}, doc says ${own.join(' / ')}`,
        );
      }
      const expectedExtra = [...new Set((extraKinds[spec.extractor] ?? []).flatMap(categoriesOf))];
      if (!sameSet(extra, expectedExtra)) {
        found.push(
          `${spec.id}: extra records expected in ${expectedExtra.join(', ') || 'no category'}, doc says ${extra.join(', ') || 'none'}`,
        );
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('lists the policy categories with their scopes', () => {
    const documented = (categoryTable?.rows ?? []).map(
      (row) => `${codeSpans(cellOf(row, 0))[0] ?? cellOf(row, 0)}: ${cellOf(row, 1)}`,
    );
    const policy = defaultPolicy.categories.map((category) => `${category.id}: ${category.scope}`);
    expect([...documented].sort()).toEqual([...policy].sort());
  });

  it('lists every repair with exactly the files whose catalog entry applies it', () => {
    const known = new Set<string>(repairIds);
    const documented = new Map<string, string[]>();
    for (const row of repairTable?.rows ?? []) {
      const [id] = codeSpans(cellOf(row, 0));
      if (id === undefined) continue; // a handling every file gets, not a catalog repair
      const specs = fileNames(cellOf(row, 1)).map(
        (name) => match(samplePath(name))?.spec.id ?? name,
      );
      documented.set(id, [...(documented.get(id) ?? []), ...specs]);
    }
    const problems = [...documented.keys()]
      .filter((id) => !known.has(id))
      .map((id) => `${id}: no such repair`);
    for (const id of repairIds) {
      const users = catalog.filter((spec) => spec.repairs.includes(id)).map((spec) => spec.id);
      const listed = documented.get(id) ?? [];
      if (users.length > 0 && !sameSet(listed, users)) {
        problems.push(`${id}: applied to ${users.join(', ')}, doc lists ${listed.join(', ')}`);
      }
      if (users.length === 0 && listed.length > 0) problems.push(`${id}: used by no entry`);
    }
    expect(problems).toEqual([]);
  });

  it('explains every date format the catalog uses, and only real formats', () => {
    const documented = (formatTable?.rows ?? []).map((row) => codeSpans(cellOf(row, 0))[0] ?? '');
    const known = new Set<string>(dateFormatIds);
    const used = [...new Set(catalog.flatMap((spec) => (spec.date ? [spec.date.format] : [])))];
    expect(documented.filter((id) => !known.has(id))).toEqual([]);
    expect(used.filter((id) => !documented.includes(id))).toEqual([]);
  });

  it('quotes the text of every stub file', () => {
    const stubs = catalog.flatMap((spec) => (spec.stubText === null ? [] : [spec.stubText]));
    expect(stubs.length).toBeGreaterThan(0);
    expect(stubs.filter((text) => !doc.includes(`\`${text}\``))).toEqual([]);
  });
});

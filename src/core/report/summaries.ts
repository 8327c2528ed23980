import type { Policy } from '../policy/schema.js';
import type { CategorySummary, ClassifiedRecord, ExportKind, ReportSummary } from './schema.js';

export function summarizeCategories(
  policy: Policy,
  records: readonly ClassifiedRecord[],
  trainingSince: string,
): CategorySummary[] {
  const summaries = new Map<string, CategorySummary>(
    policy.categories.map((category) => [
      category.id,
      {
        id: category.id,
        label: category.label,
        scope: category.scope,
        records: 0,
        earliest: null,
        latest: null,
        beforeEffective: 0,
      },
    ]),
  );
  for (const record of records) {
    const summary = summaries.get(record.category);
    if (!summary) continue;
    summary.records++;
    const { date } = record;
    if (date === null) continue;
    if (summary.earliest === null || date < summary.earliest) summary.earliest = date;
    if (summary.latest === null || date > summary.latest) summary.latest = date;
    if (date < trainingSince) summary.beforeEffective++;
  }
  return [...summaries.values()];
}

export function totalsOf(categories: readonly CategorySummary[]): ReportSummary['totals'] {
  const sum = (scope: CategorySummary['scope'] | null) =>
    categories
      .filter((category) => scope === null || category.scope === scope)
      .reduce((total, category) => total + category.records, 0);
  return {
    records: sum(null),
    inScope: sum('in-scope'),
    excluded: sum('excluded'),
    notNamed: sum('not-named'),
  };
}

/** Basic and Complete given together read as one export (export-format.md §1.6). */
export function combinedExportKind(kinds: readonly ExportKind[]): ExportKind {
  const known = new Set(kinds.filter((kind) => kind !== 'unknown'));
  if (known.has('complete') && known.has('basic')) return 'basic+complete';
  if (known.has('complete')) return 'complete';
  if (known.has('basic')) return 'basic';
  return 'unknown';
}

import type { Policy } from '../policy/schema.js';
import type { CategorySummary, ExportKind, ReportSummary } from './schema.js';

/**
 * The first fields of every report: its schema's version and the policy it applies. Also the
 * head of `records --format json` when the CLI writes the records as they are read.
 */
export function reportHead(policy: Policy): Pick<ReportSummary, 'schemaVersion' | 'policy'> {
  return {
    schemaVersion: 1,
    policy: {
      id: policy.id,
      name: policy.name,
      effectiveDate: policy.effectiveDate,
      notes: [...policy.notes],
    },
  };
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

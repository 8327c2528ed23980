import type { ReadPlan } from './plan.js';
import type { WarningSink } from '../report/warnings.js';
import { memberIdsOf } from '../catalog/member-ids.js';
import { ofDifferentlyNamedProfiles } from './profile-names.js';

/** What the member should know about the archives given, before any file is read. */
export async function warnAboutSources(plan: ReadPlan, warnings: WarningSink): Promise<void> {
  // Only a ZIP inside the archive that holds export files is worth saying was read.
  for (const { source, kind } of plan.sources) {
    if (source.depth > 0 && kind !== 'unknown') {
      warnings.add('nested-archive', { file: source.name }, source.name);
    }
  }
  // A Basic and a Complete archive of one request are one export; two Completes are two.
  for (const kind of ['complete', 'basic'] as const) {
    const dates = [
      ...new Set(
        plan.sources
          .filter((info) => info.kind === kind && info.exportDate !== null)
          .map((info) => info.exportDate ?? ''),
      ),
    ].sort();
    if (dates.length > 1) {
      warnings.add('exports-of-different-days', {
        count: dates.length,
        kind,
        dates: dates.join(', '),
      });
    }
  }
  const files = plan.files.map(({ file, spec }) => ({ path: file.path, table: spec?.id ?? null }));
  if (memberIdsOf(files).size > 1) warnings.add('exports-of-different-members', {});
  else if (await ofDifferentlyNamedProfiles(plan)) {
    warnings.add('exports-of-differently-named-members', {});
  }
  if (plan.duplicates.length > 0) {
    const kept = [...new Set(plan.duplicates.map((duplicate) => duplicate.kept.source.name))];
    warnings.add('duplicate-tables', { count: plan.duplicates.length, kept: kept.join(', ') });
  }
}

/** Files no catalog entry knows, but for those an operating system adds. */
export function warnAboutUnknownFiles(plan: ReadPlan, warnings: WarningSink): void {
  // Operating-system files (`.DS_Store`, `__MACOSX/`) are listed as unknown but not warned about.
  const unknownFiles = plan.files.filter(
    (planned) => planned.spec === null && !planned.operatingSystemFile,
  );
  if (unknownFiles.length > 0) {
    const examples = unknownFiles
      .slice(0, 5)
      .map((planned) => planned.file.path)
      .join(', ');
    warnings.add('unknown-files', {
      count: unknownFiles.length,
      examples: unknownFiles.length > 5 ? `${examples} …` : examples,
    });
  }
}

import type { FileReadOutcome } from '../read/read-files.js';
import type { PlannedFile } from '../read/plan.js';
import type { ResumeGroup } from './resumes.js';
import type { FileSummary } from './schema.js';

/**
 * The report's row for each file of the export: what it was read as, how it went, and the
 * categories it gave. Job applications also give the resumes category, whose records are made
 * from them after reading (`resumeCategory`).
 */
export function fileSummaries(
  files: readonly PlannedFile[],
  outcomes: ReadonlyMap<PlannedFile, FileReadOutcome>,
  resumeGroups: readonly ResumeGroup[],
  resumeCategory: string | undefined,
): FileSummary[] {
  return files.map((planned): FileSummary => {
    const outcome = outcomes.get(planned);
    const summary = outcome?.summary;
    const fileCategories = new Set(summary?.categories);
    if (
      planned.spec?.extractor === 'job-applications' &&
      summary &&
      summary.records > 0 &&
      resumeCategory &&
      resumeGroups.some((group) => group.uses.some((use) => use.file === planned.file.path))
    ) {
      fileCategories.add(resumeCategory);
    }
    return {
      path: planned.file.path,
      archive: planned.source.name,
      table: planned.spec?.id ?? null,
      status: planned.spec === null ? 'unknown' : (outcome?.status ?? 'parsed'),
      records: summary?.records ?? 0,
      categories: [...fileCategories].sort(),
      note: outcome?.note ?? planned.note,
    };
  });
}

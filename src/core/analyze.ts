import { InflateBudget } from './archive/limits.js';
import { collectSources } from './archive/sources.js';
import { describeReadFailure } from './read/read-failure.js';
import type { ExportInput } from './archive/types.js';
import { catalog } from './catalog/index.js';
import { createMatcher } from './catalog/match.js';
import { ExposureInputError } from './errors.js';
import { resolveOptions, type AnalyzeOptions } from './options.js';
import { classify, compilePolicy } from './policy/classify.js';
import { operatingSystemNote, planRead, type PlannedFile } from './read/plan.js';
import { readExportFile } from './read/read-file.js';
import type { RawRecord, ResumeUse } from './records/types.js';
import { assessResumes, groupResumeUses } from './report/resumes.js';
import type { ClassifiedRecord, ExposureReport, FileSummary } from './report/schema.js';
import { buildSuggestions } from './report/suggestions.js';
import { finishReport, type ReportDraft } from './plan/finish.js';
import { scanRecords } from './sensitive/scan.js';
import { combinedExportKind, summarizeCategories, totalsOf } from './report/summaries.js';
import { WarningSink } from './report/warnings.js';
import { subtractDuration } from './util/dates.js';
import { fingerprint } from './util/hash.js';
import { excerpt } from './util/text.js';

interface SourcedRecord extends RawRecord {
  table: string;
  file: string;
}

const questionKinds = new Set(['saved-answer', 'saved-screening-answer']);

/** Tables whose records other tables need first: the saved answers are the Q&A dictionary. */
function readOrder(extractor: string): number {
  return extractor === 'job-applications' ? 1 : 0;
}

function dedupe(records: readonly SourcedRecord[]): SourcedRecord[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (record.dedupeKey === undefined) return true;
    if (seen.has(record.dedupeKey)) return false;
    seen.add(record.dedupeKey);
    return true;
  });
}

/**
 * The analyzer: export archives (bytes) in, typed exposure report out. No I/O of its own, so the
 * same call serves the CLI and the browser Worker.
 */
export async function analyzeExport(
  inputs: readonly ExportInput[],
  options: AnalyzeOptions = {},
): Promise<ExposureReport> {
  const resolved = resolveOptions(options);
  const { policy, region } = resolved;
  const warnings = new WarningSink();
  const { sources, tooDeep } = await collectSources(
    inputs,
    new InflateBudget(resolved.limits),
    warnings,
  );
  const plan = planRead(sources, createMatcher(catalog), catalog);
  if (plan.tables.length === 0) {
    const name = inputs.map((input) => input.name).join(', ');
    if (tooDeep.length > 0) {
      throw new ExposureInputError('NESTED_TOO_DEEP', {
        name,
        limit: resolved.limits.maxNestingDepth,
      });
    }
    throw new ExposureInputError('NOT_AN_EXPORT', { name });
  }
  if (plan.duplicates.length > 0) {
    const kept = [...new Set(plan.duplicates.map((duplicate) => duplicate.kept.source.name))];
    warnings.add('duplicate-tables', { count: plan.duplicates.length, kept: kept.join(', ') });
  }

  const outcomes = new Map<
    PlannedFile,
    { status: FileSummary['status']; records: SourcedRecord[]; note: string | null }
  >();
  const records: SourcedRecord[] = [];
  const resumeUses: ResumeUse[] = [];
  const knownQuestions = new Set<string>();
  const filesTotal = plan.tables.reduce((total, table) => total + table.files.length, 0);
  let filesDone = 0;
  let bytesDone = 0;
  const bytesTotal = plan.tables.reduce(
    (total, table) =>
      total + table.files.reduce((sum, planned) => sum + (planned.file.size ?? 0), 0),
    0,
  );
  const tables = [...plan.tables].sort(
    (a, b) => readOrder(a.spec.extractor) - readOrder(b.spec.extractor),
  );
  for (const { spec, files } of tables) {
    for (const planned of files) {
      const path = planned.file.path;
      resolved.onProgress({ bytesDone, bytesTotal, filesDone, filesTotal, file: path });
      let outcome;
      try {
        const bytes = await planned.file.read();
        outcome = readExportFile(spec, path, bytes, knownQuestions, warnings);
      } catch (error) {
        outcome = {
          status: 'failed' as const,
          records: [],
          resumeUses: [],
          note: describeReadFailure(error, path, warnings),
        };
      }
      const sourced = outcome.records.map((record) => ({ ...record, table: spec.id, file: path }));
      for (const record of sourced) {
        if (questionKinds.has(record.kind) && record.question) knownQuestions.add(record.question);
      }
      // A loop, not push(...spread): a table of 150,000+ rows overflows the argument stack.
      for (const record of sourced) records.push(record);
      for (const use of outcome.resumeUses) resumeUses.push(use);
      outcomes.set(planned, { status: outcome.status, records: sourced, note: outcome.note });
      filesDone++;
      bytesDone += planned.file.size ?? 0;
    }
  }
  resolved.onProgress({ bytesDone, bytesTotal, filesDone, filesTotal, file: '' });

  const resumeGroups = groupResumeUses(resumeUses);
  const resumeRecords: SourcedRecord[] = resumeGroups.map((group) => ({
    kind: 'resume',
    date: group.lastUsed,
    link: null,
    text: group.name,
    identity: group.key,
    row: group.uses[0]?.row ?? null,
    table: 'job-applications',
    file: group.uses[0]?.file ?? '',
  }));

  const compiled = compilePolicy(policy);
  const usedIds = new Map<string, number>();
  const kept = dedupe(records);
  const classified: ClassifiedRecord[] = [...kept, ...resumeRecords].map((record) => {
    const { category, scope, reason } = classify(compiled, record);
    const baseId = `${record.table}-${fingerprint(`${record.table}\u001d${record.identity}`)}`;
    const seen = usedIds.get(baseId) ?? 0;
    usedIds.set(baseId, seen + 1);
    return {
      id: seen === 0 ? baseId : `${baseId}-${String(seen + 1)}`,
      category,
      scope,
      kind: record.kind,
      date: record.date,
      source: { file: record.file, row: record.row },
      link: record.link,
      text: record.text,
      reason,
    };
  });
  // Sensitive content (issue 7, docs/sensitive-content.md): only in-scope records are read.
  const sensitive = scanRecords(classified, {
    region: region?.id ?? null,
    showValues: resolved.showValues,
  });
  const categoryOf = new Map<SourcedRecord, string>();
  [...kept, ...resumeRecords].forEach((record, index) => {
    const category = classified[index]?.category;
    if (category) categoryOf.set(record, category);
  });

  const exportDates = plan.sources
    .map((info) => info.exportDate)
    .filter((date): date is string => date !== null);
  let exportDate = exportDates.sort().at(-1) ?? null;
  if (exportDate === null) {
    exportDate =
      classified
        .map((record) => record.date)
        .filter((date): date is string => date !== null)
        .sort()
        .at(-1) ?? null;
    if (resolved.asOf === null) {
      if (exportDate) warnings.add('export-date-from-records', { date: exportDate });
      else warnings.add('no-export-date', {});
    }
  }
  const asOf = resolved.asOf ?? exportDate;
  const cutoff = asOf === null ? null : subtractDuration(asOf, resolved.olderThan);
  const trainingSince = region?.trainingSince ?? policy.effectiveDate;

  const storedTexts = kept
    .filter((record) => record.kind === 'resume-text')
    .map((record, index) => ({
      // The asset name is an opaque id (export-format.md §3.39); the text's first words say more.
      name: `resume text ${String(index + 1)}: ${excerpt(record.text, 50) ?? record.identity}`,
      file: record.file,
      row: record.row,
    }));
  const resumes = assessResumes(resumeGroups, storedTexts, cutoff, resolved.olderThanText);
  const categories = summarizeCategories(policy, classified, trainingSince);
  const labelOf = new Map(policy.categories.map((category) => [category.id, category.label]));
  const suggestions = buildSuggestions({
    policy,
    region,
    records: classified,
    resumes,
    cutoff,
    olderThanText: resolved.olderThanText,
    trainingSince,
    categoryLabel: (id) => labelOf.get(id) ?? id,
    findings: sensitive.findings,
  });

  // Operating-system files (`.DS_Store`, `__MACOSX/`) are listed as unknown but not warned about.
  const unknownFiles = plan.files.filter(
    (planned) => planned.spec === null && planned.note !== operatingSystemNote,
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
  const exportKind = combinedExportKind(plan.sources.map((info) => info.kind));
  if (exportKind === 'basic') warnings.add('basic-only', {});

  const files: FileSummary[] = plan.files.map((planned) => {
    const outcome = outcomes.get(planned);
    const fileRecords = outcome?.records ?? [];
    const fileCategories = new Set<string>();
    for (const record of fileRecords) {
      const category = categoryOf.get(record);
      if (category) fileCategories.add(category);
    }
    if (planned.spec?.extractor === 'job-applications' && fileRecords.length > 0) {
      const resumeCategory = classified.find((record) => record.kind === 'resume')?.category;
      if (
        resumeCategory &&
        resumeGroups.some((group) => group.uses.some((use) => use.file === planned.file.path))
      ) {
        fileCategories.add(resumeCategory);
      }
    }
    return {
      path: planned.file.path,
      archive: planned.source.name,
      table: planned.spec?.id ?? null,
      status: planned.spec === null ? 'unknown' : (outcome?.status ?? 'parsed'),
      records: fileRecords.filter((record) => categoryOf.has(record)).length,
      categories: [...fileCategories].sort(),
      note: outcome?.note ?? planned.note,
    };
  });

  const draft: ReportDraft = {
    schemaVersion: 1,
    policy: { id: policy.id, name: policy.name, effectiveDate: policy.effectiveDate },
    region: region
      ? { id: region.id, label: region.label, trainingSince: region.trainingSince }
      : null,
    trainingSince,
    exportKind,
    exportDate: asOf,
    olderThan: resolved.olderThanText,
    inputs: plan.sources.map((info) => ({
      name: info.source.name,
      kind: info.kind,
      exportDate: info.exportDate,
    })),
    totals: totalsOf(categories),
    categories,
    files,
    resumes: resumes.map(({ resume }) => resume),
    suggestions,
    warnings: warnings.warnings,
    records: classified,
  };
  return finishReport(draft, sensitive, resolved);
}

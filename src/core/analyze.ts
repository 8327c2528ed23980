import { InflateBudget } from './archive/limits.js';
import { collectSources } from './archive/sources.js';
import type { ExportInput } from './archive/types.js';
import { catalog } from './catalog/index.js';
import { createMatcher } from './catalog/match.js';
import { ExposureInputError } from './errors.js';
import { resolveOptions, type AnalyzeOptions, type ResolvedOptions } from './options.js';
import { compilePolicy } from './policy/classify.js';
import { planRead, type PlannedFile, type PlannedTable, type ReadPlan } from './read/plan.js';
import { warnAboutSources, warnAboutUnknownFiles } from './read/plan-warnings.js';
import { fileSummaries } from './report/file-summaries.js';
import { fileNoteText, resumeReasonText } from './messages.js';
import { readExportFile } from './read/read-file.js';
import { readFiles, type FileReadOutcome } from './read/read-files.js';
import { ReadProgress } from './read/read-progress.js';
import { RecordCollector, type ScanAsRead, type SourcedRecord } from './read/record-collector.js';
import type { ResumeUse } from './records/types.js';
import { assessResumes, groupResumeUses, type ResumeGroup } from './report/resumes.js';
import type { ClassifiedRecord, ExposureReport, FileSummary } from './report/schema.js';
import { buildSuggestions } from './report/suggestions.js';
import { finishReport, recordFinisher, type ReportDraft } from './plan/finish.js';
import { createMasker } from './plan/mask-values.js';
import {
  contactValues,
  scanContext,
  scanRecord,
  scanRecords,
  type ScanOptions,
  type TextScan,
} from './sensitive/scan.js';
import { rememberingScan } from './sensitive/scan-memo.js';
import { combinedExportKind, reportHead, totalsOf } from './report/summaries.js';
import { WarningSink } from './report/warnings.js';
import { subtractDuration } from './util/dates.js';
import { latestExportDate } from './util/latest-export-date.js';
import { excerpt } from './util/text.js';

/**
 * Tables whose records other tables need first: the profile, whose home address flags the posts
 * that repeat it (with `flagged`, posts are scanned as they are read); the saved answers, the
 * Q&A dictionary of job applications.
 */
function readOrder(extractor: string): number {
  if (extractor === 'profile') return -1;
  return extractor === 'job-applications' ? 1 : 0;
}

/** A stored resume as a record, made from its uses in applications once all are read. */
function resumeRecord(group: ResumeGroup): SourcedRecord {
  return {
    kind: 'resume',
    date: group.lastUsed,
    link: null,
    text: group.name,
    identity: group.key,
    row: group.uses[0]?.row ?? null,
    table: 'job-applications',
    file: group.uses[0]?.file ?? '',
  };
}

/**
 * An export none of whose LinkedIn files could be read (each stopped by a limit, damaged, or of
 * an unknown shape) has nothing to report: a named error with the first file's problem, which
 * says what to do, instead of a report of zeros.
 */
function throwIfNothingRead(
  inputs: readonly ExportInput[],
  files: readonly FileSummary[],
  warnings: WarningSink,
): void {
  const known = files.filter((file) => file.table !== null);
  if (known.length === 0 || known.some((file) => file.status !== 'failed')) return;
  const [first] = known;
  const problem =
    warnings.warnings.find((warning) => warning.file === first?.path)?.message ??
    `${first?.path ?? ''}: ${first?.note ?? fileNoteText.notRead()}`;
  throw new ExposureInputError('NOTHING_READ', {
    name: inputs.map((input) => input.name).join(', '),
    problem,
  });
}

/** The archives' export files, planned by table; a named error when none holds any. */
async function planExport(
  inputs: readonly ExportInput[],
  resolved: ResolvedOptions,
  warnings: WarningSink,
  budget: InflateBudget,
): Promise<ReadPlan> {
  const { sources, tooDeep } = await collectSources(inputs, budget, warnings, resolved.inflateRaw);
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
  await warnAboutSources(plan, warnings);
  return plan;
}

/** How one analysis scans texts: its options, and the scan behind a memo (scan-memo.ts). */
interface AnalysisScan {
  options: ScanOptions;
  textScan: TextScan;
}

/** What one reading of every planned file leaves: the collector and how each file ended. */
interface ExportReading {
  collector: RecordCollector;
  /** The tables in the order they were read (a second reading keeps it). */
  tables: PlannedTable[];
  progress: ReadProgress;
  outcomes: Map<PlannedFile, FileReadOutcome>;
  resumeUses: ResumeUse[];
}

/** Reads every planned file once: the counts, the records kept, and what was scanned as read. */
async function readExport(
  plan: ReadPlan,
  resolved: ResolvedOptions,
  { options: scanOptions, textScan }: AnalysisScan,
  trainingSince: string,
  io: { warnings: WarningSink; budget: InflateBudget },
): Promise<ExportReading> {
  const { policy } = resolved;
  // `flagged` scans and chooses the plan while reading, before the export date may be known.
  const asRead: ScanAsRead | null =
    resolved.keepRecords === 'flagged'
      ? { scan: (record, own) => scanRecord(record, scanOptions, textScan, own) }
      : null;
  const collector = new RecordCollector(
    compilePolicy(policy),
    trainingSince,
    resolved.keepRecords,
    {
      asRead,
      // A record not kept is not scanned after reading either: its values to mask are taken now.
      contactValues:
        resolved.keepRecords === 'all' ? null : (record) => contactValues(record, textScan),
    },
  );
  const tables = [...plan.tables].sort(
    (a, b) => readOrder(a.spec.extractor) - readOrder(b.spec.extractor),
  );
  // Records handed on one by one are read a second time (`streamRecords`): the bar covers both.
  const progress = new ReadProgress(
    resolved.onProgress,
    tables,
    resolved.onRecord ? 2 : 1,
    resolved.signal,
  );
  const { outcomes, resumeUses } = await readFiles(tables, {
    collector,
    warnings: io.warnings,
    budget: io.budget,
    isUtf8: resolved.isUtf8,
    countElsewhere: resolved.countElsewhere,
    progress,
  });
  if (!resolved.onRecord) progress.reading('');
  return { collector, tables, progress, outcomes, resumeUses };
}

/**
 * The day ages are counted from (`--as-of`, else the export's date) and the plan's cutoff. An
 * archive without its date in its name is dated by its newest record, which a warning says.
 */
function datesOf(
  plan: ReadPlan,
  collector: RecordCollector,
  resolved: ResolvedOptions,
  warnings: WarningSink,
): { asOf: string | null; cutoff: string | null } {
  let exportDate = latestExportDate(plan.sources);
  if (exportDate === null) {
    exportDate = collector.latestDate();
    if (resolved.asOf === null) {
      if (exportDate) warnings.add('export-date-from-records', { date: exportDate });
      else warnings.add('no-export-date', {});
    }
  }
  const asOf = resolved.asOf ?? exportDate;
  return { asOf, cutoff: asOf === null ? null : subtractDuration(asOf, resolved.olderThan) };
}

/** The resume texts LinkedIn stored, named for the plan. */
function storedResumeTexts(collector: RecordCollector) {
  return collector.resumeTexts.map((record, index) => ({
    // The asset name is an opaque id (export-format.md §3.39); the text's first words say more.
    name: resumeReasonText.storedTextName({
      number: index + 1,
      excerpt: excerpt(record.text, 50) ?? record.identity,
    }),
    file: record.file,
    row: record.row,
  }));
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
  const budget = new InflateBudget(resolved.limits);
  const plan = await planExport(inputs, resolved, warnings, budget);
  const trainingSince = region?.trainingSince ?? policy.effectiveDate;
  const scanOptions: ScanOptions = { region: region?.id ?? null, showValues: resolved.showValues };
  const textScan = rememberingScan(scanContext(scanOptions));
  const read = await readExport(plan, resolved, { options: scanOptions, textScan }, trainingSince, {
    warnings,
    budget,
  });
  const { collector } = read;
  const asRead = collector.asRead;

  const resumeGroups = groupResumeUses(read.resumeUses);
  const made = resumeGroups.map((group) => collector.addMade(resumeRecord(group)));
  const classified = collector.records;
  // Sensitive content (issue 7, docs/sensitive-content.md): only in-scope records are read.
  const sensitive = asRead
    ? scanRecords(made, scanOptions, textScan, collector)
    : scanRecords(classified, scanOptions, textScan, {
        findings: [],
        masks: collector.masks,
        glued: collector.glued,
        ownAddresses: collector.ownAddresses,
      });

  const { asOf, cutoff } = datesOf(plan, collector, resolved, warnings);
  const resumes = assessResumes(
    resumeGroups,
    storedResumeTexts(collector),
    cutoff,
    resolved.olderThanText,
  );
  const categories = collector.summaries(policy);
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
    content: asRead ? collector.content : undefined,
  });

  warnAboutUnknownFiles(plan, warnings);
  const exportKind = combinedExportKind(plan.sources.map((info) => info.kind));
  if (exportKind === 'basic') warnings.add('basic-only', {});

  // Resumes are only made after reading (`made`).
  const files = fileSummaries(plan.files, read.outcomes, resumeGroups, made[0]?.category);

  throwIfNothingRead(inputs, files, warnings);

  const draft: ReportDraft = {
    ...reportHead(policy),
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
    inScopeMonths: collector.inScopeMonths.list(),
    files,
    resumes: resumes.map(({ resume }) => resume),
    suggestions,
    warnings: warnings.warnings,
    // Records handed on one by one are not in the report, so they are not masked here either.
    records: resolved.onRecord ? [] : classified,
  };
  // One masker for the report and every record handed on one by one; none used to show values.
  const mask = createMasker(resolved.showValues ? [] : sensitive.masks);
  const report = finishReport(draft, sensitive, resolved, mask);
  if (!resolved.onRecord) return report;
  const finish = recordFinisher(sensitive, resolved, mask);
  const emit = resolved.onRecord;
  await streamRecords(read.tables, read.outcomes, collector, read.progress, (record) => {
    emit(finish(record));
  });
  read.progress.reading('');
  return report;
}

/**
 * `onRecord`: every record, as `keepRecords: 'all'` would keep it, handed on in order by a second
 * reading once the first has found what to mask, so that none is held (`records` on an export
 * with a million messages). Files that failed the first time are passed over; their records were
 * never counted.
 */
async function streamRecords(
  tables: readonly PlannedTable[],
  outcomes: ReadonlyMap<PlannedFile, { status: FileSummary['status'] }>,
  first: RecordCollector,
  progress: ReadProgress,
  emit: (record: ClassifiedRecord) => void,
): Promise<void> {
  const collector = new RecordCollector(first.compiled, first.trainingSince, 'all', { emit });
  const warnings = new WarningSink();
  const resumeUses: ResumeUse[] = [];
  for (const { spec, files } of tables) {
    for (const planned of files) {
      if (outcomes.get(planned)?.status === 'failed') {
        progress.done(planned.file.size, null);
        continue;
      }
      const path = planned.file.path;
      const fileRecords = collector.beginFile(spec, path, planned.file.size);
      progress.reading(path);
      const tracker = progress.file();
      const outcome = await readExportFile(
        spec,
        path,
        planned.file.chunks,
        fileRecords.readContext(warnings, tracker.onBytes),
      );
      progress.done(planned.file.size, tracker);
      for (const use of outcome.resumeUses) resumeUses.push(use);
      fileRecords.commit();
    }
  }
  for (const group of groupResumeUses(resumeUses)) collector.addMade(resumeRecord(group));
}

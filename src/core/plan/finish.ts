import { warningText } from '../messages.js';
import type { ClassifiedRecord, ExposureReport, ReportWarning } from '../report/schema.js';
import type { SensitiveScan } from '../sensitive/scan.js';
import { createMasker, type Masker } from './mask-values.js';

/** The report as analysis builds it, before its sensitive-content fields. */
export type ReportDraft = Omit<ExposureReport, 'findings' | 'valuesShown' | 'redacted' | 'kept'>;

export interface FinishOptions {
  /** Show found values instead of masks (`--show-values`). */
  showValues: boolean;
  /** Ids of suggestions the member keeps (`--keep`): left out of the plan, and counted. */
  keep: ReadonlySet<string>;
}

/**
 * Adds the findings, applies the keep-list and, unless values are shown, masks every found
 * identifier wherever the report repeats export text (records, excerpts, actions, resume names).
 */
export function finishReport(
  draft: ReportDraft,
  scan: SensitiveScan,
  options: FinishOptions,
  mask: Masker = createMasker(scan.masks),
): ExposureReport {
  const open = draft.suggestions.filter((suggestion) => !options.keep.has(suggestion.id));
  const matched = new Set(draft.suggestions.map((suggestion) => suggestion.id));
  const unmatched = [...options.keep].filter((id) => !matched.has(id)).length;
  const warnings: ReportWarning[] =
    unmatched === 0
      ? draft.warnings
      : [
          ...draft.warnings,
          {
            code: 'keep-list-unmatched',
            message: warningText['keep-list-unmatched']({ count: unmatched }),
            file: null,
          },
        ];
  const report: ExposureReport = {
    ...draft,
    suggestions: open,
    kept: draft.suggestions.length - open.length,
    findings: scan.findings,
    valuesShown: options.showValues,
    redacted: false,
    warnings,
  };
  return options.showValues || scan.masks.length === 0 ? report : masked(report, mask);
}

/**
 * What `finishReport` does to each record, for records handed on one by one (`onRecord`), with
 * the masker the report was finished with.
 */
export function recordFinisher(
  scan: SensitiveScan,
  options: Pick<FinishOptions, 'showValues'>,
  mask: Masker,
): (record: ClassifiedRecord) => ClassifiedRecord {
  if (options.showValues || scan.masks.length === 0) return (record) => record;
  return maskedRecord(mask);
}

/** Most records hold no found value: those are kept as they are, not copied. */
function maskedRecord(mask: Masker): (record: ClassifiedRecord) => ClassifiedRecord {
  return (record) => {
    if (record.text === null) return record;
    const text = mask(record.text);
    return text === record.text ? record : { ...record, text };
  };
}

function masked(report: ExposureReport, mask: Masker): ExposureReport {
  const maskNullable = (text: string | null) => (text === null ? null : mask(text));
  return {
    ...report,
    records: report.records.map(maskedRecord(mask)),
    suggestions: report.suggestions.map((suggestion) => ({
      ...suggestion,
      action: mask(suggestion.action),
      reason: mask(suggestion.reason),
      excerpt: maskNullable(suggestion.excerpt),
    })),
    // A topic's preview is the words around it, which can hold a number found nearby.
    findings: report.findings.map((finding) => ({
      ...finding,
      preview: mask(finding.preview),
    })),
    resumes: report.resumes.map((resume) => ({
      ...resume,
      name: mask(resume.name),
      reason: mask(resume.reason),
    })),
  };
}

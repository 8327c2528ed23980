import type { ExposureReport, Policy, ReportSummary } from '../../core/index.js';
import { csvFormatters } from '../../format/csv.js';
import { findingRows, flaggedRecordCount, type FindingRow } from '../../format/findings-summary.js';
import { jsonFormatters, reportSummary } from '../../format/json.js';
import type { FormatOptions } from '../../format/types.js';
import { inScopeTimeline, policyMarkers, type Timeline } from './timeline.js';

export type DownloadKind = 'records' | 'suggestions' | 'resumes' | 'report';

interface DownloadFile {
  kind: DownloadKind;
  fileName: string;
  mediaType: string;
  /** Exactly what the CLI prints with `--format csv` (`json` for the report) and the same options. */
  text: string;
}

/** The report's sensitive section, shaped as the CLI's table and Markdown formats shape it. */
export interface SensitiveSummary {
  /** One row per kind found: label, items, findings, the first (masked) preview. */
  rows: FindingRow[];
  /** Records holding at least one finding: the "in M items" of the section's sentence. */
  items: number;
}

interface PageResult {
  report: ReportSummary;
  sensitive: SensitiveSummary;
  timeline: Timeline;
  downloads: DownloadFile[];
}

export function downloadFileName(kind: DownloadKind, exportDate: string | null): string {
  const extension = kind === 'report' ? 'json' : 'csv';
  return `linkedin-exposure-${kind}${exportDate === null ? '' : `-${exportDate}`}.${extension}`;
}

/**
 * What the page shows and offers for download, from one analysis that kept only the records the
 * report needs (`keepRecords: 'flagged'`, as the CLI's `report`). The downloads come from the
 * CLI's own formatters, so a file saved from the page equals the CLI's output; the records CSV is
 * made when asked for (records-download.ts).
 */
export function buildPageResult(
  report: ExposureReport,
  policy: Pick<Policy, 'effectiveDate' | 'regions'>,
  options: { bom: boolean },
): PageResult {
  // Colour and width only concern the table format; these are the CLI's values for a file.
  const format: FormatOptions = { color: false, width: 120, bom: options.bom };
  const csv = (kind: 'suggestions' | 'resumes'): DownloadFile => ({
    kind,
    fileName: downloadFileName(kind, report.exportDate),
    mediaType: 'text/csv;charset=utf-8',
    text: csvFormatters[kind](report, format),
  });
  return {
    report: reportSummary(report),
    sensitive: { rows: findingRows(report), items: flaggedRecordCount(report) },
    timeline: inScopeTimeline(report.inScopeMonths, report.totals.inScope, policyMarkers(policy)),
    downloads: [
      csv('suggestions'),
      csv('resumes'),
      {
        kind: 'report',
        fileName: downloadFileName('report', report.exportDate),
        mediaType: 'application/json',
        text: jsonFormatters.report(report),
      },
    ],
  };
}

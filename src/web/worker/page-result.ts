import type { ExposureReport, Policy, ReportSummary } from '../../core/index.js';
import { csvFormatters } from '../../format/csv.js';
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

interface PageResult {
  report: ReportSummary;
  timeline: Timeline;
  downloads: DownloadFile[];
}

function fileName(kind: DownloadKind, exportDate: string | null): string {
  const extension = kind === 'report' ? 'json' : 'csv';
  return `linkedin-exposure-${kind}${exportDate === null ? '' : `-${exportDate}`}.${extension}`;
}

/**
 * What the page shows and offers for download, from one analysis. The downloads come from the
 * CLI's own formatters, so a file saved from the page equals the CLI's output.
 */
export function buildPageResult(
  report: ExposureReport,
  policy: Pick<Policy, 'effectiveDate' | 'regions'>,
  options: { bom: boolean },
): PageResult {
  // Colour and width only concern the table format; these are the CLI's values for a file.
  const format: FormatOptions = { color: false, width: 120, bom: options.bom };
  const csv = (kind: 'records' | 'suggestions' | 'resumes'): DownloadFile => ({
    kind,
    fileName: fileName(kind, report.exportDate),
    mediaType: 'text/csv;charset=utf-8',
    text: csvFormatters[kind](report, format),
  });
  return {
    report: reportSummary(report),
    timeline: inScopeTimeline(report.records, policyMarkers(policy)),
    downloads: [
      csv('records'),
      csv('suggestions'),
      csv('resumes'),
      {
        kind: 'report',
        fileName: fileName('report', report.exportDate),
        mediaType: 'application/json',
        text: jsonFormatters.report(report),
      },
    ],
  };
}

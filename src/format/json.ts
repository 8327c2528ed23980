import type { ExposureReport } from '../core/index.js';
import { jsonText } from './json-text.js';
import type { CommandName, Formatter } from './types.js';

function stringify(value: unknown): string {
  return `${jsonText(value)}\n`;
}

/** The report without its record list (that is what `records` prints). */
export function reportSummary(report: ExposureReport): Omit<ExposureReport, 'records'> {
  const { records, ...summary } = report;
  return summary;
}

export const jsonFormatters = {
  report: (report) => stringify(reportSummary(report)),
  records: (report) =>
    stringify({
      schemaVersion: report.schemaVersion,
      policy: report.policy,
      records: report.records,
    }),
  resumes: (report) =>
    stringify({
      schemaVersion: report.schemaVersion,
      exportDate: report.exportDate,
      resumes: report.resumes,
    }),
  suggestions: (report) =>
    stringify({
      schemaVersion: report.schemaVersion,
      exportDate: report.exportDate,
      suggestions: report.suggestions,
    }),
} satisfies Record<CommandName, Formatter>;

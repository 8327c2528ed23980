import {
  exportDateText,
  exposureLabel,
  exposureOf,
  findingLabel,
  reportText,
  scopeLabel,
  sensitiveSectionText,
  type ExposureReport,
} from '../core/index.js';
import { findingRows, flaggedItems, flaggedRecordCount } from './findings-summary.js';
import { markdownLink, markdownTable, markdownText } from './markdown-text.js';
import { markdownRecordsPieces } from './records-markdown.js';
import { piecesText } from './records-stream.js';
import type { CommandName, Formatter } from './types.js';

/**
 * `--format markdown`: the report as a document to read, print or hand on (with `--redact`):
 * summary, sensitive content, resumes, the whole plan with its links, warnings.
 */

function heading(report: ExposureReport): string {
  const inputs = report.inputs
    .map((input) => `${markdownText(input.name)} (${input.kind})`)
    .join(' + ');
  const region = report.region
    ? `${markdownText(report.region.label)}: training since ${report.trainingSince}`
    : `training counted from the policy's effective date ${report.trainingSince} (set --region for yours)`;
  return [
    '# LinkedIn exposure report',
    '',
    `- **Export:** ${inputs}; ${exportDateText(report)}`,
    `- **Policy:** ${markdownText(report.policy.name)}`,
    `- **Region:** ${region}`,
  ].join('\n');
}

function summary(report: ExposureReport): string {
  const { totals } = report;
  const rows = report.categories
    .filter((category) => category.records > 0 || category.scope !== 'not-named')
    .map((category) => [
      markdownText(category.label),
      scopeLabel[category.scope],
      String(category.records),
      category.earliest ?? '',
      category.latest ?? '',
      String(category.beforeEffective),
    ]);
  return [
    '## Summary',
    '',
    reportText.totals({
      inScope: `**${String(totals.inScope)}**`,
      excluded: totals.excluded,
      notNamed: totals.notNamed,
      records: totals.records,
    }),
    '',
    markdownTable(
      ['Category', 'Scope', 'Records', 'Earliest', 'Latest', `Before ${report.trainingSince}`],
      rows,
      [2, 5],
    ),
  ].join('\n');
}

function sensitive(report: ExposureReport): string {
  const parts = [`## ${sensitiveSectionText.heading()}`, ''];
  if (report.findings.length === 0) {
    parts.push(sensitiveSectionText.none());
    return parts.join('\n');
  }
  parts.push(
    sensitiveSectionText.summary({
      findings: report.findings.length,
      records: flaggedRecordCount(report),
    }),
    report.valuesShown ? sensitiveSectionText.shown() : sensitiveSectionText.masked(),
    '',
    markdownTable(
      ['What', 'Items', 'Findings', 'Example'],
      findingRows(report).map((row) => [
        markdownText(row.label),
        String(row.items),
        String(row.findings),
        markdownText(row.example),
      ]),
      [1, 2],
    ),
    '',
    ...flaggedItems(report).map(({ record, findings }) => {
      const labels = [...new Set(findings.map((finding) => findingLabel[finding.code]))];
      const where = `${exposureLabel[exposureOf(record)]}${record.date === null ? '' : ` of ${record.date}`}`;
      const previews = [...new Set(findings.map((finding) => finding.preview))]
        .map((preview) => `“${markdownText(preview)}”`)
        .join(', ');
      const link = record.link === null ? '' : ` ${markdownLink('open', record.link)}`;
      return `- **${markdownText(labels.join(', '))}** in ${markdownText(where)}: ${previews}${link}`;
    }),
  );
  return parts.join('\n');
}

function resumes(report: ExposureReport): string {
  if (report.resumes.length === 0) return `## Stored resumes\n\n${reportText.noResumes()}`;
  const rows = report.resumes.map((resume) => [
    markdownText(resume.name),
    String(resume.applications),
    resume.lastUsed ?? '',
    resume.suggestDelete ? '**delete**' : 'keep',
    markdownText(resume.reason),
  ]);
  return [
    '## Stored resumes',
    '',
    markdownTable(['Resume', 'Uses', 'Last used', 'Suggest', 'Why'], rows, [1]),
  ].join('\n');
}

function plan(report: ExposureReport): string {
  const kept = report.kept > 0 ? ` ${sensitiveSectionText.kept({ count: report.kept })}` : '';
  const items = report.suggestions.map((suggestion, index) => {
    const score = suggestion.score === null ? '' : `, score ${String(suggestion.score)}`;
    const lines = [
      `${String(index + 1)}. **${markdownText(suggestion.action)}** (${suggestion.priority}${score}: ${markdownText(suggestion.why)})`,
      `   ${markdownText(suggestion.reason)}`,
    ];
    if (suggestion.link !== null)
      lines.push(`   ${markdownLink(suggestion.link, suggestion.link)}`);
    return lines.join('\n');
  });
  return [
    `## ${reportText.planHeading({ count: report.suggestions.length })}`,
    '',
    `Settings first, then everything else by score, highest first.${kept}`,
    '',
    ...items,
  ].join('\n');
}

function warnings(report: ExposureReport): string {
  if (report.warnings.length === 0) return '';
  return [
    '## Warnings',
    '',
    ...report.warnings.map((warning) => `- ${markdownText(warning.message)}`),
  ].join('\n');
}

function document(parts: readonly string[]): string {
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

export const markdownFormatters: Record<CommandName, Formatter> = {
  report: (report) =>
    document([
      heading(report),
      summary(report),
      sensitive(report),
      resumes(report),
      plan(report),
      warnings(report),
    ]),
  records: (report) => piecesText(markdownRecordsPieces(), report.records),
  resumes: (report) => document([resumes(report)]),
  suggestions: (report) => document([plan(report)]),
};

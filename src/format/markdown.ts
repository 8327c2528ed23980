// Each from its module, not from core/index.js (see src/cli/report-command.ts).
import {
  exportDateText,
  exposureLabel,
  filesSectionText,
  findingLabel,
  formatCount,
  formatText,
  reportText,
  scopeLabel,
  sensitiveSectionText,
} from '../core/messages.js';
import { exposureOf } from '../core/plan/exposure.js';
import type { ExposureReport } from '../core/index.js';
import { findingRows, flaggedItems, flaggedRecordCount } from './findings-summary.js';
import { filesNotRead } from './files-not-read.js';
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
    .map((input) => formatText.input({ name: markdownText(input.name), kind: input.kind }))
    .join(' + ');
  const region = formatText.region({
    label: report.region ? markdownText(report.region.label) : null,
    trainingSince: report.trainingSince,
  });
  const { label } = formatText;
  return [
    `# ${formatText.title}`,
    '',
    `- **${label.export}** ${inputs}; ${exportDateText(report)}`,
    `- **${label.policy}** ${markdownText(report.policy.name)}`,
    `- **${label.region}** ${region}`,
  ].join('\n');
}

function summary(report: ExposureReport): string {
  const { totals } = report;
  const rows = report.categories
    .filter((category) => category.records > 0 || category.scope !== 'not-named')
    .map((category) => [
      markdownText(category.label),
      scopeLabel[category.scope],
      formatCount(category.records),
      category.earliest ?? '',
      category.latest ?? '',
      formatCount(category.beforeEffective),
    ]);
  return [
    `## ${formatText.heading.summary}`,
    '',
    reportText.totals({
      inScope: totals.inScope,
      excluded: totals.excluded,
      notNamed: totals.notNamed,
      records: totals.records,
      strong: (count) => `**${count}**`,
    }),
    '',
    markdownTable(
      formatText.columns.categories({ trainingSince: report.trainingSince }),
      rows,
      [2, 5],
    ),
    ...(report.policy.notes.length === 0
      ? []
      : [
          '',
          `**${formatText.heading.notes}**`,
          '',
          ...report.policy.notes.map((note) => `- ${markdownText(note)}`),
        ]),
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
    sensitiveSectionText.note(report),
    '',
    markdownTable(
      formatText.columns.findings,
      findingRows(report).map((row) => [
        markdownText(row.label),
        formatCount(row.items),
        formatCount(row.findings),
        markdownText(row.example),
      ]),
      [1, 2],
    ),
    '',
    ...flaggedItems(report).map(({ record, findings }) => {
      const labels = [...new Set(findings.map((finding) => findingLabel[finding.code]))];
      const where = formatText.where({
        exposure: exposureLabel[exposureOf(record)],
        date: record.date,
      });
      const previews = [...new Set(findings.map((finding) => finding.preview))].map(markdownText);
      const link = record.link === null ? '' : ` ${markdownLink(formatText.open, record.link)}`;
      const item = formatText.flagged({
        labels: `**${markdownText(labels.join(', '))}**`,
        where: markdownText(where),
        previews,
      });
      return `- ${item}${link}`;
    }),
  );
  return parts.join('\n');
}

function resumes(report: ExposureReport): string {
  const title = `## ${formatText.heading.resumes}`;
  if (report.resumes.length === 0) return `${title}\n\n${reportText.noResumes()}`;
  const rows = report.resumes.map((resume) => [
    markdownText(resume.name),
    formatCount(resume.applications),
    resume.lastUsed ?? '',
    resume.suggestDelete ? `**${formatText.suggest.delete}**` : formatText.suggest.keep,
    markdownText(resume.reason),
  ]);
  return [title, '', markdownTable(formatText.columns.resumes, rows, [1])].join('\n');
}

function plan(report: ExposureReport): string {
  const kept = report.kept > 0 ? ` ${sensitiveSectionText.kept({ count: report.kept })}` : '';
  const items = report.suggestions.map((suggestion, index) => {
    const note = formatText.planItem({
      priority: formatText.priority[suggestion.priority],
      score: suggestion.score,
      why: markdownText(suggestion.why),
    });
    const lines = [
      `${String(index + 1)}. **${markdownText(suggestion.action)}** ${note}`,
      `   ${markdownText(suggestion.reason)}`,
    ];
    if (suggestion.link !== null)
      lines.push(`   ${markdownLink(suggestion.link, suggestion.link)}`);
    return lines.join('\n');
  });
  return [
    `## ${reportText.planHeading({ count: report.suggestions.length })}`,
    '',
    `${formatText.planOrder()}${kept}`,
    '',
    ...items,
  ].join('\n');
}

function filesNeedingAttention(report: ExposureReport): string {
  const { listed, more } = filesNotRead(report);
  if (listed.length === 0) return '';
  const rows = listed.map((file) => [
    markdownText(file.path),
    formatText.fileStatus[file.status],
    markdownText(file.note ?? ''),
  ]);
  return [
    `## ${formatText.heading.filesNotRead}`,
    '',
    markdownTable(formatText.columns.files, rows),
    ...(more > 0 ? ['', markdownText(filesSectionText.more({ count: more }))] : []),
  ].join('\n');
}

function warnings(report: ExposureReport): string {
  if (report.warnings.length === 0) return '';
  return [
    `## ${formatText.heading.warnings}`,
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
      filesNeedingAttention(report),
      warnings(report),
    ]),
  records: (report) => piecesText(markdownRecordsPieces(), report.records),
  resumes: (report) => document([resumes(report)]),
  suggestions: (report) => document([plan(report)]),
};

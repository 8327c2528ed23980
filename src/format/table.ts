import Table from 'cli-table3';
// Each from its module, not from core/index.js (see src/cli/report-command.ts).
import {
  exportDateText,
  filesSectionText,
  formatCount,
  formatText,
  reportText,
  sensitiveSectionText,
} from '../core/messages.js';
import type { ExposureReport } from '../core/index.js';
import { palette, type Palette } from './ansi.js';
import { findingRows, flaggedRecordCount } from './findings-summary.js';
import { filesNotRead } from './files-not-read.js';
import { piecesText } from './records-stream.js';
import { tableRecordsPieces } from './records-table.js';
import { cell, scopeText, tableStyle, textBudget } from './table-cells.js';
import { terminalSafe } from './terminal-text.js';
import { listItem } from './wrap.js';
import type { CommandName, FormatOptions, Formatter } from './types.js';

type Cell = string | number;

/**
 * A cli-table3 table. `wrapWidths` gives columns that wrap at that many terminal columns (null:
 * as wide as their content) so that long reasons wrap instead of widening the table.
 */
function render(
  head: readonly string[],
  rows: readonly Cell[][],
  options: FormatOptions,
  wrapWidths?: readonly (number | null)[],
): string {
  const table = new Table({
    head: [...head],
    style: tableStyle(options),
    ...(wrapWidths === undefined
      ? {}
      : {
          wordWrap: true,
          wrapOnWordBoundary: true,
          colWidths: wrapWidths.map((width) => (width === null ? null : width + 2)),
        }),
  });
  // One at a time: spread, a table of a million rows would overflow the stack.
  for (const row of rows) table.push([...row]);
  return table.toString();
}

function heading(report: ExposureReport, colors: Palette): string {
  const region = formatText.region({
    label: report.region?.label ?? null,
    trainingSince: report.trainingSince,
  });
  const inputs = report.inputs
    .map((input) => formatText.input({ name: terminalSafe(input.name), kind: input.kind }))
    .join(' + ');
  const { label } = formatText;
  return [
    colors.bold(formatText.title),
    `${label.export} ${inputs}; ${exportDateText(report)}`,
    `${label.policy} ${report.policy.name}`,
    `${label.region} ${region}`,
  ].join('\n');
}

function categoriesTable(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  const rows = report.categories
    .filter((category) => category.records > 0 || category.scope !== 'not-named')
    .map((category): Cell[] => [
      category.label,
      scopeText(category.scope, colors),
      formatCount(category.records),
      category.earliest ?? '',
      category.latest ?? '',
      formatCount(category.beforeEffective),
    ]);
  return render(
    formatText.columns.categories({ trainingSince: report.trainingSince }),
    rows,
    options,
  );
}

function totalsLine(report: ExposureReport, colors: Palette): string {
  const { totals } = report;
  return reportText.totals({
    inScope: totals.inScope,
    excluded: totals.excluded,
    notNamed: totals.notNamed,
    records: totals.records,
    strong: (count) => colors.bold(count),
  });
}

/** The policy's notes, as a list wrapped to the terminal. */
function notesSection(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  const { notes } = report.policy;
  if (notes.length === 0) return '';
  const width = Math.max(20, options.width - 2);
  const items = notes.map((note) => listItem(terminalSafe(note), width, '- '));
  return [colors.bold(formatText.heading.notes), ...items].join('\n');
}

function resumesTable(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  if (report.resumes.length === 0) return reportText.noResumes();
  const rows = report.resumes.map((resume): Cell[] => [
    cell(resume.name, 40),
    formatCount(resume.applications),
    resume.lastUsed ?? '',
    resume.suggestDelete ? colors.red(formatText.suggest.delete) : formatText.suggest.keep,
    cell(resume.reason, 400),
  ]);
  return render(formatText.columns.resumes, rows, options, [
    null,
    null,
    null,
    null,
    textBudget(options, 78),
  ]);
}

function suggestionsTable(
  report: ExposureReport,
  options: FormatOptions,
  colors: Palette,
  limit: number,
): string {
  const shown = report.suggestions.slice(0, limit);
  const rows = shown.map((suggestion, index): Cell[] => {
    const priority = formatText.priority[suggestion.priority];
    return [
      index + 1,
      suggestion.priority === 'high' ? colors.red(priority) : priority,
      cell(suggestion.action, 400),
      cell(suggestion.why, 200),
      // A link is only useful whole: never cut, and long enough to wrap rather than to squeeze.
      suggestion.link ? colors.dim(terminalSafe(suggestion.link)) : '',
    ];
  });
  const actionWidth = Math.max(30, Math.min(60, options.width - 70));
  const table = render(formatText.columns.plan, rows, options, [
    null,
    null,
    actionWidth,
    whyWidth,
    null,
  ]);
  const rest = report.suggestions.length - shown.length;
  return rest > 0 ? `${table}\n${formatText.planMore({ count: rest })}` : table;
}

/** The why column: "phone number; feed post; before training start" in two or three lines. */
const whyWidth = 24;

/** Issue 7: what the detectors found in the in-scope records, by kind, with one example each. */
function sensitiveSection(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  const title = colors.bold(sensitiveSectionText.heading());
  if (report.findings.length === 0) return `${title}\n${sensitiveSectionText.none()}`;
  const rows = findingRows(report).map((row): Cell[] => [
    cell(row.label, 40),
    formatCount(row.items),
    formatCount(row.findings),
    cell(row.example, 60),
  ]);
  const note = sensitiveSectionText.note(report);
  return [
    title,
    render(formatText.columns.findings, rows, options),
    `${sensitiveSectionText.summary({ findings: report.findings.length, records: flaggedRecordCount(report) })} ${note}`,
  ].join('\n');
}

function planHeading(report: ExposureReport, colors: Palette): string {
  const kept = report.kept > 0 ? ` ${sensitiveSectionText.kept({ count: report.kept })}` : '';
  return `${colors.bold(reportText.planHeading({ count: report.suggestions.length }))}${kept}`;
}

function warningsList(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  if (report.warnings.length === 0) return '';
  // Warnings say what to do: wrapped, never cut.
  const width = Math.max(40, options.width - 2);
  const lines = report.warnings.map((warning) =>
    listItem(terminalSafe(warning.message), width, `${colors.yellow('!')} `),
  );
  return `${colors.bold(formatText.heading.warnings)}\n${lines.join('\n')}`;
}

function filesNeedingAttention(
  report: ExposureReport,
  options: FormatOptions,
  colors: Palette,
): string {
  const { listed, more } = filesNotRead(report);
  if (listed.length === 0) return '';
  const rows = listed.map((file): Cell[] => [
    cell(file.path, 50),
    formatText.fileStatus[file.status],
    cell(file.note, 200),
  ]);
  const table = render(formatText.columns.files, rows, options, [
    null,
    null,
    textBudget(options, 70),
  ]);
  return [
    colors.bold(formatText.heading.filesNotRead),
    table,
    ...(more > 0 ? [filesSectionText.more({ count: more })] : []),
  ].join('\n');
}

const reportTable: Formatter = (report, options) => {
  const colors = palette(options.color);
  const parts = [
    heading(report, colors),
    categoriesTable(report, options, colors),
    totalsLine(report, colors),
    notesSection(report, options, colors),
    sensitiveSection(report, options, colors),
    colors.bold(formatText.heading.resumes),
    resumesTable(report, options, colors),
    planHeading(report, colors),
    suggestionsTable(report, options, colors, 12),
    filesNeedingAttention(report, options, colors),
    warningsList(report, options, colors),
  ];
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
};

const recordsTable: Formatter = (report, options) =>
  piecesText(tableRecordsPieces(options), report.records);

const resumesFormatter: Formatter = (report, options) =>
  `${resumesTable(report, options, palette(options.color))}\n`;

const suggestionsFormatter: Formatter = (report, options) => {
  const table = suggestionsTable(report, options, palette(options.color), Infinity);
  const kept = report.kept > 0 ? `${sensitiveSectionText.kept({ count: report.kept })}\n` : '';
  return `${table}\n${kept}`;
};

export const tableFormatters = {
  report: reportTable,
  records: recordsTable,
  resumes: resumesFormatter,
  suggestions: suggestionsFormatter,
} satisfies Record<CommandName, Formatter>;

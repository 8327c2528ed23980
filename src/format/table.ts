import Table from 'cli-table3';
import type { ExposureReport, Scope } from '../core/index.js';
import { palette, type Palette } from './ansi.js';
import { oneLine, terminalSafe } from './terminal-text.js';
import type { CommandName, FormatOptions, Formatter } from './types.js';

type Cell = string | number;

function newTable(
  head: readonly string[],
  options: FormatOptions,
  colWidths?: number[],
): Table.Table {
  return new Table({
    head: [...head],
    style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] },
    wordWrap: false,
    ...(colWidths ? { colWidths } : {}),
  });
}

function render(head: readonly string[], rows: readonly Cell[][], options: FormatOptions): string {
  const table = newTable(head, options);
  for (const row of rows) table.push(row.map((cell) => (typeof cell === 'number' ? cell : cell)));
  return table.toString();
}

/** Every value from the export passes through here before it reaches the terminal. */
function cell(value: string | null | undefined, maxColumns: number): string {
  return value ? oneLine(value, maxColumns) : '';
}

function scopeText(scope: Scope, colors: Palette): string {
  if (scope === 'in-scope') return colors.red('in scope');
  if (scope === 'excluded') return colors.green('excluded');
  return colors.dim('not named');
}

function textBudget(options: FormatOptions, fixedColumns: number): number {
  return Math.max(20, options.width - fixedColumns);
}

function heading(report: ExposureReport, colors: Palette): string {
  const region = report.region
    ? `${report.region.label}: training since ${report.region.trainingSince}`
    : `training counted from the policy's effective date ${report.trainingSince} (set --region for yours)`;
  const inputs = report.inputs
    .map((input) => `${terminalSafe(input.name)} (${input.kind})`)
    .join(' + ');
  return [
    colors.bold('LinkedIn exposure report'),
    `Export: ${inputs}; export date ${report.exportDate ?? 'unknown'}`,
    `Policy: ${report.policy.name}`,
    `Region: ${region}`,
  ].join('\n');
}

function categoriesTable(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  const rows = report.categories
    .filter((category) => category.records > 0 || category.scope !== 'not-named')
    .map((category): Cell[] => [
      category.label,
      scopeText(category.scope, colors),
      category.records,
      category.earliest ?? '',
      category.latest ?? '',
      category.beforeEffective,
    ]);
  return render(
    ['Category', 'Scope', 'Records', 'Earliest', 'Latest', `Before ${report.trainingSince}`],
    rows,
    options,
  );
}

function totalsLine(report: ExposureReport, colors: Palette): string {
  const { totals } = report;
  return `${colors.bold(String(totals.inScope))} records in scope for AI training, ${String(totals.excluded)} excluded, ${String(totals.notNamed)} not named by the policy (${String(totals.records)} in all).`;
}

function resumesTable(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  if (report.resumes.length === 0) return 'No stored resumes found.';
  const rows = report.resumes.map((resume): Cell[] => [
    cell(resume.name, 40),
    resume.applications,
    resume.lastUsed ?? '',
    resume.suggestDelete ? colors.red('delete') : 'keep',
    cell(resume.reason, textBudget(options, 75)),
  ]);
  return render(['Resume', 'Applications', 'Last used', 'Suggest', 'Why'], rows, options);
}

function suggestionsTable(
  report: ExposureReport,
  options: FormatOptions,
  colors: Palette,
  limit: number,
): string {
  const shown = report.suggestions.slice(0, limit);
  const rows = shown.map((suggestion, index): Cell[] => [
    index + 1,
    suggestion.priority === 'high' ? colors.red('high') : suggestion.priority,
    `${cell(suggestion.action, textBudget(options, 30))}\n${colors.dim(cell(suggestion.link, textBudget(options, 30)))}`,
  ]);
  const table = render(['#', 'Priority', 'Action and link'], rows, options);
  const rest = report.suggestions.length - shown.length;
  return rest > 0
    ? `${table}\n… and ${String(rest)} more: run the "suggestions" command for the whole plan (or --format csv).`
    : table;
}

function warningsList(report: ExposureReport, options: FormatOptions, colors: Palette): string {
  if (report.warnings.length === 0) return '';
  const lines = report.warnings.map(
    (warning) => `${colors.yellow('!')} ${cell(warning.message, Math.max(40, options.width - 2))}`,
  );
  return `${colors.bold('Warnings')}\n${lines.join('\n')}`;
}

function filesNeedingAttention(report: ExposureReport, options: FormatOptions): string {
  const notable = report.files.filter(
    (file) => file.status === 'unknown' || file.status === 'failed',
  );
  if (notable.length === 0) return '';
  const rows = notable.map((file): Cell[] => [
    cell(file.path, 50),
    file.status,
    cell(file.note, textBudget(options, 70)),
  ]);
  return render(['File', 'Status', 'Note'], rows, options);
}

const reportTable: Formatter = (report, options) => {
  const colors = palette(options.color);
  const parts = [
    heading(report, colors),
    categoriesTable(report, options, colors),
    totalsLine(report, colors),
    colors.bold('Stored resumes'),
    resumesTable(report, options, colors),
    colors.bold(`Deletion plan (${String(report.suggestions.length)} suggestions)`),
    suggestionsTable(report, options, colors, 12),
    filesNeedingAttention(report, options),
    warningsList(report, options, colors),
  ];
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
};

const recordsTable: Formatter = (report, options) => {
  const colors = palette(options.color);
  const rows = report.records.map((record): Cell[] => [
    record.date ?? '',
    cell(record.category, 18),
    scopeText(record.scope, colors),
    cell(record.source.file, 28),
    cell(record.text, textBudget(options, 80)),
  ]);
  return `${render(['Date', 'Category', 'Scope', 'File', 'Text'], rows, options)}\n${String(report.records.length)} records.\n`;
};

const resumesFormatter: Formatter = (report, options) =>
  `${resumesTable(report, options, palette(options.color))}\n`;

const suggestionsFormatter: Formatter = (report, options) =>
  `${suggestionsTable(report, options, palette(options.color), Number.POSITIVE_INFINITY)}\n`;

export const tableFormatters = {
  report: reportTable,
  records: recordsTable,
  resumes: resumesFormatter,
  suggestions: suggestionsFormatter,
} satisfies Record<CommandName, Formatter>;

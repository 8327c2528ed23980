import type { ClassifiedRecord, ExposureReport } from '../core/index.js';
import { toCsv, type CsvCell } from './csv-writer.js';
import type { CommandName, FormatOptions, Formatter } from './types.js';

interface CsvTable {
  columns: readonly string[];
  rows: CsvCell[][];
}

/** The header of the records CSV, which README documents (see `csvTables`). */
export const recordCsvColumns = [
  'id',
  'category',
  'scope',
  'kind',
  'date',
  'file',
  'row',
  'link',
  'text',
  'reason',
] as const;

export function recordCsvRow(record: ClassifiedRecord): CsvCell[] {
  return [
    record.id,
    record.category,
    record.scope,
    record.kind,
    record.date,
    record.source.file,
    record.source.row,
    record.link,
    record.text,
    record.reason,
  ];
}

/**
 * The CSV columns of each command, documented in the README ("CSV columns"): keys that other tools
 * and `--keep` read, so they stay here as data rather than in messages.ts.
 */
export const csvTables = {
  report: (report: ExposureReport): CsvTable => ({
    columns: [
      'category',
      'label',
      'scope',
      'records',
      'earliest',
      'latest',
      'before_training_start',
    ],
    rows: report.categories.map((category) => [
      category.id,
      category.label,
      category.scope,
      category.records,
      category.earliest,
      category.latest,
      category.beforeEffective,
    ]),
  }),
  records: (report: ExposureReport): CsvTable => ({
    columns: recordCsvColumns,
    rows: report.records.map(recordCsvRow),
  }),
  resumes: (report: ExposureReport): CsvTable => ({
    columns: [
      'name',
      'source',
      'status',
      'applications',
      'first_used',
      'last_used',
      'companies',
      'suggest_delete',
      'reason',
    ],
    rows: report.resumes.map((resume) => [
      resume.name,
      resume.source,
      resume.status,
      resume.applications,
      resume.firstUsed,
      resume.lastUsed,
      resume.companies.join('; '),
      resume.suggestDelete ? 'yes' : 'no',
      resume.reason,
    ]),
  }),
  suggestions: (report: ExposureReport): CsvTable => ({
    // The empty `decision` column is the member's to fill in (keep / done).
    columns: [
      'id',
      'priority',
      'action',
      'category',
      'reason',
      'link',
      'date',
      'excerpt',
      'file',
      'row',
      'why',
      'decision',
    ],
    rows: report.suggestions.map((suggestion) => [
      suggestion.id,
      suggestion.priority,
      suggestion.action,
      suggestion.category,
      suggestion.reason,
      suggestion.link,
      suggestion.date,
      suggestion.excerpt,
      suggestion.source?.file ?? null,
      suggestion.source?.row ?? null,
      suggestion.why,
      null,
    ]),
  }),
} satisfies Record<CommandName, (report: ExposureReport) => CsvTable>;

function csvFormatter(command: CommandName): Formatter {
  return (report: ExposureReport, options: FormatOptions) => {
    const { columns, rows } = csvTables[command](report);
    return `${toCsv(columns, rows, { bom: options.bom })}\r\n`;
  };
}

export const csvFormatters = {
  report: csvFormatter('report'),
  records: csvFormatter('records'),
  resumes: csvFormatter('resumes'),
  suggestions: csvFormatter('suggestions'),
} satisfies Record<CommandName, Formatter>;

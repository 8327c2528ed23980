import { fileNoteText } from '../messages.js';
import type { TableEnd } from '../csv/table-header.js';
import type { ResumeUse } from '../records/types.js';
import type { FileStatus } from '../report/schema.js';
import type { WarningSink } from '../report/warnings.js';

export interface FileOutcome {
  status: FileStatus;
  /** Records read from the file. */
  records: number;
  resumeUses: ResumeUse[];
  note: string | null;
}

/** Dates of one column that could not be read: how many, and the first as an example. */
export interface DateProblem {
  count: number;
  example: string;
}

/** Counts an unreadable date of `column`, keeping the first one seen as the example. */
export function noteDateProblem(
  problems: Map<string, DateProblem>,
  column: string,
  value: string,
): void {
  const known = problems.get(column);
  problems.set(column, { count: (known?.count ?? 0) + 1, example: known?.example ?? value });
}

/** What reading a table's rows found, whether they were read in full or only counted. */
export interface TableReadSummary {
  records: number;
  resumeUses: ResumeUse[];
  dateProblems: ReadonlyMap<string, DateProblem>;
}

function columnList(columns: readonly string[]): { columns: string; count: number } {
  return { columns: columns.map((column) => `"${column}"`).join(', '), count: columns.length };
}

function failMissing(file: string, missing: readonly string[], warnings: WarningSink): FileOutcome {
  const list = columnList(missing);
  warnings.add('table-failed', { file, ...list }, file);
  return {
    status: 'failed',
    records: 0,
    resumeUses: [],
    note: fileNoteText.missingColumns({ columns: list.columns }),
  };
}

export function outcome(status: FileStatus, note: string | null = null): FileOutcome {
  return { status, records: 0, resumeUses: [], note };
}

/** A table's status and warnings once it was read to its end. */
export function tableOutcome(
  file: string,
  table: TableEnd,
  read: TableReadSummary,
  warnings: WarningSink,
): FileOutcome {
  if (table.status === 'empty') return outcome('empty');
  if (table.status === 'failed') {
    if (table.missingRequired.length === 0) {
      warnings.add('unrecognised-header', { file, firstLine: table.firstLine }, file);
      return outcome('failed', fileNoteText.noKnownHeader());
    }
    return failMissing(file, table.missingRequired, warnings);
  }
  const { headerCheck } = table;
  if (headerCheck.missingRequired.length > 0) {
    return failMissing(file, headerCheck.missingRequired, warnings);
  }
  if (headerCheck.added.length > 0) {
    warnings.add('new-columns', { file, ...columnList(headerCheck.added) }, file);
  }
  if (headerCheck.missing.length > 0) {
    warnings.add('missing-columns', { file, ...columnList(headerCheck.missing) }, file);
  }
  if (table.raggedRows > 0) warnings.add('ragged-rows', { file, count: table.raggedRows }, file);
  if (table.rejoinedLines > 0) {
    warnings.add('rejoined-lines', { file, count: table.rejoinedLines }, file);
  }
  if (table.unclosedQuoteRow !== null) {
    warnings.add('unclosed-quote', { file, row: table.unclosedQuoteRow }, file);
  }
  for (const [column, { count, example }] of read.dateProblems) {
    warnings.add('unparsed-dates', { file, column, count, example }, file);
  }
  if (read.records === 0) warnings.add('zero-records', { file }, file);
  return {
    status: 'parsed',
    records: read.records,
    resumeUses: read.resumeUses,
    note: null,
  };
}

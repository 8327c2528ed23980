import type { TableSpec } from '../catalog/schema.js';
import { decodeUtf8 } from '../csv/decode.js';
import { readTable } from '../csv/table-reader.js';
import { parseDate } from '../dates/parse.js';
import type { DateFormatId } from '../dates/formats.js';
import { extractArticle } from '../records/extract-article.js';
import { csvExtractors } from '../records/extractors.js';
import { createRowReader } from '../records/row-reader.js';
import type { CsvExtractInput, RawRecord, ResumeUse } from '../records/types.js';
import type { FileStatus } from '../report/schema.js';
import type { WarningSink } from '../report/warnings.js';

export interface FileOutcome {
  status: FileStatus;
  records: RawRecord[];
  resumeUses: ResumeUse[];
  note: string | null;
}

interface DateProblems {
  count: number;
  example: string;
}

function reportDateProblems(
  problems: ReadonlyMap<string, DateProblems>,
  file: string,
  warnings: WarningSink,
): void {
  for (const [column, { count, example }] of problems) {
    warnings.add('unparsed-dates', { file, column, count, example }, file);
  }
}

function columnList(columns: readonly string[]): { columns: string; count: number } {
  return { columns: columns.map((column) => `"${column}"`).join(', '), count: columns.length };
}

function failMissing(file: string, missing: readonly string[], warnings: WarningSink): FileOutcome {
  const list = columnList(missing);
  warnings.add('table-failed', { file, ...list }, file);
  return {
    status: 'failed',
    records: [],
    resumeUses: [],
    note: `missing columns: ${list.columns}`,
  };
}

function readCsv(
  spec: TableSpec,
  file: string,
  text: string,
  knownQuestions: ReadonlySet<string>,
  warnings: WarningSink,
): FileOutcome {
  const table = readTable(text, spec);
  if (table.status === 'empty') return { status: 'empty', records: [], resumeUses: [], note: null };
  if (table.status === 'failed') {
    if (table.missingRequired.length === 0) {
      warnings.add('unrecognised-header', { file, firstLine: table.firstLine }, file);
      return { status: 'failed', records: [], resumeUses: [], note: 'no known header' };
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

  const reader = createRowReader(table.header);
  const problems = new Map<string, DateProblems>();
  const parseDateColumn = (value: string, column: string, format: DateFormatId): string | null => {
    const parsed = parseDate(format, value);
    if (parsed.status === 'ok') return parsed.date;
    if (parsed.status === 'invalid') {
      const known = problems.get(column);
      problems.set(column, { count: (known?.count ?? 0) + 1, example: known?.example ?? value });
    }
    return null;
  };
  const { date } = spec;
  const input: CsvExtractInput = {
    spec,
    file,
    header: table.header,
    rows: table.rows,
    reader,
    dateOf: (cells) =>
      date && reader.has(date.column)
        ? parseDateColumn(reader.get(cells, date.column), date.column, date.format)
        : null,
    parseDateColumn,
    knownQuestions,
  };
  const extractor =
    spec.extractor === 'article' ? csvExtractors.rows : csvExtractors[spec.extractor];
  const output = extractor(input);
  reportDateProblems(problems, file, warnings);
  if (output.records.length === 0) {
    warnings.add('zero-records', { file }, file);
  }
  return { status: 'parsed', records: output.records, resumeUses: output.resumeUses, note: null };
}

function countNul(text: string): number {
  let count = 0;
  for (
    let index = text.indexOf('\u0000');
    index !== -1;
    index = text.indexOf('\u0000', index + 1)
  ) {
    count++;
  }
  return count;
}

/** Reads one export file the way its catalog entry says; problems become warnings. */
export function readExportFile(
  spec: TableSpec,
  file: string,
  bytes: Uint8Array,
  knownQuestions: ReadonlySet<string>,
  warnings: WarningSink,
): FileOutcome {
  const decoded = decodeUtf8(bytes);
  if (decoded.replaced > 0) warnings.add('invalid-utf8', { file, count: decoded.replaced }, file);
  const nulCount = countNul(decoded.text);
  if (nulCount > 0) warnings.add('nul-bytes', { file, count: nulCount }, file);
  const text = nulCount > 0 ? decoded.text.replaceAll('\u0000', '') : decoded.text;
  if (spec.extractor === 'article') {
    if (text.trim() === '') return { status: 'empty', records: [], resumeUses: [], note: null };
    const article = extractArticle(file, text);
    if (!article.looksLikeArticle) {
      return {
        status: 'unknown',
        records: [],
        resumeUses: [],
        note: 'HTML that is not a LinkedIn article',
      };
    }
    if (!article.dated) warnings.add('article-without-date', { file }, file);
    return { status: 'parsed', records: [article.record], resumeUses: [], note: null };
  }
  return readCsv(spec, file, text, knownQuestions, warnings);
}

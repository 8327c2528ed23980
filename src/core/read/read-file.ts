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
  status: Exclude<FileStatus, 'unknown'>;
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
    const columns = table.missingRequired.join(', ');
    warnings.add('table-failed', { file, columns }, file);
    return { status: 'failed', records: [], resumeUses: [], note: `missing columns: ${columns}` };
  }
  const { headerCheck } = table;
  if (headerCheck.missingRequired.length > 0) {
    const columns = headerCheck.missingRequired.join(', ');
    warnings.add('table-failed', { file, columns }, file);
    return { status: 'failed', records: [], resumeUses: [], note: `missing columns: ${columns}` };
  }
  if (headerCheck.added.length > 0) {
    warnings.add('new-columns', { file, columns: headerCheck.added.join(', ') }, file);
  }
  if (headerCheck.missing.length > 0) {
    warnings.add('missing-columns', { file, columns: headerCheck.missing.join(', ') }, file);
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

/** Reads one export file the way its catalog entry says; problems become warnings. */
export function readExportFile(
  spec: TableSpec,
  file: string,
  bytes: Uint8Array,
  knownQuestions: ReadonlySet<string>,
  warnings: WarningSink,
): FileOutcome {
  const { text, replaced } = decodeUtf8(bytes);
  if (replaced > 0) warnings.add('invalid-utf8', { file, count: replaced }, file);
  if (spec.extractor === 'article') {
    if (text.trim() === '') return { status: 'empty', records: [], resumeUses: [], note: null };
    const article = extractArticle(file, text);
    if (!article.dated) warnings.add('article-without-date', { file }, file);
    return { status: 'parsed', records: [article.record], resumeUses: [], note: null };
  }
  return readCsv(spec, file, text, knownQuestions, warnings);
}

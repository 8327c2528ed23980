import type { TableSpec } from '../catalog/schema.js';
import { BackslashEscapeDetector, ChunkDecoder } from '../csv/decode.js';
import { maxArticleBytes, OversizedTextError } from '../csv/oversized-text.js';
import { TableStream, textPieceLength } from '../csv/table-stream.js';
import {
  noteDateProblem,
  tableOutcome,
  type DateProblem,
  type FileOutcome,
} from './table-outcome.js';
import type { TableRow } from '../csv/table-header.js';
import { parseDate } from '../dates/parse.js';
import type { DateFormatId } from '../dates/formats.js';
import { extractArticle } from '../records/extract-article.js';
import { csvExtractors } from '../records/extractors.js';
import { createRowReader } from '../records/row-reader.js';
import type { CsvExtractInput, RawRecord, ResumeUse } from '../records/types.js';
import type { WarningSink } from '../report/warnings.js';

export interface ReadContext {
  knownQuestions: ReadonlySet<string>;
  /** The policy's base of article links (`links.articleBase`, policy.md §3). */
  articleBase: string;
  warnings: WarningSink;
  /** Receives the records batch by batch as rows are read: the caller keeps or counts them. */
  onRecords: (records: RawRecord[]) => void;
  /** Bytes inflated so far of this file, for progress. */
  onBytes?: (bytes: number) => void;
}

type Chunks = () => AsyncIterable<Uint8Array>;

/** Turns table rows into records as they arrive, with the table's date column parsed. */
class RecordExtraction {
  records = 0;
  readonly resumeUses: ResumeUse[] = [];
  readonly dateProblems = new Map<string, DateProblem>();
  private input: CsvExtractInput | null = null;

  constructor(
    private readonly spec: TableSpec,
    private readonly file: string,
    private readonly context: ReadContext,
  ) {}

  take(header: readonly string[], rows: readonly TableRow[]): void {
    if (rows.length === 0) return;
    const input = this.input ?? this.start(header);
    const extractor =
      this.spec.extractor === 'article' ? csvExtractors.rows : csvExtractors[this.spec.extractor];
    const output = extractor({ ...input, rows });
    for (const use of output.resumeUses) this.resumeUses.push(use);
    this.records += output.records.length;
    this.context.onRecords(output.records);
  }

  private start(header: readonly string[]): CsvExtractInput {
    const reader = createRowReader(header);
    const parseDateColumn = (value: string, column: string, format: DateFormatId) => {
      const parsed = parseDate(format, value);
      if (parsed.status === 'ok') return parsed.date;
      if (parsed.status === 'invalid') noteDateProblem(this.dateProblems, column, value);
      return null;
    };
    const { date } = this.spec;
    this.input = {
      spec: this.spec,
      file: this.file,
      header,
      rows: [],
      reader,
      dateOf: (cells) =>
        date && reader.has(date.column)
          ? parseDateColumn(reader.get(cells, date.column), date.column, date.format)
          : null,
      parseDateColumn,
      knownQuestions: this.context.knownQuestions,
    };
    return this.input;
  }
}

function reportDecoding(file: string, decoder: ChunkDecoder, warnings: WarningSink): void {
  if (decoder.replaced > 0) warnings.add('invalid-utf8', { file, count: decoder.replaced }, file);
  if (decoder.nulCount > 0) warnings.add('nul-bytes', { file, count: decoder.nulCount }, file);
}

async function readCsv(
  spec: TableSpec,
  file: string,
  chunks: Chunks,
  context: ReadContext,
): Promise<FileOutcome> {
  let backslashEscapes = false;
  if (spec.repairs.includes('backslash-escaped-quotes')) {
    const detector = new BackslashEscapeDetector();
    for await (const chunk of chunks()) {
      detector.push(chunk);
      if (detector.found) break;
    }
    backslashEscapes = detector.found;
  }
  const decoder = new ChunkDecoder();
  const table = new TableStream(spec, { backslashEscapes });
  const extraction = new RecordExtraction(spec, file, context);
  const take = (rows: TableRow[]) => {
    if (table.columns) extraction.take(table.columns, rows);
  };
  for await (const chunk of chunks()) {
    context.onBytes?.(chunk.length);
    for (let start = 0; start < chunk.length; start += textPieceLength) {
      take(table.push(decoder.decode(chunk.subarray(start, start + textPieceLength))));
    }
  }
  take(table.push(decoder.end()));
  const { rows, result } = table.end();
  take(rows);
  reportDecoding(file, decoder, context.warnings);
  return tableOutcome(file, result, extraction, context.warnings);
}

async function readArticle(
  file: string,
  chunks: Chunks,
  context: ReadContext,
): Promise<FileOutcome> {
  const decoder = new ChunkDecoder();
  let text = '';
  let bytes = 0;
  for await (const chunk of chunks()) {
    context.onBytes?.(chunk.length);
    bytes += chunk.length;
    if (bytes > maxArticleBytes) throw new OversizedTextError('article', maxArticleBytes);
    text += decoder.decode(chunk);
  }
  text += decoder.end();
  reportDecoding(file, decoder, context.warnings);
  const article = extractArticle(file, text, context.articleBase);
  if (!article.dated) context.warnings.add('article-without-date', { file }, file);
  context.onRecords([article.record]);
  return { status: 'parsed', records: 1, resumeUses: [], note: null };
}

/** Reads one export file the way its catalog entry says, chunk by chunk; problems become warnings. */
export function readExportFile(
  spec: TableSpec,
  file: string,
  chunks: Chunks,
  context: ReadContext,
): Promise<FileOutcome> {
  return spec.extractor === 'article'
    ? readArticle(file, chunks, context)
    : readCsv(spec, file, chunks, context);
}

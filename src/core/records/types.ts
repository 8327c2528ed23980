import type { RecordKind } from '../catalog/record-kinds.js';
import type { TableSpec } from '../catalog/schema.js';
import type { DateFormatId } from '../dates/formats.js';
import type { TableRow } from '../csv/table-header.js';
import type { QuestionAnswer } from './question-answers.js';

/** A record as read from the export, before the policy classifies it. */
export interface RawRecord {
  kind: RecordKind;
  date: string | null;
  link: string | null;
  text: string | null;
  question?: string | null;
  mediaKind?: string | null;
  /**
   * Values that identify the record across exports (hashed into its id), as one flat string:
   * made with `join`, never a template literal. V8 shapes the fingerprint's loop on the first
   * strings it reads; one chain of pieces among them (the profile's, read first) made every id of
   * the large benchmark export slower, 0.2 s in all (docs/performance.md).
   */
  identity: string;
  /** 1-based data row; null for whole-file records (articles). */
  row: number | null;
  /** Records sharing a dedupe key count once (the same receipt in two files, policy.md §2). */
  dedupeKey?: string;
}

/** One use of a resume in an application, for the resumes table. */
export interface ResumeUse {
  name: string;
  date: string | null;
  company: string;
  file: string;
  row: number;
}

/** Reads columns of one table by name, case-insensitively (export-format.md §6.3). */
export interface RowReader {
  has(column: string): boolean;
  /** Where every column of that name sits in the header, in order; none when it is absent. */
  indexes(column: string): readonly number[];
  /** The first column of that name, trimmed; '' when absent. */
  get(cells: readonly string[], column: string): string;
  /** Every column of that name (Ad_Targeting repeats names, export-format.md §1.4 (6)). */
  getAll(cells: readonly string[], column: string): string[];
}

export interface CsvExtractInput {
  spec: TableSpec;
  file: string;
  header: readonly string[];
  rows: readonly TableRow[];
  reader: RowReader;
  /** Parses the catalog's date column of a row; records a problem when the value is unreadable. */
  dateOf(cells: readonly string[]): string | null;
  parseDateColumn(value: string, column: string, format: DateFormatId): string | null;
  knownQuestions: ReadonlySet<string>;
}

export interface ExtractOutput {
  records: RawRecord[];
  resumeUses: ResumeUse[];
}

export type { QuestionAnswer };

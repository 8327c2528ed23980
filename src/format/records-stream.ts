import type { ClassifiedRecord } from '../core/index.js';

/**
 * `records --format csv|json` written in pieces as records are handed on (AnalyzeOptions
 * `onRecord`): the pieces joined are exactly what the whole-report formatters print.
 */
export interface RecordsPieces {
  start: string;
  /** A batch of records; `first` when nothing was written before it. */
  records: (records: readonly ClassifiedRecord[], first: boolean) => string;
  end: (empty: boolean) => string;
}

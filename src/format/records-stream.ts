import type { ClassifiedRecord, ExposureReport } from '../core/index.js';
import { csvRows, toCsv } from './csv-writer.js';
import { recordCsvColumns, recordCsvRow } from './csv.js';

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

export function csvRecordsPieces(options: { bom: boolean }): RecordsPieces {
  return {
    start: toCsv(recordCsvColumns, [], { bom: options.bom }),
    records: (records) => `\r\n${csvRows(recordCsvColumns, records.map(recordCsvRow))}`,
    end: () => '\r\n',
  };
}

function indented(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replaceAll('\n', `\n${pad}`);
}

export function jsonRecordsPieces(
  head: Pick<ExposureReport, 'schemaVersion' | 'policy'>,
): RecordsPieces {
  const start = JSON.stringify({ schemaVersion: head.schemaVersion, policy: head.policy }, null, 2);
  return {
    // The object without its closing brace, then the records array opened.
    start: `${start.slice(0, start.lastIndexOf('\n}'))},\n  "records": [`,
    records: (records, first) =>
      records
        .map(
          (record, index) =>
            `${first && index === 0 ? '' : ','}\n    ${indented(JSON.stringify(record, null, 2), 4)}`,
        )
        .join(''),
    end: (empty) => (empty ? ']\n}\n' : '\n  ]\n}\n'),
  };
}

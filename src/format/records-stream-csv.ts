import { csvRows, toCsv } from './csv-writer.js';
import { recordCsvColumns, recordCsvRow } from './csv.js';
import type { RecordsPieces } from './records-stream.js';

/** `records --format csv` in pieces (records-stream.ts): the CSV writer loads only for CSV. */
export function csvRecordsPieces(options: { bom: boolean }): RecordsPieces {
  return {
    start: toCsv(recordCsvColumns, [], { bom: options.bom }),
    records: (records) => `\r\n${csvRows(recordCsvColumns, records.map(recordCsvRow))}`,
    end: () => '\r\n',
  };
}

import { parseRichMediaDateTime } from '../dates/rich-media.js';
import { baseRecord } from './extract-rows.js';
import type { CsvExtractInput, ExtractOutput } from './types.js';

/**
 * Rich_Media.csv: the kind of upload hides in the date sentence (export-format.md §3.26), and an
 * empty description is written ` -`.
 */
export function extractRichMedia(input: CsvExtractInput): ExtractOutput {
  const records = input.rows.map(({ cells, row }) => {
    const record = baseRecord(input, cells, row);
    const { kind } = parseRichMediaDateTime(input.reader.get(cells, 'Date/Time'));
    return { ...record, text: record.text === '-' ? null : record.text, mediaKind: kind };
  });
  return { records, resumeUses: [] };
}

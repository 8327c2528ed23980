// Each from its module, not from core/index.js (see src/cli/report-command.ts).
import { formatText, scopeLabel } from '../core/messages.js';
import type { ClassifiedRecord } from '../core/index.js';
import { markdownRow, markdownTable, markdownText } from './markdown-text.js';
import type { RecordsPieces } from './records-stream.js';

function rowOf(record: ClassifiedRecord): string[] {
  return [
    record.date ?? '',
    markdownText(record.category),
    scopeLabel[record.scope],
    markdownText(record.source.file),
    markdownText(record.text),
  ];
}

/**
 * `records` as Markdown, in pieces (records-stream.ts): a table whose rows stand alone, and the
 * count after it, known only once every record is written.
 */
export function markdownRecordsPieces(): RecordsPieces {
  return {
    start: `# ${formatText.recordsHeading}\n\n${markdownTable(formatText.columns.records, [])}`,
    records: (records) => records.map((record) => `\n${markdownRow(rowOf(record))}`).join(''),
    end: (count) => `\n\n${formatText.recordsCount({ count })}\n`,
  };
}

import type { ClassifiedRecord } from '../core/index.js';
import { markdownTable, markdownText } from './markdown-text.js';
import type { RecordsPieces } from './records-stream.js';

const head = ['Date', 'Category', 'Scope', 'File', 'Text'];

function rowOf(record: ClassifiedRecord): string[] {
  return [
    record.date ?? '',
    markdownText(record.category),
    record.scope.replace('-', ' '),
    markdownText(record.source.file),
    markdownText(record.text),
  ];
}

/**
 * `records` as Markdown, in pieces (records-stream.ts): a table whose rows stand alone, and the
 * count after it, known only once every record is written.
 */
export function markdownRecordsPieces(): RecordsPieces {
  let count = 0;
  return {
    start: `# Records\n\n${markdownTable(head, [])}`,
    records: (records) => {
      count += records.length;
      return records.map((record) => `\n| ${rowOf(record).join(' | ')} |`).join('');
    },
    end: () => `\n\n${String(count)} records.\n`,
  };
}

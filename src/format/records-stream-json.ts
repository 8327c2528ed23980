import type { ExposureReport } from '../core/index.js';
import { jsonText } from './json-text.js';
import type { RecordsPieces } from './records-stream.js';

function indented(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replaceAll('\n', `\n${pad}`);
}

/** `records --format json` in pieces (records-stream.ts), after the report's head (`reportHead`). */
export function jsonRecordsPieces(
  head: Pick<ExposureReport, 'schemaVersion' | 'policy'>,
): RecordsPieces {
  const start = jsonText({ schemaVersion: head.schemaVersion, policy: head.policy });
  return {
    // The object without its closing brace, then the records array opened.
    start: `${start.slice(0, start.lastIndexOf('\n}'))},\n  "records": [`,
    records: (records, first) =>
      records
        .map(
          (record, index) =>
            `${first && index === 0 ? '' : ','}\n    ${indented(jsonText(record), 4)}`,
        )
        .join(''),
    end: (count) => (count === 0 ? ']\n}\n' : '\n  ]\n}\n'),
  };
}

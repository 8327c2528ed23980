import { parseRichMediaDateTime } from '../dates/rich-media.js';
import { baseRecord } from './extract-rows.js';
import type { CsvExtractInput, ExtractOutput } from './types.js';

/**
 * The upload's own part of a `Media Link`. export-format.md §3.26: the link is signed and
 * expires, so its query (`?e=…&v=beta&t=…`) is made anew for every export while its path names
 * the upload.
 */
export function stableMediaLink(link: string): string {
  const query = link.indexOf('?');
  return query === -1 ? link : link.slice(0, query);
}

/**
 * Rich_Media.csv: the kind of upload hides in the date sentence (export-format.md §3.26), and an
 * empty description is written ` -`. Its identity (the catalog's `Date/Time` and `Media Link`)
 * takes the link without its expiring query: with it, every upload had another id in every
 * export, and `diff` listed each as deleted and as new.
 */
export function extractRichMedia(input: CsvExtractInput): ExtractOutput {
  const records = input.rows.map(({ cells, row }) => {
    const record = baseRecord(input, cells, row);
    const dateTime = input.reader.get(cells, 'Date/Time');
    const link = input.reader.get(cells, 'Media Link');
    const { kind } = parseRichMediaDateTime(dateTime);
    return {
      ...record,
      text: record.text === '-' ? null : record.text,
      mediaKind: kind,
      identity:
        dateTime === '' && link === ''
          ? record.identity
          : [dateTime, stableMediaLink(link)].join('\u001e'),
    };
  });
  return { records, resumeUses: [] };
}

import Table from 'cli-table3';
import type { ClassifiedRecord } from '../core/index.js';
import { formatText } from '../core/messages.js';
import { palette, type Palette } from './ansi.js';
import type { RecordsPieces } from './records-stream.js';
import { cell, scopeText, tableStyle, textBudget } from './table-cells.js';
import type { FormatOptions } from './types.js';

/**
 * The widest each column's cells can be (`cell` cuts them; dates are `YYYY-MM-DD`, scopes at most
 * `not named`), so that every batch of rows is drawn with the widths the whole table has.
 */
function columnWidths(options: FormatOptions): RecordColumnWidths {
  return { date: 10, category: 18, scope: 9, file: 28, text: textBudget(options, 80) };
}

interface RecordColumnWidths {
  date: number;
  category: number;
  scope: number;
  file: number;
  text: number;
}

function rowOf(record: ClassifiedRecord, widths: RecordColumnWidths, colors: Palette): string[] {
  return [
    record.date ?? '',
    cell(record.category, widths.category),
    scopeText(record.scope, colors),
    cell(record.source.file, widths.file),
    cell(record.text, widths.text),
  ];
}

/** The table's lines, borders included. */
function lines(rows: readonly string[][], options: FormatOptions, withHead: boolean): string[] {
  const { date, category, scope, file, text } = columnWidths(options);
  const table = new Table({
    head: withHead ? [...formatText.columns.records] : [],
    style: tableStyle(options),
    // Padding of one column on each side.
    colWidths: [date, category, scope, file, text].map((width) => width + 2),
  });
  for (const row of rows) table.push(row);
  return table.toString().split('\n');
}

/**
 * `records` as a table, in pieces (records-stream.ts): the head, then each batch of rows, each
 * after the separator one table draws between its rows, then the bottom border and the count.
 * Joined, they are the one table of every record (`piecesText`), which an export of a million
 * records could not build at once.
 */
export function tableRecordsPieces(options: FormatOptions): RecordsPieces {
  const colors = palette(options.color);
  const widths = columnWidths(options);
  const [top = '', headRow = '', bottom = ''] = lines([], options, true);
  const blank = formatText.columns.records.map(() => '');
  const separator = lines([blank, blank], options, false)[2] ?? '';
  return {
    start: `${top}\n${headRow}`,
    records: (records) => {
      // Without its own top and bottom borders: rows and the separators between them.
      const body = lines(
        records.map((record) => rowOf(record, widths, colors)),
        options,
        false,
      ).slice(1, -1);
      return `\n${separator}\n${body.join('\n')}`;
    },
    end: (count) => `\n${bottom}\n${formatText.recordsCount({ count })}\n`,
  };
}

import type { TableSpec } from '../catalog/schema.js';
import { checkRowLength } from './oversized-text.js';
import { isBlankRow, type TableRow } from './table-header.js';

const commentDate = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/u;
const looksLikeLink = /^\s*https?:\/\//iu;

const wholeQuotedField = /^"((?:[^"]|"")*)"$/su;

/**
 * A field of a table read without quote handling (`quotes-wrap-whole-fields`): quoted as CSV
 * quotes a field when the quotes wrap it whole (a 2024 export quoted its queries), else as
 * written (a 2025 export wrote `"product manager" remote` as it was typed, export-format.md §3.28).
 */
export function unquoteWholeField(cell: string): string {
  const quoted = wholeQuotedField.exec(cell);
  return quoted?.[1] === undefined ? cell : quoted[1].replaceAll('""', '"');
}

function columnIndex(header: readonly string[], name: string): number {
  return header.findIndex((column) => column.toLowerCase() === name);
}

/**
 * The catalog's row repairs, applied to rows as they arrive. Rows come back once no later row can
 * change them (a comment waits for the row after it).
 */
export class RowRepairs {
  rejoinedLines = 0;
  private readonly width: number;
  private readonly joinCommas: boolean;
  private readonly unquote: boolean;
  private readonly comment: { date: number; link: number; message: number } | null;
  private previous: TableRow | null = null;
  private pendingBlankLines = 0;

  constructor(header: readonly string[], spec: TableSpec) {
    this.width = header.length;
    this.joinCommas = spec.repairs.includes('unquoted-commas-in-last-column');
    this.unquote = spec.repairs.includes('quotes-wrap-whole-fields');
    const date = columnIndex(header, 'date');
    const link = columnIndex(header, 'link');
    const message = columnIndex(header, 'message');
    this.comment =
      spec.repairs.includes('comment-continuation-lines') &&
      date !== -1 &&
      link !== -1 &&
      message !== -1
        ? { date, link, message }
        : null;
  }

  push(row: TableRow): TableRow[] {
    const commasJoined = this.joinCommas ? this.joinUnquotedCommas(row) : row;
    const joined = this.unquote
      ? { row: commasJoined.row, cells: commasJoined.cells.map(unquoteWholeField) }
      : commasJoined;
    return this.comment ? this.rejoinComment(joined, this.comment) : [joined];
  }

  end(): TableRow[] {
    const last = this.previous;
    this.previous = null;
    return last ? [last] : [];
  }

  /** export-format.md §3.28: queries with commas were written unquoted; the rest is the query. */
  private joinUnquotedCommas(row: TableRow): TableRow {
    const { width } = this;
    return row.cells.length > width
      ? {
          row: row.row,
          cells: [...row.cells.slice(0, width - 1), row.cells.slice(width - 1).join(',')],
        }
      : row;
  }

  /**
   * export-format.md §3.21: in 2024 Comments.csv wrote multi-line messages unquoted, so each
   * further line became a row of its own. Such a row has no date and no link (policy.md §2:
   * a row with a link but an empty date is a comment of its own).
   */
  private rejoinComment(
    row: TableRow,
    columns: { date: number; link: number; message: number },
  ): TableRow[] {
    if (isBlankRow(row.cells)) {
      this.pendingBlankLines++;
      return [];
    }
    const date = row.cells[columns.date]?.trim() ?? '';
    const ownComment =
      commentDate.test(date) || (date === '' && looksLikeLink.test(row.cells[columns.link] ?? ''));
    const { previous } = this;
    const ready: TableRow[] = [];
    if (previous !== null && !ownComment) {
      const cells = [...previous.cells];
      const breaks = '\n'.repeat(this.pendingBlankLines + 1);
      const message = `${cells[columns.message] ?? ''}${breaks}${row.cells.join(',')}`;
      // Thousands of continuation lines make one comment as long as any quoted field could be.
      checkRowLength(message.length);
      cells[columns.message] = message;
      this.previous = { row: previous.row, cells };
      this.rejoinedLines++;
    } else {
      if (previous !== null) ready.push(previous);
      this.previous = row;
    }
    this.pendingBlankLines = 0;
    return ready;
  }
}

/**
 * export-format.md §3.20: Shares.csv wraps every line of a multi-line post in literal quotes,
 * so after CSV unquoting the text reads `one"\n"two`. Undo it so the post reads as written.
 * One pass undoes every wrapping (an empty paragraph, `"\n""\n"`, is two matches side by side);
 * the spec's "apply repeatedly" would go on to eat the member's own quotes where a line ends with
 * one and the next begins with one (`said "ship it"` / `"Done" is…`).
 */
export function unwrapShareLines(text: string): string {
  // Every pattern below needs a line break; most posts have none.
  if (!text.includes('\n')) return text;
  return text
    .replace(/"(\r?\n)"/gu, '$1')
    .replace(/\r\n/gu, '\n')
    .replace(/\n+$/u, '');
}

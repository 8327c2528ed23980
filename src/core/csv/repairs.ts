import type { TableSpec } from '../catalog/schema.js';
import type { TableRow } from './table-reader.js';

export interface RowRepairResult {
  rows: TableRow[];
  rejoinedLines: number;
}

const commentDate = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/u;
const looksLikeLink = /^\s*https?:\/\//iu;

/**
 * export-format.md §3.21: in 2024 Comments.csv wrote multi-line messages unquoted, so each
 * further line became a row of its own. Such a row has no date and no link (policy.md §2:
 * a row with a link but an empty date is a comment of its own).
 */
function rejoinCommentLines(rows: TableRow[], header: readonly string[]): RowRepairResult {
  const dateIndex = header.findIndex((column) => column.toLowerCase() === 'date');
  const linkIndex = header.findIndex((column) => column.toLowerCase() === 'link');
  const messageIndex = header.findIndex((column) => column.toLowerCase() === 'message');
  if (dateIndex === -1 || linkIndex === -1 || messageIndex === -1)
    return { rows, rejoinedLines: 0 };
  const result: TableRow[] = [];
  let rejoinedLines = 0;
  let pendingBlankLines = 0;
  for (const row of rows) {
    const previous = result.at(-1);
    if (row.cells.every((cell) => cell.trim() === '')) {
      pendingBlankLines++;
      continue;
    }
    const date = row.cells[dateIndex]?.trim() ?? '';
    const ownComment =
      commentDate.test(date) || (date === '' && looksLikeLink.test(row.cells[linkIndex] ?? ''));
    if (previous !== undefined && !ownComment) {
      const cells = [...previous.cells];
      const breaks = '\n'.repeat(pendingBlankLines + 1);
      cells[messageIndex] = `${cells[messageIndex] ?? ''}${breaks}${row.cells.join(',')}`;
      result[result.length - 1] = { row: previous.row, cells };
      rejoinedLines++;
    } else {
      result.push(row);
    }
    pendingBlankLines = 0;
  }
  return { rows: result, rejoinedLines };
}

/** export-format.md §3.28: queries with commas were written unquoted; the rest is the query. */
function joinUnquotedCommas(rows: TableRow[], header: readonly string[]): TableRow[] {
  const width = header.length;
  return rows.map((row) =>
    row.cells.length > width
      ? {
          row: row.row,
          cells: [...row.cells.slice(0, width - 1), row.cells.slice(width - 1).join(',')],
        }
      : row,
  );
}

export function applyRowRepairs(
  rows: TableRow[],
  header: readonly string[],
  spec: TableSpec,
): RowRepairResult {
  let result: RowRepairResult = { rows, rejoinedLines: 0 };
  if (spec.repairs.includes('unquoted-commas-in-last-column')) {
    result = { ...result, rows: joinUnquotedCommas(result.rows, header) };
  }
  if (spec.repairs.includes('comment-continuation-lines')) {
    result = rejoinCommentLines(result.rows, header);
  }
  return result;
}

/**
 * export-format.md §3.20: Shares.csv wraps every line of a multi-line post in literal quotes,
 * so after CSV unquoting the text reads `one"\n"two`. Undo it so the post reads as written.
 */
export function unwrapShareLines(text: string): string {
  let result = text;
  let previous;
  do {
    previous = result;
    result = result.replace(/"(\r?\n)"/gu, '$1');
  } while (result !== previous);
  return result.replace(/\r\n/gu, '\n').replace(/\n+$/u, '');
}

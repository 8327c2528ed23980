import { h, type Child } from './dom.js';

interface Column<Row> {
  heading: string;
  cell: (row: Row) => Child;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Dates and other short values that must not break across lines. */
  nowrap?: boolean;
}

/**
 * A data table that stacks into labelled blocks on narrow screens (the CSS reads `data-label`),
 * so nothing needs sideways scrolling at 320 px.
 */
export function dataTable<Row>(
  caption: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  rowClass: (row: Row) => string = () => '',
): HTMLTableElement {
  return h(
    'table',
    { className: 'data-table' },
    h('caption', { className: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h('tr', {}, ...columns.map((column) => h('th', { attrs: { scope: 'col' } }, column.heading))),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          { className: rowClass(row) },
          ...columns.map((column) =>
            h(
              'td',
              {
                className: [column.numeric && 'numeric', column.nowrap && 'nowrap']
                  .filter(Boolean)
                  .join(' '),
                attrs: { 'data-label': column.heading },
              },
              column.cell(row),
            ),
          ),
        ),
      ),
    ),
  );
}

import type { CategorySummary, FileSummary } from '../../core/index.js';
import { webText } from '../../core/messages.js';
import { h } from './dom.js';
import { dataTable } from './table.js';

const text = webText.files;

/** One row per file of the archives: what was read from it, and into which categories. */
export function renderFiles(
  files: readonly FileSummary[],
  categories: readonly CategorySummary[],
): Node[] {
  const labels = new Map(categories.map((category) => [category.id, category.label]));
  const archives = new Set(files.map((file) => file.archive));
  return [
    dataTable(
      webText.page.filesHeading,
      [
        { heading: text.columns.file, cell: (file) => h('bdi', {}, file.path) },
        ...(archives.size > 1
          ? [
              {
                heading: text.columns.archive,
                cell: (file: FileSummary) => h('bdi', {}, file.archive),
              },
            ]
          : []),
        {
          heading: text.columns.status,
          cell: (file) =>
            h('span', { className: `status status-${file.status}` }, text.status[file.status]),
        },
        { heading: text.columns.records, cell: (file) => file.records, numeric: true },
        {
          heading: text.columns.categories,
          cell: (file) =>
            file.categories.map((id) => labels.get(id) ?? id).join(', ') || webText.empty,
        },
        { heading: text.columns.note, cell: (file) => file.note ?? '' },
      ],
      files,
    ),
  ];
}

import type { CategorySummary, FileSummary } from '../../core/index.js';
import { h } from './dom.js';
import { dataTable } from './table.js';

const statusText: Readonly<Record<FileSummary['status'], string>> = {
  parsed: 'Read',
  empty: 'Empty',
  unknown: 'Not known',
  failed: 'Failed',
};

/** One row per file of the archives: what was read from it, and into which categories. */
export function renderFiles(
  files: readonly FileSummary[],
  categories: readonly CategorySummary[],
): Node[] {
  const labels = new Map(categories.map((category) => [category.id, category.label]));
  const archives = new Set(files.map((file) => file.archive));
  return [
    dataTable(
      'Files in the export',
      [
        { heading: 'File', cell: (file) => h('bdi', {}, file.path) },
        ...(archives.size > 1
          ? [{ heading: 'Archive', cell: (file: FileSummary) => h('bdi', {}, file.archive) }]
          : []),
        {
          heading: 'Status',
          cell: (file) =>
            h('span', { className: `status status-${file.status}` }, statusText[file.status]),
        },
        { heading: 'Records', cell: (file) => file.records, numeric: true },
        {
          heading: 'Categories',
          cell: (file) => file.categories.map((id) => labels.get(id) ?? id).join(', ') || '—',
        },
        { heading: 'Note', cell: (file) => file.note ?? '' },
      ],
      files,
    ),
  ];
}

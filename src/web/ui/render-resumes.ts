import type { Resume } from '../../core/index.js';
import { h } from './dom.js';
import { resumeStatusText } from './labels.js';
import { dataTable } from './table.js';

/** The stored resumes, the old and superseded ones marked for deletion. */
export function renderResumes(resumes: readonly Resume[]): Node[] {
  if (resumes.length === 0) {
    return [h('p', { className: 'muted' }, 'No stored resumes were found in this export.')];
  }
  return [
    dataTable(
      'Stored resumes',
      [
        { heading: 'Resume', cell: (resume) => h('bdi', {}, resume.name) },
        { heading: 'Status', cell: (resume) => resumeStatusText[resume.status] },
        { heading: 'Uses', cell: (resume) => resume.applications, numeric: true },
        { heading: 'Last used', cell: (resume) => resume.lastUsed ?? '—', nowrap: true },
        {
          heading: 'Suggestion',
          cell: (resume) =>
            resume.suggestDelete
              ? h('span', { className: 'badge badge-delete' }, 'Delete')
              : h('span', { className: 'badge badge-keep' }, 'Keep'),
        },
        { heading: 'Why', cell: (resume) => resume.reason },
      ],
      resumes,
      (resume) => (resume.suggestDelete ? 'is-marked' : ''),
    ),
  ];
}

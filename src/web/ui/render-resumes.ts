import type { Resume } from '../../core/index.js';
import { webText } from '../../core/messages.js';
import { h } from './dom.js';
import { dataTable } from './table.js';

const text = webText.resumes;

/** The stored resumes, the old and superseded ones marked for deletion. */
export function renderResumes(resumes: readonly Resume[]): Node[] {
  if (resumes.length === 0) {
    return [h('p', { className: 'muted' }, text.none)];
  }
  return [
    dataTable(
      webText.page.resumesHeading,
      [
        { heading: text.columns.resume, cell: (resume) => h('bdi', {}, resume.name) },
        { heading: text.columns.status, cell: (resume) => text.status[resume.status] },
        { heading: text.columns.uses, cell: (resume) => resume.applications, numeric: true },
        {
          heading: text.columns.lastUsed,
          cell: (resume) => resume.lastUsed ?? webText.empty,
          nowrap: true,
        },
        {
          heading: text.columns.suggestion,
          cell: (resume) =>
            resume.suggestDelete
              ? h('span', { className: 'badge badge-delete' }, text.delete)
              : h('span', { className: 'badge badge-keep' }, text.keep),
        },
        { heading: text.columns.why, cell: (resume) => resume.reason },
      ],
      resumes,
      (resume) => (resume.suggestDelete ? 'is-marked' : ''),
    ),
  ];
}

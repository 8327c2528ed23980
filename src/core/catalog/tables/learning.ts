import { defineTable } from '../define.js';
import { csvFile } from '../file-match.js';

export const learningTables = [
  defineTable({
    id: 'learning',
    title: 'LinkedIn Learning',
    reference: '§3.32',
    files: csvFile('Learning'),
    kind: 'learning-item',
    headers: [
      {
        // export-format.md §1.4 (5): the header ends with a comma, an eighth column without name.
        seen: '2023–2026',
        columns: [
          'Content Title',
          'Content Description',
          'Content Type',
          'Content Last Watched Date (if viewed)',
          'Content Completed At (if completed)',
          'Content Saved',
          'Notes taken on videos (if taken)',
          '',
        ],
      },
    ],
    required: ['Content Title'],
    date: { column: 'Content Last Watched Date (if viewed)', format: 'iso-minutes-utc' },
    text: ['Content Title'],
  }),
  defineTable({
    id: 'duolingo',
    title: 'Duolingo English Test',
    reference: '§3.10',
    files: csvFile('Duolingo'),
    kind: 'language-test',
    headers: [{ seen: '2026', columns: ['Language', 'Score', 'Proficiency Level'] }],
    required: ['Language'],
    text: ['Language', 'Score', 'Proficiency Level'],
  }),
];

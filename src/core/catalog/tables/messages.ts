import { defineTable } from '../define.js';
import { csvFile } from '../file-match.js';

const base = [
  'CONVERSATION ID',
  'CONVERSATION TITLE',
  'FROM',
  'SENDER PROFILE URL',
  'TO',
  'RECIPIENT PROFILE URLS',
  'DATE',
  'SUBJECT',
  'CONTENT',
  'FOLDER',
];
const withoutRecipientUrls = base.filter((column) => column !== 'RECIPIENT PROFILE URLS');

// export-format.md §3.2: six header variants, mapped by name, never by position.
const messageHeaders = [
  { seen: 'before mid-2023 (F)', columns: withoutRecipientUrls },
  { seen: '2023–Mar 2025 (A)', columns: base },
  { seen: 'Dec 2024 (B)', columns: [...base, 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT'] },
  { seen: 'Aug 2025–2026 (C, D)', columns: [...base, 'ATTACHMENTS'] },
  { seen: 'mid-2025 (E)', columns: [...base, 'ATTACHMENTS', 'IS MESSAGE DRAFT'] },
];

const aiChat = (id: string, name: string, title: string) =>
  defineTable({
    id,
    title,
    reference: '§3.3',
    files: csvFile(name),
    kind: 'ai-message',
    headers: [{ seen: '2024–2026', columns: base }],
    required: ['DATE', 'CONTENT'],
    date: { column: 'DATE', format: 'iso-seconds-utc' },
    text: ['CONTENT'],
    // Not the CONTENT, as for messages.csv: before 2026 its line breaks were flattened into
    // spaces (export-format.md §3.2, §4.4), so the same message would change its id.
    identity: ['CONVERSATION ID', 'DATE', 'FROM'],
  });

export const messageTables = [
  defineTable({
    id: 'messages',
    title: 'Messages',
    reference: '§3.2',
    files: csvFile('messages'),
    kind: 'private-message',
    headers: messageHeaders,
    required: ['DATE', 'CONTENT'],
    date: { column: 'DATE', format: 'iso-seconds-utc' },
    identity: ['CONVERSATION ID', 'DATE', 'FROM'],
    // Private messages are excluded from training: the report counts them and never keeps bodies.
    keepText: false,
  }),
  aiChat('guide-messages', 'guide_messages', 'AI assistant chats (guide)'),
  aiChat('coach-messages', 'coach_messages', 'AI coach chats'),
  aiChat('learning-coach-messages', 'learning_coach_messages', 'LinkedIn Learning coach chats'),
  aiChat(
    'learning-role-play-messages',
    'learning_role_play_messages',
    'LinkedIn Learning role-play chats',
  ),
  defineTable({
    id: 'learning-coach-messages-stub',
    title: 'LinkedIn Learning coach chats (old file)',
    reference: '§3.4',
    files: csvFile('LearningCoachMessages'),
    kind: 'ai-message',
    stubText: 'No conversations found',
    headers: [{ seen: '2025 (stub)', columns: base }],
    required: ['DATE', 'CONTENT'],
    date: { column: 'DATE', format: 'iso-seconds-utc' },
    text: ['CONTENT'],
  }),
];

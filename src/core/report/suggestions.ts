import { suggestionActionText, suggestionReasonText } from '../messages.js';
import type { Policy, Region } from '../policy/schema.js';
import { excerpt, percentDecode } from '../util/text.js';
import { fingerprint } from '../util/hash.js';
import type { AssessedResume } from './resumes.js';
import type { ClassifiedRecord, Priority, Suggestion } from './schema.js';

export interface SuggestionInput {
  policy: Policy;
  region: Region | null;
  records: readonly ClassifiedRecord[];
  resumes: readonly AssessedResume[];
  /** Items dated before this day are old enough to suggest (`--older-than` before the export). */
  cutoff: string | null;
  olderThanText: string;
  trainingSince: string;
  categoryLabel: (id: string) => string;
}

const priorityRank: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

function settingsSuggestions({ policy, region }: SuggestionInput): Suggestion[] {
  return policy.settingsActions
    .filter((action) => !action.regions || !region || action.regions.includes(region.id))
    .map((action) => ({
      id: `setting-${action.id}`,
      priority: action.priority,
      action: action.action,
      category: null,
      reason: action.reason,
      link: action.link,
      date: null,
      excerpt: null,
      source: null,
    }));
}

function resumeSuggestions(input: SuggestionInput): Suggestion[] {
  const link = input.policy.links.resumesAndAnswers;
  return input.resumes
    .filter(({ resume }) => resume.suggestDelete)
    .map(({ resume, source }) => {
      const old = resume.status === 'old';
      const code =
        resume.status === 'stored-text'
          ? 'stored-resume-text'
          : old
            ? 'old-resume'
            : 'superseded-resume';
      return {
        id: `resume-${fingerprint(`${resume.source}\u001e${resume.name.toLowerCase()}`)}`,
        priority: old ? 'high' : 'medium',
        action: suggestionActionText[code]({ name: resume.name }),
        category: 'resumes',
        reason: resume.reason,
        link,
        date: resume.lastUsed,
        excerpt: null,
        source,
      } satisfies Suggestion;
    });
}

function savedAnswerSuggestion(input: SuggestionInput): Suggestion[] {
  const saved = input.records.filter(
    (record) =>
      (record.kind === 'saved-answer' || record.kind === 'saved-screening-answer') &&
      record.scope === 'in-scope',
  );
  if (saved.length === 0) return [];
  return [
    {
      id: 'saved-answers',
      priority: 'medium',
      action: suggestionActionText['saved-answers']({ count: saved.length }),
      category: 'screening-answers',
      reason: suggestionReasonText.savedAnswers(),
      link: input.policy.links.resumesAndAnswers,
      date: null,
      excerpt: null,
      source: saved[0]?.source ?? null,
    },
  ];
}

type ContentKind = 'post' | 'article' | 'comment' | 'poll-vote' | 'instant-repost';
const contentKinds = new Set<string>(['post', 'article', 'comment', 'poll-vote', 'instant-repost']);

function isContentKind(kind: string): kind is ContentKind {
  return contentKinds.has(kind);
}

function contentSuggestion(record: ClassifiedRecord, input: SuggestionInput): Suggestion | null {
  if (!isContentKind(record.kind) || record.scope !== 'in-scope' || record.date === null)
    return null;
  const date = record.date;
  const firstWords = excerpt(record.text);
  const inGroup = record.category === 'group-activity';
  const kindAction =
    record.kind === 'comment'
      ? suggestionActionText.comment({ date, excerpt: firstWords ?? '' })
      : suggestionActionText[record.kind]({ date });
  const action = inGroup ? `${kindAction} ${suggestionActionText['in-group']()}` : kindAction;
  const link =
    record.link !== null
      ? percentDecode(record.link)
      : record.kind === 'comment'
        ? input.policy.links.commentsActivity
        : null;
  const before = date < input.trainingSince;
  const priority: Priority =
    inGroup || record.kind === 'post' || record.kind === 'article' ? 'medium' : 'low';
  return {
    id: record.id,
    priority,
    action,
    category: record.category,
    reason:
      suggestionReasonText.olderThan({
        label: input.categoryLabel(record.category),
        olderThan: input.olderThanText,
      }) +
      (before ? suggestionReasonText.beforeTraining({ trainingSince: input.trainingSince }) : ''),
    link,
    date,
    excerpt: firstWords,
    source: record.source,
  };
}

/**
 * The deletion plan (issue: settings first, then resumes, saved answers, then old content),
 * each part ordered by priority and, within it, oldest first.
 */
export function buildSuggestions(input: SuggestionInput): Suggestion[] {
  const { cutoff } = input;
  const content =
    cutoff === null
      ? []
      : input.records
          .filter((record) => record.date !== null && record.date < cutoff)
          .map((record) => contentSuggestion(record, input))
          .filter((suggestion): suggestion is Suggestion => suggestion !== null)
          .sort(
            (a, b) =>
              priorityRank[a.priority] - priorityRank[b.priority] ||
              (a.date ?? '').localeCompare(b.date ?? '') ||
              a.id.localeCompare(b.id),
          );
  return [
    ...settingsSuggestions(input),
    ...resumeSuggestions(input),
    ...savedAnswerSuggestion(input),
    ...content,
  ];
}

import {
  exposureLabel,
  findingLabel,
  sensitiveReasonText,
  suggestionActionText,
  suggestionReasonText,
  whyText,
} from '../messages.js';
import { exposureOf, type Exposure } from '../plan/exposure.js';
import { bySeverity, findingCodesByRecord, planOrder, scoreOf } from '../plan/score.js';
import { isBefore } from '../util/dates.js';
import type { Policy, Region } from '../policy/schema.js';
import type { FindingCode } from '../sensitive/codes.js';
import { excerpt, readableLink } from '../util/text.js';
import {
  ContentSelector,
  contentItem,
  type ContentCandidate,
  type Remainder,
} from './content-selector.js';
import { fingerprint } from '../util/hash.js';
import type { AssessedResume } from './resumes.js';
import type { ClassifiedRecord, Finding, Suggestion } from './schema.js';

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
  /** Sensitive content in the records: such items are suggested whatever their age, first. */
  findings: readonly Finding[];
  /** Content items already chosen as they were read; otherwise chosen here from `records`. */
  content?: ContentSelector;
}

/** A suggestion before its score: what `rank` needs to compute it. */
interface Draft {
  suggestion: Omit<Suggestion, 'score' | 'why' | 'findings'>;
  findings: FindingCode[];
  exposure: Exposure;
}

const maxLabelsInWhy = 2;

/** "phone number and health" for reasons and actions. */
function labelsOf(codes: readonly FindingCode[]): string {
  const labels = codes.map((code) => findingLabel[code]);
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/** "phone number, health +1 more; feed post; before training start". */
function whyOf(draft: Draft, trainingSince: string): string {
  const shown = draft.findings.slice(0, maxLabelsInWhy).map((code) => findingLabel[code]);
  const rest = draft.findings.length - shown.length;
  const found = shown.join(', ') + (rest > 0 ? ` ${whyText.moreFindings({ count: rest })}` : '');
  return [
    found,
    exposureLabel[draft.exposure],
    isBefore(draft.suggestion.date, trainingSince) ? whyText.beforeTraining() : '',
  ]
    .filter((part) => part !== '')
    .join('; ');
}

function settingsSuggestions({ policy, region }: SuggestionInput): Suggestion[] {
  return policy.settingsActions
    .filter((action) => !action.regions || !region || action.regions.includes(region.id))
    .map((action) => ({
      id: `setting-${action.id}`,
      priority: action.priority,
      action: action.action,
      category: null,
      reason: action.reason,
      link: action.link ?? null,
      date: null,
      excerpt: null,
      source: null,
      score: null,
      why: whyText.setting(),
      findings: [],
    }));
}

/** Where the stored resume text behind a resume comes from: its record, for id and findings. */
function storedTextRecord(
  input: SuggestionInput,
  source: AssessedResume['source'],
): ClassifiedRecord | undefined {
  return input.records.find(
    (record) =>
      record.kind === 'resume-text' &&
      record.source.file === source?.file &&
      record.source.row === source.row,
  );
}

function resumeDrafts(input: SuggestionInput, found: Map<string, FindingCode[]>): Draft[] {
  const link = input.policy.links.resumesAndAnswers;
  return input.resumes
    .filter(({ resume }) => resume.suggestDelete)
    .map(({ resume, source }) => {
      const old = resume.status === 'old';
      const storedText = resume.status === 'stored-text';
      const code = storedText ? 'stored-resume-text' : old ? 'old-resume' : 'superseded-resume';
      // A stored text's id is its record's (the asset name), not its position in the file, so
      // that it stays the same in a newer export after an older text was deleted.
      const record = storedText ? storedTextRecord(input, source) : undefined;
      const findings = record === undefined ? [] : (found.get(record.id) ?? []);
      return {
        suggestion: {
          id:
            record?.id ??
            `resume-${fingerprint(`${resume.source}\u001e${resume.name.toLowerCase()}`)}`,
          // Every resume to delete is high: old resumes go first (README), and a superseded one
          // or a stored text is a resume kept on the account all the same.
          priority: 'high',
          action: suggestionActionText[code]({ name: resume.name }),
          category: 'resumes',
          reason: resume.reason,
          link,
          date: resume.lastUsed,
          excerpt: null,
          source,
        },
        findings,
        exposure: 'stored-resume',
      } satisfies Draft;
    });
}

function isSavedAnswer(record: ClassifiedRecord): boolean {
  return (
    (record.kind === 'saved-answer' || record.kind === 'saved-screening-answer') &&
    record.scope === 'in-scope'
  );
}

/**
 * A saved answer holding sensitive content gets its own suggestion; the others are one
 * suggestion (delete them all, or turn saving off).
 */
function savedAnswerDrafts(input: SuggestionInput, found: Map<string, FindingCode[]>): Draft[] {
  const saved = input.records.filter(isSavedAnswer);
  const link = input.policy.links.resumesAndAnswers;
  const flagged = saved.filter((record) => found.has(record.id));
  const drafts: Draft[] = flagged.map((record) => {
    const findings = found.get(record.id) ?? [];
    // Already without the export's tags (catalog repair html-tags-in-text), as LinkedIn shows it.
    const shown = excerpt(record.text);
    return {
      suggestion: {
        id: record.id,
        priority: 'high',
        action: suggestionActionText['saved-answer-finding']({ excerpt: shown ?? '' }),
        category: record.category,
        reason: sensitiveReasonText.savedAnswer({ findings: labelsOf(findings) }),
        link,
        date: record.date,
        excerpt: shown,
        source: record.source,
      },
      findings,
      exposure: 'saved-answer',
    };
  });
  const rest = saved.length - flagged.length;
  if (rest > 0) {
    drafts.push({
      suggestion: {
        id: 'saved-answers',
        priority: 'medium',
        action:
          flagged.length === 0
            ? suggestionActionText['saved-answers']({ count: rest })
            : suggestionActionText['other-saved-answers']({ count: rest }),
        category: 'screening-answers',
        reason: suggestionReasonText.savedAnswers(),
        link,
        date: null,
        excerpt: null,
        source: saved.find((record) => !found.has(record.id))?.source ?? null,
      },
      findings: [],
      exposure: 'saved-answers',
    });
  }
  return drafts;
}

/**
 * Answers sent with applications holding sensitive content, one suggestion per answer however
 * many applications carried it (LinkedIn fills them in from the saved answers, export-format.md
 * §4.2). A sent application has no delete in the settings (policy.md §3): what the member can do
 * is delete the saved answer, so it is not sent again. Its id is the first application's answer.
 */
function applicationAnswerDrafts(
  input: SuggestionInput,
  found: Map<string, FindingCode[]>,
): Draft[] {
  const byText = new Map<string, ClassifiedRecord[]>();
  for (const record of input.records) {
    if (record.kind !== 'application-answer' || record.scope !== 'in-scope') continue;
    if (!found.has(record.id)) continue;
    const text = record.text ?? '';
    const sent = byText.get(text);
    if (sent) sent.push(record);
    else byText.set(text, [record]);
  }
  return [...byText].flatMap(([text, records]): Draft[] => {
    const [first] = records;
    if (!first) return [];
    const findings = bySeverity([
      ...new Set(records.flatMap((record) => found.get(record.id) ?? [])),
    ]);
    const latest = records.reduce<string | null>(
      (newest, { date }) => (date !== null && (newest === null || date > newest) ? date : newest),
      null,
    );
    const shown = excerpt(text);
    return [
      {
        suggestion: {
          id: first.id,
          priority: 'high',
          action: suggestionActionText['application-answer-finding']({
            excerpt: shown ?? '',
            count: records.length,
          }),
          category: first.category,
          reason: sensitiveReasonText.applicationAnswer({ findings: labelsOf(findings) }),
          link: input.policy.links.resumesAndAnswers,
          date: latest,
          excerpt: shown,
          source: first.source,
        },
        findings,
        exposure: 'application-answer',
      },
    ];
  });
}

/** The profile (headline, summary) holding sensitive content: edit it. */
function profileDrafts(input: SuggestionInput, found: Map<string, FindingCode[]>): Draft[] {
  return input.records
    .filter(
      (record) => record.kind === 'profile' && record.scope === 'in-scope' && found.has(record.id),
    )
    .map((record) => {
      const findings = found.get(record.id) ?? [];
      return {
        suggestion: {
          id: record.id,
          priority: 'high',
          action: suggestionActionText['profile-finding']({ findings: labelsOf(findings) }),
          category: record.category,
          reason: sensitiveReasonText.profile({ findings: labelsOf(findings) }),
          link: input.policy.links.profileEdit,
          date: record.date,
          excerpt: null,
          source: record.source,
        },
        findings,
        exposure: 'profile',
      };
    });
}

function contentDraft(
  { record, kind, findings, old, priority }: ContentCandidate,
  input: SuggestionInput,
): Draft {
  const { date } = record;
  const dateText = date ?? whyText.undated();
  const firstWords = excerpt(record.text);
  const inGroup = record.category === 'group-activity';
  const exposure = exposureOf(record);
  const kindAction =
    kind === 'comment'
      ? suggestionActionText.comment({ date: dateText, excerpt: firstWords ?? '' })
      : exposure === 'article-draft'
        ? suggestionActionText['article-draft']({ date: dateText })
        : suggestionActionText[kind]({ date: dateText });
  const action = inGroup ? `${kindAction} ${suggestionActionText['in-group']()}` : kindAction;
  const link =
    record.link !== null
      ? readableLink(record.link)
      : record.kind === 'comment'
        ? input.policy.links.commentsActivity
        : null;
  const label = input.categoryLabel(record.category);
  const reason = old
    ? suggestionReasonText.olderThan({ label, olderThan: input.olderThanText }) +
      (isBefore(date, input.trainingSince)
        ? suggestionReasonText.beforeTraining({ trainingSince: input.trainingSince })
        : '')
    : sensitiveReasonText.content({ label, findings: labelsOf(findings) });
  return {
    suggestion: {
      id: record.id,
      priority,
      action,
      category: record.category,
      reason,
      link,
      date,
      excerpt: firstWords,
      source: record.source,
    },
    findings,
    exposure,
  };
}

function remainderDraft(input: SuggestionInput, category: string, rest: Remainder): Draft {
  const label = input.categoryLabel(category);
  return {
    suggestion: {
      id: `more-${category}`,
      priority: rest.first.priority,
      action: suggestionActionText['more-content']({
        count: rest.count,
        label: label.toLowerCase(),
        olderThan: input.olderThanText,
      }),
      category,
      reason: suggestionReasonText.olderThan({ label, olderThan: input.olderThanText }),
      // Comments have their own activity page; other items are deleted where they are.
      link: category === 'comments' ? input.policy.links.commentsActivity : null,
      date: rest.newest,
      excerpt: null,
      source: null,
    },
    findings: [],
    exposure: exposureOf(rest.first.record),
  };
}

/** Only the listed items become drafts: a large export has hundreds of thousands of old ones. */
function contentDrafts(input: SuggestionInput, found: Map<string, FindingCode[]>): Draft[] {
  let selector = input.content;
  if (!selector) {
    selector = new ContentSelector();
    for (const record of input.records) {
      const item = contentItem(record, found.get(record.id) ?? []);
      if (item) selector.offer(item);
    }
  }
  const { listed, remainders } = selector.selection(input.cutoff);
  return [
    ...listed.map((candidate) => contentDraft(candidate, input)),
    ...remainders.map(([category, remainder]) => remainderDraft(input, category, remainder)),
  ];
}

function scored(draft: Draft, trainingSince: string): Suggestion {
  return {
    ...draft.suggestion,
    score: scoreOf({
      findings: draft.findings,
      priority: draft.suggestion.priority,
      exposure: draft.exposure,
      date: draft.suggestion.date,
      trainingSince,
    }),
    why: whyOf(draft, trainingSince),
    findings: draft.findings,
  };
}

/**
 * The deletion plan: settings first, then everything else by priority and, within a priority, by
 * score, highest first (plan/score.ts); equal ones keep the order resumes, saved answers,
 * application answers, profile, content, each by date.
 */
export function buildSuggestions(input: SuggestionInput): Suggestion[] {
  const found = findingCodesByRecord(input.findings);
  const ranked = [
    ...resumeDrafts(input, found),
    ...savedAnswerDrafts(input, found),
    ...applicationAnswerDrafts(input, found),
    ...profileDrafts(input, found),
    ...contentDrafts(input, found),
  ]
    .map((draft) => scored(draft, input.trainingSince))
    .sort(planOrder);
  return [...settingsSuggestions(input), ...ranked];
}

import { resumeReasonText } from '../messages.js';
import type { ResumeUse } from '../records/types.js';
import type { Resume } from './schema.js';
import { compareText } from '../util/compare.js';

export interface ResumeGroup {
  key: string;
  name: string;
  uses: ResumeUse[];
  firstUsed: string | null;
  lastUsed: string | null;
  companies: string[];
}

/** policy.md §2: resumes are distinct after percent-decoding, trimming and ignoring case. */
export function resumeKey(name: string): string {
  // Nothing more: `CV  2024.pdf` and `CV 2024.pdf` are two uploads LinkedIn keeps apart.
  return name.trim().toLowerCase();
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}

export function groupResumeUses(uses: readonly ResumeUse[]): ResumeGroup[] {
  const groups = new Map<string, ResumeUse[]>();
  for (const use of uses) {
    const key = resumeKey(use.name);
    // Pushed, not copied: 5,000 applications sending one resume copied the list 5,000 times.
    const group = groups.get(key);
    if (group) group.push(use);
    else groups.set(key, [use]);
  }
  return [...groups].map(([key, group]) => {
    const dates = group
      .map((use) => use.date)
      .filter((date): date is string => date !== null)
      .sort();
    return {
      key,
      name: mostCommon(group.map((use) => use.name.trim())),
      uses: group,
      firstUsed: dates[0] ?? null,
      lastUsed: dates.at(-1) ?? null,
      companies: [
        ...new Set(group.map((use) => use.company).filter((company) => company !== '')),
      ].sort(),
    };
  });
}

export interface StoredResumeText {
  name: string;
  file: string;
  row: number | null;
}

export interface AssessedResume {
  resume: Resume;
  /** Where the resume first appears in the export. */
  source: { file: string; row: number | null } | null;
}

/**
 * Marks resumes for deletion, the plan's first items after sensitive content (README, "old
 * resumes to delete first"): last used more than `olderThan` before the export, or superseded by
 * a resume used more recently. Listed with those to delete first, each group oldest first.
 */
export function assessResumes(
  groups: readonly ResumeGroup[],
  storedTexts: readonly StoredResumeText[],
  cutoff: string | null,
  olderThanText: string,
): AssessedResume[] {
  const newest = groups
    .map((group) => group.lastUsed)
    .filter((date): date is string => date !== null)
    .sort()
    .at(-1);
  const newestGroup = groups.find((group) => group.lastUsed !== null && group.lastUsed === newest);
  const fromApplications = groups.map((group): AssessedResume => {
    let status: Resume['status'];
    let reason: string;
    if (group.lastUsed !== null && cutoff !== null && group.lastUsed < cutoff) {
      status = 'old';
      reason = resumeReasonText.old({
        lastUsed: group.lastUsed,
        olderThan: olderThanText,
        cutoff,
      });
    } else if (group.lastUsed !== null && newest !== undefined && group.lastUsed < newest) {
      status = 'superseded';
      reason = resumeReasonText.superseded({ name: newestGroup?.name ?? '', date: newest });
    } else if (group.lastUsed === null) {
      status = 'undated';
      reason = resumeReasonText.undated();
    } else {
      status = 'current';
      reason = resumeReasonText.current();
    }
    const [firstUse] = group.uses;
    const resume: Resume = {
      name: group.name,
      source: 'applications',
      applications: group.uses.length,
      firstUsed: group.firstUsed,
      lastUsed: group.lastUsed,
      companies: group.companies,
      status,
      suggestDelete: status === 'old' || status === 'superseded',
      reason,
    };
    return { resume, source: firstUse ? { file: firstUse.file, row: firstUse.row } : null };
  });
  const fromStoredText = storedTexts.map((stored): AssessedResume => ({
    source: { file: stored.file, row: stored.row },
    resume: {
      name: stored.name,
      source: 'stored-text',
      applications: 0,
      firstUsed: null,
      lastUsed: null,
      companies: [],
      status: 'stored-text',
      suggestDelete: true,
      reason: resumeReasonText.storedText(),
    },
  }));
  // Undated ones last: an empty date would sort before every other.
  const byLastUse = (a: AssessedResume, b: AssessedResume) =>
    compareText(a.resume.lastUsed ?? '\uffff', b.resume.lastUsed ?? '\uffff');
  const sorted = fromApplications.sort(byLastUse);
  return [
    ...sorted.filter(({ resume }) => resume.suggestDelete),
    ...fromStoredText,
    ...sorted.filter(({ resume }) => !resume.suggestDelete),
  ];
}

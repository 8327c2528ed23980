import type { RecordKind } from '../catalog/record-kinds.js';
import type { ClassifiedRecord, ExposureReport, ReportWarning } from '../report/schema.js';
import type { DiffItem, ExportDiff } from './diff.js';

/**
 * `--redact`: a report safe to hand to an adviser. Names of other people, emails, phone numbers
 * and every free text become placeholders; counts, dates, categories, links to posts and the plan
 * stay, so the adviser sees what there is without reading it.
 */

export const placeholders = {
  person: '[person]',
  email: '[email]',
  phone: '[phone]',
  text: (length: number) => `[text: ${String(length)} chars]`,
  finding: (code: string) => `[${code}]`,
} as const;

/** Records whose text is someone else's name (connections, endorsements …). */
const personKinds: ReadonlySet<RecordKind> = new Set<RecordKind>([
  'connection',
  'invitation',
  'imported-contact',
  'member-follow',
  'endorsement-received',
  'endorsement-given',
  'connection-note',
]);

function redactText(kind: RecordKind, text: string | null): string | null {
  if (text === null) return null;
  if (personKinds.has(kind)) return placeholders.person;
  if (kind === 'email-address') return placeholders.email;
  if (kind === 'phone-number' || kind === 'whatsapp-number') return placeholders.phone;
  return placeholders.text(text.length);
}

/** A profile link names its person (`linkedin.com/in/jane-doe-1a2b`); post links do not. */
function redactLink(link: string | null): string | null {
  return link !== null && /linkedin\.com\/(?:in|pub)\//iu.test(link) ? placeholders.person : link;
}

/** Article files are named after their title (export-format.md §3.27): the title is free text. */
export function redactPath(path: string): string {
  const article = /^(.*\/)?([^/]*)\.html$/iu.exec(path);
  if (article === null) return path;
  return `${article[1] ?? ''}${placeholders.text(article[2]?.length ?? 0)}.html`;
}

// Warnings that quote export content: the quoted part goes, the rest of the sentence stays.
const quotingWarnings = new Set(['unparsed-dates', 'unrecognised-header']);

function redactWarning(warning: ReportWarning): ReportWarning {
  const file = warning.file === null ? null : redactPath(warning.file);
  let message = quotingWarnings.has(warning.code)
    ? warning.message.replace(
        /"([^"]*)"/gu,
        (_whole, quoted: string) => `"${placeholders.text(quoted.length)}"`,
      )
    : warning.message;
  // A warning about an article names its file, whose name is the article's title.
  if (warning.file !== null && file !== null && file !== warning.file) {
    message = message.replaceAll(warning.file, file);
    const title = /([^/]*)\.html$/iu.exec(warning.file)?.[1];
    if (title) message = message.replaceAll(title, placeholders.text(title.length));
  }
  return { ...warning, file, message };
}

function replaceAll(text: string, replacements: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [from, to] of replacements) if (from !== '') result = result.replaceAll(from, to);
  return result;
}

/** One record as `--redact` shows it: people's words, links and article titles out. */
export function redactRecord(record: ClassifiedRecord): ClassifiedRecord {
  return {
    ...record,
    text: redactText(record.kind, record.text),
    link: redactLink(record.link),
    source: { ...record.source, file: redactPath(record.source.file) },
  };
}

export function redactReport(report: ExposureReport): ExposureReport {
  // Stored-resume names are free text inside their suggestions' actions.
  const names = new Map<string, string>();
  const resumes = report.resumes.map((resume) => {
    if (resume.source !== 'stored-text') return resume;
    const name = placeholders.text(resume.name.length);
    names.set(resume.name, name);
    return { ...resume, name };
  });
  const orderedNames = new Map([...names].sort(([a], [b]) => b.length - a.length));
  /**
   * A suggestion's own excerpt, where its action or reason quotes it. Only that one, and only in
   * quotes: a short excerpt (a poll vote's "No") is also a piece of the tool's own words.
   */
  const withoutExcerpt = (text: string, excerpt: string | null) =>
    excerpt === null || excerpt === ''
      ? text
      : text.replaceAll(`"${excerpt}"`, `"${placeholders.text(excerpt.length)}"`);
  return {
    ...report,
    redacted: true,
    records: report.records.map(redactRecord),
    resumes,
    suggestions: report.suggestions.map((suggestion) => ({
      ...suggestion,
      action: replaceAll(withoutExcerpt(suggestion.action, suggestion.excerpt), orderedNames),
      reason: replaceAll(withoutExcerpt(suggestion.reason, suggestion.excerpt), orderedNames),
      excerpt: suggestion.excerpt === null ? null : placeholders.text(suggestion.excerpt.length),
      link: redactLink(suggestion.link),
      source:
        suggestion.source === null
          ? null
          : { ...suggestion.source, file: redactPath(suggestion.source.file) },
    })),
    findings: report.findings.map((finding) => ({
      ...finding,
      preview: placeholders.finding(finding.code),
    })),
    files: report.files.map((file) => ({ ...file, path: redactPath(file.path) })),
    warnings: report.warnings.map(redactWarning),
  };
}

/** `diff --redact`: excerpts become placeholders, profile links `[person]`, warnings as the report's. */
export function redactDiff(diff: ExportDiff): ExportDiff {
  const redactItem = <Item extends DiffItem>(item: Item): Item => ({
    ...item,
    link: redactLink(item.link),
    excerpt: item.excerpt === null ? null : placeholders.text(item.excerpt.length),
  });
  return {
    ...diff,
    deleted: diff.deleted.map(redactItem),
    remaining: diff.remaining.map(redactItem),
    added: diff.added.map(redactItem),
    unchecked: diff.unchecked.map(redactItem),
    warnings: diff.warnings.map((warning) => ({ ...redactWarning(warning), side: warning.side })),
  };
}

import type { DiffSide, UncheckedReason } from './plan/diff.js';
import type { Exposure } from './plan/exposure.js';
import type { ExportKind, FileStatus, Priority, Resume } from './report/schema.js';
import type { FindingCode } from './sensitive/codes.js';
import type { Scope } from './policy/schema.js';
import { latestExportDate } from './util/latest-export-date.js';

/**
 * Every sentence the tool says to a member, in one place. A new code without wording is a
 * compile error (`satisfies Record<…>`); detection code only ever produces codes and arguments.
 */

/** How `describeNonZip` (archive/sniff.ts) calls a file of comma-separated text. */
export const csvLooksLike = 'a CSV or text file';

const getYourData =
  'download it again from LinkedIn: Settings & Privacy → Data privacy → Get a copy of your data';

/** The page's folder button, which an error message tells the member to use (webText.page). */
const chooseFolder = 'choose the export folder…';

/** Headings of sections the reports and the page both have, so that they name them alike. */
const storedResumes = 'Stored resumes';
const warnings = 'Warnings';
/** Above the policy's notes: what its classification cannot settle (policy.md §2). */
const keepInMind = 'Keep in mind';

export interface ErrorArgs {
  NO_INPUT: Record<string, never>;
  /** `command`: the command a mistyped word comes close to (`suggestion`), if any. */
  FILE_NOT_FOUND: { path: string; command?: string | null; commandAfterOptions?: boolean };
  OPTION_FILE_NOT_FOUND: { option: string; path: string };
  FILE_UNREADABLE: { path: string; problem: string; option?: '--policy' | '--keep' };
  EMPTY_FILE: { name: string };
  NOT_A_ZIP: { name: string; looksLike: string | null };
  CORRUPT_ZIP: { name: string; damage: ZipDamage };
  ENCRYPTED_ZIP: { name: string };
  UNSUPPORTED_COMPRESSION: { name: string; file: string };
  NOT_AN_EXPORT: { name: string };
  NOTHING_READ: { name: string; problem: string };
  INVALID_POLICY: { source: string; problem: string };
  INVALID_OPTION: { option: string; value: string; expected: string };
  OUTPUT_EXISTS: { path: string };
  OUTPUT_IS_INPUT: { path: string; folder?: string };
  OUTPUT_UNWRITABLE: { path: string; problem: string };
  OUTPUT_IS_FOLDER: { path: string };
  OUTPUT_FOLDER_MISSING: { path: string; folder: string };
  WEB_NOT_BUILT: { dir: string };
  PORT_UNAVAILABLE: { port: number; problem: string };
  TOO_MANY_ENTRIES: { name: string; count: number; limit: number };
  FOLDER_TOO_MANY_FILES: { name: string; limit: number };
  NESTED_TOO_DEEP: { name: string; limit: number };
  INVALID_KEEP_LIST: { path: string; problem: string };
  USAGE: { problem: string };
}
export type ErrorCode = keyof ErrorArgs;

/** What is wrong with a ZIP that cannot be opened (archive/open-zip.ts reads jszip's error). */
export type ZipDamage = 'cut-short' | 'file-list' | 'structure';

const zipDamageText = {
  'cut-short': 'it ends too soon, as an interrupted download does',
  'file-list': 'its list of files is damaged',
  structure: 'it cannot be opened as a ZIP archive',
} satisfies Record<ZipDamage, string>;

/** A problem in the system's words (EACCES, ELOOP and the like), which say nothing of what to do. */
const systemRefusal = /^E[A-Z]+\b/u;
/** The system's refusal to let this account read a file: the file itself may be fine. */
const permissionRefusal = /^(?:EACCES|EPERM)\b/u;

export const errorText = {
  NO_INPUT: () =>
    'Give the LinkedIn export to analyze: the .zip LinkedIn emailed you, or its unzipped folder.',
  FILE_NOT_FOUND: ({ path, command, commandAfterOptions }) =>
    commandAfterOptions === true
      ? `${path} is a command: write it first, before the options and the export: linkedin-exposure ${path} <export> [options].`
      : command
        ? `${path} does not exist, and is no command: did you mean "linkedin-exposure ${command}"?`
        : // A bare word is most often the second word of an option's value: `--older-than 6 months`.
          /^\p{L}+$/u.test(path)
          ? `${path} does not exist: check the path of your LinkedIn export. If it belongs to an option, write the option's value as one word (--older-than 6m, not "6 months").`
          : `${path} does not exist: check the path of your LinkedIn export.`,
  OPTION_FILE_NOT_FOUND: ({ option, path }) =>
    `The ${option} file ${path} does not exist or cannot be read: check its path.`,
  FILE_UNREADABLE: ({ path, problem, option }) =>
    `${option === undefined ? path : `The ${option} file ${path}`} cannot be read (${problem})${systemRefusal.test(problem) ? ': check that your account may read it, or copy it to a folder of your own.' : '.'}`,
  EMPTY_FILE: ({ name }) =>
    `${name} is empty (0 bytes), probably an interrupted download: ${getYourData}.`,
  NOT_A_ZIP: ({ name, looksLike }) =>
    /\.csv$/iu.test(name) && looksLike === csvLooksLike
      ? `${name} is one file of an export, not the whole export: give the ZIP LinkedIn emailed you, or the folder it unzips to.`
      : `${name} is not a ZIP archive${looksLike ? ` (it looks like ${looksLike})` : ''}, so it is not a LinkedIn data export: ${getYourData}.`,
  CORRUPT_ZIP: ({ name, damage }) =>
    `${name} is damaged or incomplete (${zipDamageText[damage]}): ${getYourData}.`,
  ENCRYPTED_ZIP: ({ name }) =>
    `${name} is password-protected; LinkedIn's exports never are: give the original .zip LinkedIn emailed you.`,
  UNSUPPORTED_COMPRESSION: ({ name, file }) =>
    `${name} was zipped again with a compression LinkedIn never uses (${file} is neither stored nor deflated): give the original .zip LinkedIn emailed you, or zip the folder again with your system's own "Compress" (standard ZIP).`,
  NOT_AN_EXPORT: ({ name }) =>
    `${name} holds no LinkedIn export files, so it is not a LinkedIn data export: ${getYourData}.`,
  NOTHING_READ: ({ name, problem }) =>
    `None of the LinkedIn files in ${name} could be read. ${problem}`,
  INVALID_POLICY: ({ source, problem }) =>
    `The policy file ${source} is not valid: ${problem}. See docs/policy.md for the format.`,
  INVALID_OPTION: ({ option, value, expected }) =>
    `${option} "${value}" is not valid: expected ${expected}.`,
  OUTPUT_EXISTS: ({ path }) =>
    `${path} already exists: choose another --output file, or add --force to replace it.`,
  OUTPUT_IS_INPUT: ({ path, folder }) =>
    folder === undefined
      ? `--output ${path} is one of the inputs: choose another file, the export is never overwritten.`
      : `--output ${path} is inside the export ${folder}: choose a place outside it, nothing is ever written into the export.`,
  OUTPUT_UNWRITABLE: ({ path, problem }) =>
    `${path} cannot be written (${problem}): choose a folder you can write to, on a disk with free space.`,
  OUTPUT_IS_FOLDER: ({ path }) =>
    `--output ${path} is a folder: give the name of a file to write, such as ${path.replace(/[/\\]+$/u, '')}/report.csv.`,
  OUTPUT_FOLDER_MISSING: ({ path, folder }) =>
    `--output ${path} cannot be written: the folder ${folder} does not exist. Create it first, or choose another.`,
  WEB_NOT_BUILT: ({ dir }) =>
    `The web page is not built (${dir} has no index.html): run npm run build first.`,
  PORT_UNAVAILABLE: ({ port, problem }) =>
    `Port ${String(port)} cannot be used (${problem}): choose another with --port, or --port 0 for any free port.`,
  TOO_MANY_ENTRIES: ({ name, count, limit }) =>
    `${name} lists ${formatCount(count)} files, more than the ${formatCount(limit)} a LinkedIn export could hold (a ZIP bomb?); if it is really your export, raise --max-entries on the command line.`,
  FOLDER_TOO_MANY_FILES: ({ name, limit }) =>
    `${name} holds more than ${formatCount(limit)} files, more than a LinkedIn export could hold: give the export's own folder or its ZIP (if it is really your export, raise --max-entries on the command line).`,
  NESTED_TOO_DEEP: ({ name, limit }) =>
    `${name} holds ZIPs inside ZIPs deeper than ${String(limit)} levels and no export outside them; unzip it once yourself, or raise --max-depth on the command line.`,
  INVALID_KEEP_LIST: ({ path, problem }) =>
    `The keep-list ${path} cannot be used: ${problem}. Give suggestion ids one per line, or a suggestions CSV whose "decision" column says keep.`,
  USAGE: ({ problem }) =>
    `${problem}. Run linkedin-exposure --help for the commands, linkedin-exposure report --help (or diff --help …) for their options.`,
} as const satisfies { [Code in ErrorCode]: (args: ErrorArgs[Code]) => string };

export interface WarningArgs {
  'basic-only': Record<string, never>;
  'unknown-files': { count: number; examples: string };
  'new-columns': { file: string; columns: string; count: number };
  'missing-columns': { file: string; columns: string; count: number };
  'table-failed': { file: string; columns: string; count: number };
  'unrecognised-header': { file: string; firstLine: string };
  'unreadable-table': { file: string; problem: string };
  'unlisted-folder': { folder: string; problem: string };
  'zero-records': { file: string };
  'unparsed-dates': { file: string; column: string; count: number; example: string };
  'invalid-utf8': { file: string; count: number };
  'ragged-rows': { file: string; count: number };
  'rejoined-lines': { file: string; count: number };
  'unclosed-quote': { file: string; row: number };
  'duplicate-tables': { count: number; kept: string };
  'exports-of-different-days': { count: number; kind: 'complete' | 'basic'; dates: string };
  'exports-of-different-members': Record<string, never>;
  'exports-of-differently-named-members': Record<string, never>;
  'export-date-from-records': { date: string };
  'no-export-date': Record<string, never>;
  'nested-archive': { file: string };
  'unreadable-nested-archive': { file: string; problem: string };
  'article-without-date': { file: string };
  'nested-too-deep': { file: string; limit: number };
  'entry-declared-too-large': { file: string; size: string; limit: string };
  'entry-too-large': { file: string; limit: string };
  'entry-beyond-declared': { file: string; size: string };
  'entry-total-too-large': { file: string; limit: string };
  'entry-compression-ratio': { file: string; ratio: number };
  'row-too-long': { file: string; limit: string };
  'article-too-large': { file: string; limit: string };
  'nul-bytes': { file: string; count: number };
  'keep-list-unmatched': { count: number };
}
export type WarningCode = keyof WarningArgs;

export const warningText = {
  'basic-only': () =>
    'Only a Basic archive was given: posts, comments, reactions and articles arrive in the Complete archive, which LinkedIn emails within about a day. Analyze both together for the full picture.',
  'unknown-files': ({ count, examples }) =>
    `${plural(count, 'file')} ${count === 1 ? 'is' : 'are'} not known to this version and ${count === 1 ? 'was' : 'were'} not classified: ${examples}.`,
  'new-columns': ({ file, columns, count }) =>
    `LinkedIn changed ${file}: new column${count === 1 ? '' : 's'} ${columns}.`,
  'missing-columns': ({ file, columns, count }) =>
    `LinkedIn changed ${file}: ${count === 1 ? 'column' : 'columns'} ${columns} ${count === 1 ? 'is' : 'are'} missing; records were read without ${count === 1 ? 'it' : 'them'}.`,
  'table-failed': ({ file, columns, count }) =>
    `${file} could not be read: its header lacks the required ${count === 1 ? 'column' : 'columns'} ${columns}.`,
  'unrecognised-header': ({ file, firstLine }) =>
    `${file} could not be read: no line looks like a header this version knows (the file starts "${firstLine}").`,
  'unreadable-table': ({ file, problem }) =>
    // A file of an unzipped folder the system will not let us read is not damaged.
    permissionRefusal.test(problem)
      ? `${file} could not be read (${problem}): check that your account may read it; the rest of the export was read.`
      : `${file} could not be read (${problem}); the archive may be damaged: to read this file, ${getYourData}.`,
  'unlisted-folder': ({ folder, problem }) =>
    permissionRefusal.test(problem)
      ? `The folder ${folder} could not be opened (${problem}): check that your account may read it; its files are not in this report, the rest of the export was read.`
      : `The folder ${folder} could not be opened (${problem}); its files are not in this report, the rest of the export was read.`,
  'zero-records': ({ file }) => `${file} has content but yielded no records.`,
  'unparsed-dates': ({ file, column, count, example }) =>
    `${file}: ${count} value${count === 1 ? '' : 's'} in "${column}" could not be read as a date (e.g. "${example}"); those records have no date.`,
  'invalid-utf8': ({ file, count }) =>
    `${file} is not valid UTF-8: ${count} byte sequence${count === 1 ? ' was' : 's were'} replaced by �.`,
  'ragged-rows': ({ file, count }) =>
    `${file}: ${count} row${count === 1 ? ' has' : 's have'} a different number of fields than the header.`,
  'rejoined-lines': ({ file, count }) =>
    `${file}: re-joined ${plural(count, 'continuation line')} of multi-line text that LinkedIn wrote without quotes.`,
  'unclosed-quote': ({ file, row }) =>
    `${file}: row ${String(row)} opens a quote that is never closed, so the rest of the file was read as one value; records after it are missing.`,
  'duplicate-tables': ({ count, kept }) =>
    `${plural(count, 'file')} ${count === 1 ? 'is' : 'are'} in more than one of the archives; each table is counted once, from ${kept}.`,
  'exports-of-different-members': () =>
    'The archives given are of different LinkedIn accounts (their activity files carry different member numbers, as in Comments_<number>.csv), yet were read as one report: analyze each of your own exports on its own.',
  'exports-of-differently-named-members': () =>
    'The archives given seem to be of different LinkedIn accounts (their profiles carry different names), yet were read as one report, each table from one of them: analyze each of your own exports on its own.',
  'exports-of-different-days': ({ count, kind, dates }) =>
    `${formatCount(count)} ${kind === 'complete' ? 'Complete' : 'Basic'} exports of different days (${dates}) were read as one, each table from the newest: to see what changed between them, run linkedin-exposure diff with the older, then the newer.`,
  'export-date-from-records': ({ date }) =>
    `The archive name carries no export date; using the newest record's date, ${date} (on the command line, --as-of sets another).`,
  'no-export-date': () =>
    'No export date found (no dated archive name, no dated record); ages are not computed (on the command line, --as-of sets the date).',
  'nested-archive': ({ file }) => `Read the export inside ${file}.`,
  'unreadable-nested-archive': ({ file, problem }) =>
    `${file} looks like a ZIP inside the archive but cannot be opened (${problem}).`,
  'article-without-date': ({ file }) =>
    `${file}: no "Created on" line, so the article has no date.`,
  'nested-too-deep': ({ file, limit }) =>
    `${file} is a ZIP nested deeper than ${String(limit)} levels and was not opened (to open it, raise --max-depth on the command line).`,
  'entry-declared-too-large': ({ file, size, limit }) =>
    `${file} was not read: it declares ${size}, over the ${limit} limit for one file (to read it, raise --max-entry-size on the command line).`,
  'entry-too-large': ({ file, limit }) =>
    `${file} was not read: it inflates to more than the ${limit} limit for one file (to read it, raise --max-entry-size on the command line).`,
  'entry-beyond-declared': ({ file, size }) =>
    `${file} was not read: it holds more than the ${size} the archive declares for it, which only a damaged or tampered archive does (unzip and zip it again to read it).`,
  'entry-total-too-large': ({ file, limit }) =>
    `${file} was not read: the archive's files together inflate to more than ${limit} (to read it, raise --max-total-size on the command line).`,
  'entry-compression-ratio': ({ file, ratio }) =>
    `${file} was not read: it inflates to more than ${String(ratio)} times its compressed size, as a decompression bomb does (to read it, raise --max-ratio on the command line).`,
  'row-too-long': ({ file, limit }) =>
    `${file} was not read: one of its rows runs past ${limit}, far beyond any LinkedIn writes (a damaged or crafted file).`,
  'article-too-large': ({ file, limit }) =>
    `${file} was not read: the page is over ${limit}, far beyond any article LinkedIn writes (a damaged or crafted file).`,
  'nul-bytes': ({ file, count }) =>
    `${file} contains ${plural(count, 'NUL byte')}, which no LinkedIn export writes; they were removed.`,
  'keep-list-unmatched': ({ count }) =>
    `${plural(count, 'id')} of the keep-list match${count === 1 ? 'es' : ''} no suggestion of this export (deleted since, or from another account's plan).`,
} as const satisfies { [Code in WarningCode]: (args: WarningArgs[Code]) => string };

export interface SuggestionArgs {
  'old-resume': { name: string };
  'superseded-resume': { name: string };
  'stored-resume-text': { name: string };
  'saved-answers': { count: number };
  post: { date: string };
  article: { date: string };
  'article-draft': { date: string };
  comment: { date: string; excerpt: string };
  'poll-vote': { date: string };
  'instant-repost': { date: string };
  'in-group': Record<string, never>;
  'other-saved-answers': { count: number };
  'saved-answer-finding': { excerpt: string };
  'application-answer-finding': { excerpt: string; count: number };
  'profile-finding': { findings: string };
  'more-content': { count: number; label: string; olderThan: string };
}
export type SuggestionCode = keyof SuggestionArgs;

/** The action of each deletion suggestion (policy.md §3 says where the member acts). */
export const suggestionActionText = {
  'old-resume': ({ name }) => `Delete the stored resume "${name}"`,
  'superseded-resume': ({ name }) => `Delete the superseded resume "${name}"`,
  'stored-resume-text': ({ name }) => `Delete the stored ${name}`,
  'saved-answers': ({ count }) =>
    `Delete your ${plural(count, 'saved application answer')}, or turn saving off`,
  post: ({ date }) => `Delete your post of ${date} ("…" menu → Delete post)`,
  article: ({ date }) => `Delete your article of ${date}`,
  'article-draft': ({ date }) =>
    `Delete your unpublished article draft of ${date} (among your drafts in LinkedIn's article editor)`,
  comment: ({ date, excerpt }) =>
    `Open the post, find your comment of ${date} ("${excerpt}") and delete it ("…" → Delete)`,
  'poll-vote': ({ date }) => `Remove your poll vote of ${date} where LinkedIn allows`,
  'instant-repost': ({ date }) => `Undo your repost of ${date}`,
  'in-group': () => '(in a LinkedIn group)',
  'other-saved-answers': ({ count }) =>
    `Delete your ${plural(count, 'other saved application answer')}, or turn saving off`,
  'saved-answer-finding': ({ excerpt }) =>
    `Delete the saved answer "${excerpt}" (Job application settings → saved answers)`,
  'application-answer-finding': ({ excerpt, count }) =>
    `Your answer "${excerpt}" went with ${count === 1 ? 'a job application' : `${formatCount(count)} job applications`}, which cannot be deleted in the settings: delete the saved answer it was filled from (Job application settings → saved answers) so it is not sent again`,
  'profile-finding': ({ findings }) =>
    `Edit your profile: remove the ${findings} from your headline or summary`,
  // `label` is the category's, plural; "more of your" reads for one item as for thousands. The
  // page and the CLI both list the records (a download, a command), so neither is named.
  'more-content': ({ count, label, olderThan }) =>
    `Delete ${formatCount(count)} more of your ${label} older than ${ageText(olderThan)} (each is in the full list of records)`,
} as const satisfies { [Code in SuggestionCode]: (args: SuggestionArgs[Code]) => string };

export const suggestionReasonText = {
  olderThan: ({ label, olderThan }: { label: string; olderThan: string }) =>
    `${label}, older than ${ageText(olderThan)}, in scope for AI training.`,
  beforeTraining: ({ trainingSince }: { trainingSince: string }) =>
    ` Dated before ${trainingSince}: it may already be in trained models; deleting it keeps it out of future training.`,
  savedAnswers: () =>
    'Saved answers are in scope for training (LinkedIn names screening responses); they are re-used to fill in applications.',
} as const;

// Sensitive content (issue 7, docs/sensitive-content.md): labels of findings, of where an item
// sits, the short "why" of each suggestion, and the sentences of the report sections and `diff`.

/** What each finding code is called in reports ("phone number; feed post; …"). */
export const findingLabel = {
  email: 'email address',
  phone: 'phone number',
  'postal-address': 'postal address',
  'birth-date': 'birth date',
  iban: 'bank account number (IBAN)',
  'payment-card': 'payment card number',
  'us-ssn': 'US Social Security number',
  'uk-nino': 'UK National Insurance number',
  'in-aadhaar': 'Aadhaar number',
  'in-pan': 'Indian PAN',
  'passport-number': 'passport number',
  health: 'health',
  disability: 'disability',
  'ethnic-origin': 'racial or ethnic origin',
  'political-opinion': 'political opinions',
  religion: 'religion or beliefs',
  'trade-union': 'trade-union membership',
  'sexual-orientation': 'sexual orientation',
  'criminal-record': 'criminal record',
  'work-authorisation': 'visa or work-permit status',
  salary: 'salary figure',
} as const satisfies Record<FindingCode, string>;

/** Where an item sits, in the "why" of its suggestion. */
export const exposureLabel = {
  profile: 'on your profile',
  article: 'published article',
  'article-draft': 'unpublished article draft',
  post: 'feed post',
  comment: 'comment',
  'group-post': 'group post',
  'group-comment': 'comment in a group',
  'stored-resume': 'stored resume',
  'saved-answer': 'saved answer',
  'saved-answers': 'saved answers',
  'application-answer': 'application answer',
  'poll-vote': 'poll vote',
  repost: 'repost',
} as const satisfies Record<Exposure, string>;

export const whyText = {
  beforeTraining: () => 'before training start',
  setting: () => 'account setting',
  moreFindings: ({ count }: { count: number }) => `+${formatCount(count)} more`,
  undated: () => 'unknown date',
} as const;

/** `findings` is a list of finding labels (`phone number, health`): after a colon, no articles. */
export const sensitiveReasonText = {
  content: ({ label, findings }: { label: string; findings: string }) =>
    `${label}; found in it: ${findings}. In scope for AI training, and worth deleting whatever its age.`,
  profile: ({ findings }: { findings: string }) =>
    `Your profile is in scope for AI training and shown to everyone; found in it: ${findings}.`,
  savedAnswer: ({ findings }: { findings: string }) =>
    `A saved answer is in scope for AI training and re-used in applications; found in it: ${findings}.`,
  applicationAnswer: ({ findings }: { findings: string }) =>
    `Answers sent with job applications are counted in scope for AI training (LinkedIn names screening responses; one tied to a single application may instead fall under its exclusion of job application data); found in this one: ${findings}.`,
} as const;

/**
 * The export's date in a report's heading, and the day ages are counted from when `--as-of` set
 * another: the export stays dated as LinkedIn dated it. An archive whose name carries no date is
 * not called dated: its day came from the newest record or from `--as-of`.
 */
export function exportDateText(report: {
  exportDate: string | null;
  inputs: readonly { exportDate: string | null }[];
}): string {
  const newest = latestExportDate(report.inputs);
  if (report.exportDate === null) return 'export date unknown';
  if (newest === null)
    return `no export date in the archive name; ages counted from ${report.exportDate}`;
  return newest === report.exportDate
    ? `export date ${report.exportDate}`
    : `export date ${newest}; ages counted from ${report.exportDate} (--as-of)`;
}

/** The part of an error message that says what is wrong with the file given (`problem`). */
export const problemText = {
  /** `linkedin-exposure help nothing`: commander showed the general help, as for an error. */
  noSuchHelpTopic: ({ name }: { name: string }) => `there is no command '${name}' to show help for`,
  device: () => 'it is a device, not a file or a folder',
  /** A ZIP inside the archive: what is wrong with it, without the advice meant for the archive. */
  damagedZip: ({ damage }: { damage: ZipDamage }) => zipDamageText[damage],
  encryptedZip: () => 'it is password-protected',
  unsupportedCompression: () => 'it uses a compression LinkedIn never uses',
  folderNotFile: () => 'it is a folder: give the file inside it',
  endlessStream: () => 'it is a stream that holds more than 2 GiB',
  /** The CLI reads a ZIP's large entries when it needs them (src/cli/archive-read.ts). */
  archiveChanged: () =>
    'it changed while it was being read: wait until it is saved, then run again',
  keepListWithoutDecision: () => 'its header has an "id" column but no "decision" column',
  keepListLine: ({ line, text }: { line: number; text: string }) =>
    `line ${String(line)} is no suggestion id ("${text}")`,
  // A --policy file that zod reads but that breaks the classification's own rules.
  policyCategoryMissing: ({ id }: { id: string }) => `category "${id}" is missing`,
  policyCategoryScope: ({ id, scope }: { id: string; scope: Scope }) =>
    `category "${id}" must have scope "${scope}"`,
  policyUnknownCategory: ({ id }: { id: string }) => `unknown category "${id}"`,
  policyKindsWithoutRule: ({ kinds }: { kinds: readonly string[] }) =>
    `no rule without "when" for record kinds: ${kinds.join(', ')}`,
  /** A file the page was given that the browser will not hand over (moved since it was chosen). */
  browserUnreadable: () =>
    `the browser could not read it: was it moved since it was chosen? Choose the .zip again, or the unzipped folder with "${chooseFolder}"`,
} as const;

/** A scope as the reports name it (the page capitalises it on its badges). */
export const scopeLabel = {
  'in-scope': 'in scope',
  excluded: 'excluded',
  'not-named': 'not named',
} as const satisfies Record<Scope, string>;

/** What the command line says besides reports and errors. */
export const cliText = {
  wrote: ({ file }: { file: string }) => `Wrote ${file}.`,
  /** The program's help lists commands only: where the options a newcomer looks for are. */
  optionsPointer:
    'Each command has its options (--format, --output, --region, --keep …): linkedin-exposure report --help.',
  /** What a failed write to stdout names as its file (`> report.csv` on a full disk). */
  standardOutput: 'the output',
  browserFailed: ({ command, url }: { command: string; url: string }) =>
    `Could not start a browser (${command}); open ${url} yourself.`,
  serving: ({ url }: { url: string }) =>
    `${url}\n` +
    'The linkedin-exposure page is served on this computer only. Open the address above in\n' +
    'your browser and drop your export ZIP(s): they are read by the page, never uploaded.\n' +
    'Press Ctrl+C to stop.',
  unexpectedFailure: ({ detail }: { detail: string }) =>
    `unexpected failure, please report it with this text:\n${detail}`,
} as const;

/** The report's totals as the CLI's sentence and the page's tiles both name them. */
const totalsLabel = {
  inScope: 'in scope for AI training',
  excluded: 'excluded',
  notNamed: 'not named by the policy',
} as const;

/** Sentences of the report that the table and the Markdown formats both write. */
export const reportText = {
  /** `strong` sets the in-scope count as the format does (bold in the table and in Markdown). */
  totals: ({
    inScope,
    excluded,
    notNamed,
    records,
    strong,
  }: {
    inScope: number;
    excluded: number;
    notNamed: number;
    records: number;
    strong: (count: string) => string;
  }) =>
    `${strong(formatCount(inScope))} ${inScope === 1 ? 'record' : 'records'} ${totalsLabel.inScope}, ${formatCount(excluded)} ${totalsLabel.excluded}, ${formatCount(notNamed)} ${totalsLabel.notNamed} (${formatCount(records)} in all).`,
  noResumes: () => 'No stored resumes found.',
  planHeading: ({ count }: { count: number }) => `Deletion plan (${plural(count, 'suggestion')})`,
} as const;

/** The CLI's reports name an export's kind by the word its JSON and CSV carry. */
const exportKindWord = {
  basic: 'basic',
  complete: 'complete',
  'basic+complete': 'basic+complete',
  unknown: 'unknown',
} as const satisfies Record<ExportKind, string>;

/**
 * The words of the CLI's table and Markdown formats (src/format) around reportText's sentences:
 * headings, column heads, labels. Each format adds only its syntax (bold, `## `, `|`, `- **`).
 */
export const formatText = {
  title: 'LinkedIn exposure report',
  /** Each line of the report's heading starts with its label. */
  label: { export: 'Export:', policy: 'Policy:', region: 'Region:' },
  /** An archive read; `name` escaped as the format needs. */
  input: ({ name, kind }: { name: string; kind: ExportKind }) =>
    `${name} (${exportKindWord[kind]})`,
  /**
   * `trainingSince` is the report's: the region's training start, or without a region the
   * policy's effective date (analyze.ts).
   */
  region: ({ label, trainingSince }: { label: string | null; trainingSince: string }) =>
    label === null
      ? `training counted from the policy's effective date ${trainingSince} (set --region for yours)`
      : `${label}: training since ${trainingSince}`,
  heading: {
    summary: 'Summary',
    notes: keepInMind,
    resumes: storedResumes,
    /** The files that failed or that this version does not know. */
    filesNotRead: 'Files not read',
    warnings,
  },
  columns: {
    categories: ({ trainingSince }: { trainingSince: string }) => [
      'Category',
      'Scope',
      'Records',
      'Earliest',
      'Latest',
      `Before ${trainingSince}`,
    ],
    findings: ['What', 'Items', 'Findings', 'Example'],
    resumes: ['Resume', 'Uses', 'Last used', 'Suggest', 'Why'],
    plan: ['#', 'Priority', 'Action', 'Why', 'Link'],
    files: ['File', 'Status', 'Note'],
    records: ['Date', 'Category', 'Scope', 'File', 'Text'],
    diff: ['Date', 'Category', 'Found', 'Excerpt', 'Link'],
  },
  /** A resume's Suggest column. */
  suggest: { delete: 'delete', keep: 'keep' },
  priority: { high: 'high', medium: 'medium', low: 'low' } satisfies Record<Priority, string>,
  fileStatus: {
    parsed: 'parsed',
    empty: 'empty',
    unknown: 'unknown',
    failed: 'failed',
  } satisfies Record<FileStatus, string>,
  /** The label of a link to an item on LinkedIn, where its address would not fit. */
  open: 'open',
  /** A flagged item of the sensitive section; `labels` already set in bold. */
  flagged: ({
    labels,
    where,
    previews,
  }: {
    labels: string;
    where: string;
    previews: readonly string[];
  }) => `${labels} in ${where}: ${previews.map((preview) => `“${preview}”`).join(', ')}`,
  /** Where a flagged item sits: `feed post of 2024-03-01`. */
  where: ({ exposure, date }: { exposure: string; date: string | null }) =>
    date === null ? exposure : `${exposure} of ${date}`,
  planOrder: () =>
    'Settings first, then everything else by priority (high, medium, low), each priority by score, highest first.',
  /** After a suggestion's action. */
  planItem: ({ priority, score, why }: { priority: string; score: number | null; why: string }) =>
    `(${priority}${score === null ? '' : `, score ${String(score)}`}: ${why})`,
  /** Under the table's first suggestions. */
  planMore: ({ count }: { count: number }) =>
    `… and ${formatCount(count)} more: run the "suggestions" command for the whole plan (or --format csv).`,
  recordsHeading: 'Records',
  /** After the records, counted as they were written. */
  recordsCount: ({ count }: { count: number }) => `${plural(count, 'record')}.`,
  /** The end of a CSV cell cut to what a spreadsheet cell holds. */
  cellCut: ({ length }: { length: number }) =>
    `… [cut: ${formatCount(length)} characters in the export]`,
} as const;

/** The short note beside a file in the report's list of files. */
export const fileNoteText = {
  operatingSystem: () => 'operating-system file, not export data',
  unknown: () => 'not a file this version knows',
  duplicate: ({ kept }: { kept: string }) => `also in ${kept}; counted once from there`,
  missingColumns: ({ columns }: { columns: string }) => `missing columns: ${columns}`,
  noKnownHeader: () => 'no known header',
  notRead: () => 'not read',
  declaresTooMuch: ({ size }: { size: string }) => `not read: declares ${size}`,
  tooLarge: ({ limit }: { limit: string }) => `not read: over ${limit}`,
  beyondDeclared: ({ size }: { size: string }) =>
    `not read: holds more than the ${size} it declares`,
  totalTooLarge: ({ limit }: { limit: string }) => `not read: total over ${limit}`,
  ratio: ({ ratio }: { ratio: number }) => `not read: compression ratio over ${String(ratio)}:1`,
  rowTooLong: ({ limit }: { limit: string }) => `not read: a row over ${limit}`,
} as const;

/** Why a stored resume is marked as it is (report/resumes.ts). */
export const resumeReasonText = {
  old: ({ lastUsed, olderThan, cutoff }: { lastUsed: string; olderThan: string; cutoff: string }) =>
    // The cutoff, not "the export date": --as-of may count ages from another day.
    `Last used ${lastUsed}: older than ${ageText(olderThan)} (used before ${cutoff}).`,
  superseded: ({ name, date }: { name: string; date: string }) =>
    `Superseded by "${name}", used on ${date}.`,
  undated: () => 'Applications with this resume carry no date.',
  current: () => 'Your most recently used resume: in scope while it stays stored on your account.',
  /** The name a stored resume text is listed by: its asset name is an opaque id. */
  storedTextName: ({ number, excerpt }: { number: number; excerpt: string }) =>
    `resume text ${String(number)}: ${excerpt}`,
  storedText: () =>
    'Text of an uploaded resume, stored on your account: in scope; delete it unless you still use it.',
} as const;

/** The table report's list of files it did not read. */
export const filesSectionText = {
  more: ({ count }: { count: number }) =>
    `… and ${plural(count, 'more file')} not read (--format json lists every file).`,
} as const;

/** The sensitive section's words the CLI and the page share; each adds where to read or look more. */
const noSensitiveContent =
  'No sensitive content found in your posts, comments, answers, resume text and profile';
const valuesMasked = 'Numbers, addresses and emails are masked';

/** The sentences of the report's sensitive-content section and of the plan's footer. */
export const sensitiveSectionText = {
  heading: () => 'Sensitive content in what is trained on',
  none: () => `${noSensitiveContent} (what the detectors cover: docs/sensitive-content.md).`,
  summary: ({ findings, records }: { findings: number; records: number }) =>
    `${plural(findings, 'finding')} in ${plural(records, 'item')} in scope for AI training.`,
  masked: () => `${valuesMasked}; add --show-values to see them.`,
  shown: () => 'Values are shown in full (--show-values): do not share this report as it is.',
  redacted: () => `${valuesMasked}, and people's words and names replaced (--redact).`,
  /** After the findings: how their values are shown (`--redact` refuses `--show-values`). */
  note: (report: { valuesShown: boolean; redacted: boolean }) =>
    report.valuesShown
      ? sensitiveSectionText.shown()
      : report.redacted
        ? sensitiveSectionText.redacted()
        : sensitiveSectionText.masked(),
  /** On stderr, for outputs that carry no such line of their own (CSV, JSON, the plan). */
  shownOutput: () => 'Values are shown in full (--show-values): do not share this output as it is.',
  kept: ({ count }: { count: number }) =>
    `${plural(count, 'suggestion')} ${count === 1 ? 'is' : 'are'} hidden by your keep-list.`,
} as const;

/** `diff`: what disappeared between two exports, what of the plan is left, what is new. */
export const diffText = {
  heading: ({ older, newer }: { older: string; newer: string }) =>
    `Changes between the export of ${older} and the export of ${newer}`,
  deleted: ({ count }: { count: number }) =>
    `Deleted since (${formatCount(count)}): in the older export, gone from the newer one`,
  remaining: ({ count }: { count: number }) =>
    `Still there (${formatCount(count)}): suggested for deletion by the older export's plan, still in the newer one`,
  added: ({ count }: { count: number }) => `New (${formatCount(count)}): in the newer export only`,
  unchecked: ({ count }: { count: number }) =>
    `Not checked (${formatCount(count)}): in the older export, gone from the newer one, but from files the newer export did not hold or read in full, so not known to be deleted`,
  /** Why the items of the "not checked" group could not be checked, one sentence per reason. */
  uncheckedReason: {
    'basic-export': ({ count }: { count: number }) =>
      `${plural(count, 'item')} ${count === 1 ? 'comes' : 'come'} from files only a Complete export holds (posts, comments, reactions, articles …), and the newer export is a Basic one: compare with a newer Complete export to check ${count === 1 ? 'it' : 'them'}.`,
    'not-read': ({ count }: { count: number }) =>
      `${plural(count, 'item')} ${count === 1 ? 'comes' : 'come'} from files the newer export holds but could not read in full (see the warnings): download the newer export again to check ${count === 1 ? 'it' : 'them'}.`,
    'file-missing': ({ count }: { count: number }) =>
      `${plural(count, 'item')} ${count === 1 ? 'comes' : 'come'} from files the newer export does not hold at all: LinkedIn leaves a file out when nothing is left in it, but not only then, so look for ${count === 1 ? 'it' : 'them'} on LinkedIn to check.`,
  } satisfies Record<UncheckedReason, (args: { count: number }) => string>,
  /** A warning of one of the two analyses, or of the diff itself (`both`). */
  warning: ({ side, message }: { side: DiffSide; message: string }) =>
    side === 'both' ? message : `${side === 'older' ? 'Older' : 'Newer'} export: ${message}`,
  sameExport: ({ date }: { date: string }) =>
    `Both exports are of ${date} and hold the same items: this compares an export with itself. To see what your deletions changed, compare with an export downloaded after them.`,
  differentMembers: () =>
    `The two exports are of different LinkedIn accounts (their activity files carry different member numbers, as in Comments_<number>.csv), so what is listed as deleted or new says nothing about your deletions: compare two exports of your own account.`,
  differentProfiles: () =>
    `The two exports' profiles carry different names: they seem to be of different people, and then what is listed as deleted or new says nothing about your deletions. Compare two exports of your own account.`,
  addedNotChecked: ({ count, olderIsBasic }: { count: number; olderIsBasic: boolean }) =>
    `${plural(count, 'item')} listed as new ${count === 1 ? 'comes' : 'come'} from files the older export did not hold or read in full${olderIsBasic ? ' (it is a Basic export, which holds no posts, comments or reactions)' : ''}: ${count === 1 ? 'it' : 'they'} may be older than that export rather than new.`,
  nothing: () => 'None.',
  notCheckable: ({ count }: { count: number }) =>
    `${plural(count, 'suggestion')} of the older plan (settings, resumes named in applications, the saved-answers setting) cannot be checked from an export.`,
  newerIsOlder: ({ older, newer }: { older: string; newer: string }) =>
    `The "newer" export (${newer}) is dated before the "older" one (${older}): give the older export first`,
} as const;

/**
 * A count as the reports and the page write it, `1,204`. Grouped here rather than by an
 * `Intl.NumberFormat`, whose ICU data cost every start of the CLI some 25 ms when this module
 * built one as it loaded (docs/performance.md, "Start-up"). Counts are whole numbers.
 */
export function formatCount(value: number): string {
  const digits = String(value);
  return Number.isInteger(value) ? digits.replace(/\B(?=(?:\d{3})+$)/gu, ',') : digits;
}

const ageUnits: Readonly<Record<string, string>> = { d: 'day', w: 'week', m: 'month', y: 'year' };

/** An `--older-than` age in words, `6m` → `6 months` (`6m` reads as minutes); else as given. */
function ageText(age: string): string {
  const [, count, unit] = /^\s*(\d+)\s*([dwmy])\s*$/iu.exec(age) ?? [];
  const word = unit === undefined ? undefined : ageUnits[unit.toLowerCase()];
  return count === undefined || word === undefined ? age : plural(Number(count), word);
}

/** `1 record`, `1,204 records` */
function plural(value: number, one: string, many = `${one}s`): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A scope on the page's badges: the reports' words, at the start of a line. */
const scopeBadge = {
  'in-scope': capitalised(scopeLabel['in-scope']),
  excluded: capitalised(scopeLabel.excluded),
  'not-named': capitalised(scopeLabel['not-named']),
} as const satisfies Record<Scope, string>;

/**
 * The web page's words (src/web): all its script writes, and the few words its markup shares
 * with the script, which vite.config.ts writes into index.html from `page` so the two cannot
 * drift. The page's static text stays in index.html.
 */
export const webText = {
  /** In index.html as `{{key}}` (vite.config.ts), and written by the script too. */
  page: {
    /** The timeline's section heading, also its table's caption. */
    timelineHeading: 'In-scope records per month',
    resumesHeading: storedResumes,
    filesHeading: 'Files in the export',
    /** The folder button, which the message about an unreadable file names (problemText). */
    chooseFolder,
    /** The sensitive section's heading, also its table's caption: the reports' words. */
    sensitiveHeading: sensitiveSectionText.heading(),
  },
  /** A count beside a heading: `(1,204)`. */
  headingCount: ({ count }: { count: number }) => `(${formatCount(count)})`,
  /** A table cell that has no value. */
  empty: '—',
  progress: {
    reading: ({ names }: { names: string }) => `Reading ${names}…`,
    readingFile: ({ file, done, total }: { file: string; done: number; total: number }) =>
      `Reading ${file} (file ${formatCount(done + 1)} of ${formatCount(total)})`,
    preparing: 'Preparing the report…',
  },
  settings: {
    applying: 'Applying the new settings…',
    applyingPercent: ({ percent }: { percent: number }) =>
      `Applying the new settings… ${String(percent)}%`,
    regionNotSet: ({ effectiveDate }: { effectiveDate: string }) => `Not set (${effectiveDate})`,
    region: ({ label, trainingSince }: { label: string; trainingSince: string }) =>
      `${label} (since ${trainingSince})`,
    /** The `--older-than` choices, in the order the page offers them. */
    olderThan: {
      '1m': '1 month',
      '3m': '3 months',
      '6m': '6 months',
      '1y': '1 year',
      '2y': '2 years',
      '5y': '5 years',
    },
  },
  /** Said to screen readers (the page's live region) when something changes out of sight. */
  announce: {
    report: ({ ready, records, inScope }: { ready: boolean; records: number; inScope: number }) =>
      `Report ${ready ? 'ready' : 'updated'}: ${plural(records, 'record')}, ${formatCount(inScope)} ${totalsLabel.inScope}.`,
    preparingRecords: 'Preparing the records CSV: the export is read again.',
    recordsReady: 'The records CSV is ready: its download has started.',
    recordsFailed: 'The records CSV could not be made; the report stays.',
    recordsCancelled: 'The records CSV was cancelled by the new settings.',
    cancelled: 'Cancelled: nothing was kept.',
    cleared: 'Cleared: the export and its report are no longer in this page.',
  },
  errors: {
    /** The core's one-line message about the input follows: the member's to fix. */
    cannotAnalyze: 'This file cannot be analyzed',
    /** A failure of ours: the text asks for a report rather than a fix. */
    wentWrong: 'Something went wrong',
    reportIt: ({ message }: { message: string }) => `Please report it with this text: ${message}`,
    couldNotStart: ({ problem }: { problem: string }) =>
      `The analysis could not start: ${problem}.`,
    stopped: ({ problem }: { problem: string }) => `The analysis stopped: ${problem}.`,
    /** The browser's error event may carry no message of its own. */
    workerFailed: 'the Worker could not run',
  },
  summary: {
    exportKind: {
      basic: 'Basic export',
      complete: 'Complete export',
      'basic+complete': 'Basic and Complete export',
      unknown: 'Export of unknown kind',
    } satisfies Record<ExportKind, string>,
    /** After the export kind, in bold. */
    exportDate: ({ exportDate }: { exportDate: string | null }) =>
      exportDate ? `, ages counted from ${exportDate}.` : ', no export date found.',
    archives: 'Archives read',
    /** After an archive's name. */
    archive: ({ kind, exportDate }: { kind: string; exportDate: string | null }) =>
      ` (${kind}${exportDate ? `, ${exportDate}` : ''})`,
    region: ({ label, trainingSince }: { label: string; trainingSince: string }) =>
      `${label}: LinkedIn has trained on members' data here since ${trainingSince}, unless they turned the setting off.`,
    noRegion: ({ trainingSince }: { trainingSince: string }) =>
      `Counted from ${trainingSince}, the policy's date; choose your region above for your own training start.`,
    totals: {
      inScope: totalsLabel.inScope,
      excluded: totalsLabel.excluded,
      notNamed: totalsLabel.notNamed,
      records: 'records in all',
    },
    notes: keepInMind,
    warnings: ({ count }: { count: number }) => `${warnings} (${formatCount(count)})`,
  },
  categories: {
    badge: scopeBadge,
    /** The groups of cards, one per scope. */
    group: {
      'in-scope': {
        title: 'In scope for AI training',
        description:
          'LinkedIn names these among the data its content-generating AI models train on.',
      },
      excluded: {
        title: 'Excluded from training',
        description: 'The policy says these are not used to train its models.',
      },
      'not-named': {
        title: 'Not named by the policy',
        description:
          'The policy neither includes nor excludes these; they are counted so nothing is hidden.',
      },
    } satisfies Record<Scope, { title: string; description: string }>,
    /** After the count, which the card shows large. */
    records: ({ count }: { count: number }) => (count === 1 ? ' record' : ' records'),
    noDates: 'No dates',
    /** Between the earliest and the latest date. */
    dateTo: ' to ',
    nothingFound: 'Nothing found in this export.',
    /** Before the date training starts from. */
    datedBefore: ({ count }: { count: number }) => `${plural(count, 'record')} dated before `,
  },
  timeline: {
    caption: ({
      dated,
      first,
      last,
      busiest,
      busiestCount,
    }: {
      dated: number;
      first: string;
      last: string;
      busiest: string;
      busiestCount: number;
    }) =>
      `${plural(dated, 'dated in-scope record')} from ${first} to ${last}; ` +
      `the busiest month is ${busiest} with ${formatCount(busiestCount)}.`,
    undated: ({ count }: { count: number }) =>
      `${plural(count, 'in-scope record')} without a date ${count === 1 ? 'is' : 'are'} not on the chart.`,
    noDates: 'No in-scope record in this export has a date.',
    markers: 'Policy dates on the chart',
    /** After the marker's date. */
    marker: ({ regions, effective }: { regions: string; effective: boolean }) =>
      effective
        ? `: the policy takes effect; training starts for ${regions}`
        : `: training starts for ${regions}`,
    countedFrom: ' (the date this report counts from)',
    showNumbers: 'Show the numbers per month',
    month: 'Month',
    /** The table's column, and the chart's series. */
    inScopeRecords: 'In-scope records',
    readoutHint: 'Point at a bar to see its month and count.',
    readout: ({ month, count }: { month: string; count: number }) =>
      `${month}: ${plural(count, 'in-scope record')}`,
  },
  resumes: {
    none: 'No stored resumes were found in this export.',
    columns: {
      resume: 'Resume',
      status: 'Status',
      uses: 'Uses',
      lastUsed: 'Last used',
      suggestion: 'Suggestion',
      why: 'Why',
    },
    status: {
      old: 'Old',
      superseded: 'Superseded',
      current: 'Current',
      undated: 'Undated',
      'stored-text': 'Stored text',
    } satisfies Record<Resume['status'], string>,
    delete: 'Delete',
    keep: 'Keep',
  },
  /** The report's sensitive section (format/findings-summary.ts shapes its rows, as for the CLI). */
  sensitive: {
    summary: sensitiveSectionText.summary,
    // The page has no --show-values and no docs folder beside it: the reports' sentences end
    // here with what the page can say instead.
    masked: `${valuesMasked}; this page never shows them.`,
    none: `${noSensitiveContent}.`,
  },
  plan: {
    nothing: 'Nothing to do.',
    settingsFirst: 'First, change these settings',
    thenDelete: 'Then delete these items',
    priority: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<Priority, string>,
    openOnLinkedIn: 'Open on LinkedIn',
    /** Read out after the link's name; not shown. */
    newTab: ' (opens a new tab)',
    dated: ({ date }: { date: string }) => `Dated ${date}`,
    source: ({ file, row }: { file: string; row: number | null }) =>
      row === null ? file : `${file}, row ${String(row)}`,
    showAll: ({ count }: { count: number }) => `Show all ${formatCount(count)} items`,
    /** Before the suggestion's `why`, as the reports' Why column heads it. */
    why: `${formatText.columns.plan[3]}:`,
  },
  files: {
    columns: {
      file: 'File',
      archive: 'Archive',
      status: 'Status',
      records: 'Records',
      categories: 'Categories',
      note: 'Note',
    },
    status: {
      parsed: 'Read',
      empty: 'Empty',
      unknown: 'Not known',
      failed: 'Failed',
    } satisfies Record<FileStatus, string>,
  },
  downloads: {
    /** Each file offered, by its kind. */
    kind: {
      suggestions: {
        title: 'Deletion plan (CSV)',
        hint: 'with an empty "decision" column for you',
      },
      records: {
        title: 'All records (CSV)',
        hint: 'one row per record, with its category and reason',
      },
      resumes: { title: 'Resumes (CSV)', hint: 'stored resumes, the old ones marked' },
      report: { title: 'Report (JSON)', hint: 'the summary, for other tools' },
    },
    /** The records CSV's hint while it is a button: the Worker makes it when pressed. */
    madeWhenAsked: ({ hint }: { hint: string }) => `${hint}; made when you ask`,
    preparing: ({ percent }: { percent: number }) => `Preparing: ${String(percent)}% read`,
    cancelled: 'Cancelled by the new settings: press again once the report is updated.',
    failed: ({ message }: { message: string }) =>
      `Could not be made (${message}). Press to try again.`,
  },
} as const;

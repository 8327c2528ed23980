/**
 * Splits the `Question And Answers` cell of `Jobs/Job Applications.csv` (export-format §3.33, §4.2).
 *
 * Grammar as written by LinkedIn: `Q1:A1 | Q2:A2 | …`, entries joined by ` | `, question and answer
 * joined by a bare `:`. The grammar is ambiguous because every part may contain the delimiters:
 * answers hold ` | ` (`Your title:Writer | Content Strategist`) and `:` (`urn:li:geo:1`, URLs,
 * `Specialization: Urban Planning`), questions hold `:` (`… education: Bachelor's Degree?:Yes`),
 * HTML with URLs, and may end with `? :`. The heuristics of §4.2, made precise:
 *
 * - An entry starts after ` | ` only when the segment up to the next ` | ` has a question/answer
 *   colon with no `|` before it, i.e. it looks like `Question:`.
 * - The question/answer colon is the first `?:` (or `? :`); otherwise the first colon that is
 *   directly followed by text or ends the entry. Colons inside HTML tags never count, and neither
 *   does a colon followed by a space: LinkedIn writes the separator with no space after it, so
 *   `: ` is prose (`education: Bachelor's`, `Specialization: …`). Only when an entry has no such
 *   colon does its first colon outside a tag decide.
 * - Known questions (the clean `Question,Answer` files, §3.36) win over both rules: a segment that
 *   starts with one always starts an entry, its question ends exactly there (even if it contains
 *   `:`, `|` or ` | `), and no boundary is taken inside it.
 *
 * Deliberate choices for the cases where the rules are wrong:
 * - `Headline:Founder | Head of Content: Europe` stays one entry (prose colon), whereas
 *   `Headline:Founder | Head of Content:Europe` becomes two. Unknown `Question:` look-alikes are split
 *   even when a dictionary is given, because the dictionary is incomplete by nature (employer
 *   screening questions and job fields such as `Company ID` are not in the saved-answer files).
 *   The two errors are not symmetric: a wrong split keeps every character visible, whereas a wrong
 *   merge hides a whole question (e.g. a salary question) inside the previous answer.
 * - The price of the prose-colon rule: an answer that itself starts with a space
 *   (`Email address:x | Message: Hello`) is not recognised as a new entry unless its question is
 *   known. No sample shows such an answer; prose colons in answers and questions are common.
 * - Text with no colon at all (a damaged cell) is kept as a question with an empty answer, so that
 *   nothing the member submitted is dropped.
 */

export interface QuestionAnswer {
  question: string;
  answer: string;
}

interface EntryText {
  text: string;
  /** Offset of the question/answer colon within `text`, when fixed by a known question. */
  knownColon: number | undefined;
}

const ENTRY_SEPARATOR = ' | ';
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const TAG_MASK_CHAR = '\u0000';
const QUESTION_MARK_COLON = /\?\s*:/;
/** White space where `lastIndex` is; text from `lastIndex` on. */
const WHITESPACE_HERE = /\s/y;
const TEXT_FROM_HERE = /\S/g;

export function splitQuestionAnswers(
  cell: string,
  knownQuestions: ReadonlySet<string> | KnownQuestions = new Set(),
): QuestionAnswer[] {
  if (cell.trim() === '') {
    return [];
  }
  const known =
    knownQuestions instanceof KnownQuestions ? knownQuestions : new KnownQuestions(knownQuestions);
  return splitIntoEntries(cell, known.longestFirst).map(splitEntry);
}

/**
 * The saved answers' questions in the order a cell is matched against them, made once for many
 * cells: sorted again at every cell, they took 26 ms of the 0.3 s that the benchmark's 5,000
 * applications cost (docs/performance.md).
 */
export class KnownQuestions {
  /** Longest first, so that `Rate: hourly (USD)` wins over `Rate` on `Rate: hourly (USD):50`. */
  readonly longestFirst: readonly string[];

  constructor(questions: ReadonlySet<string>) {
    this.longestFirst = [...questions]
      .map((question) => question.trim())
      .filter((question) => question !== '')
      .sort((a, b) => b.length - a.length);
  }
}

function splitIntoEntries(cell: string, knownQuestions: readonly string[]): EntryText[] {
  const masked = maskHtmlTags(cell);
  const entries: EntryText[] = [];
  let start = 0;
  let knownColon = findKnownQuestionColon(cell, 0, knownQuestions);
  for (const separator of findSeparators(masked)) {
    const next = separator + ENTRY_SEPARATOR.length;
    const isInsideKnownQuestion = knownColon !== undefined && separator < knownColon;
    if (isInsideKnownQuestion) {
      continue;
    }
    const nextKnownColon = findKnownQuestionColon(cell, next, knownQuestions);
    if (nextKnownColon === undefined && !looksLikeEntryStart(masked, next)) {
      continue;
    }
    entries.push(entryText(cell, start, separator, knownColon));
    start = next;
    knownColon = nextKnownColon;
  }
  entries.push(entryText(cell, start, cell.length, knownColon));
  return entries;
}

function entryText(
  cell: string,
  start: number,
  end: number,
  knownColon: number | undefined,
): EntryText {
  return {
    text: cell.slice(start, end),
    knownColon: knownColon === undefined ? undefined : knownColon - start,
  };
}

function splitEntry({ text, knownColon }: EntryText): QuestionAnswer {
  const masked = maskHtmlTags(text);
  const colon = knownColon ?? findQuestionAnswerColon(masked) ?? findColon(masked, 0);
  if (colon === undefined) {
    return { question: text.trim(), answer: '' };
  }
  return { question: text.slice(0, colon).trim(), answer: text.slice(colon + 1).trim() };
}

function looksLikeEntryStart(maskedCell: string, start: number): boolean {
  const end = maskedCell.indexOf(ENTRY_SEPARATOR, start);
  const segment = maskedCell.slice(start, end === -1 ? undefined : end);
  const colon = findQuestionAnswerColon(segment);
  if (colon === undefined) {
    return false;
  }
  const question = segment.slice(0, colon);
  return question.trim() !== '' && !question.includes('|');
}

function findQuestionAnswerColon(masked: string): number | undefined {
  const questionMarkColon = QUESTION_MARK_COLON.exec(masked);
  if (questionMarkColon) {
    return questionMarkColon.index + questionMarkColon[0].length - 1;
  }
  for (
    let colon = findColon(masked, 0);
    colon !== undefined;
    colon = findColon(masked, colon + 1)
  ) {
    if (isSeparatorColon(masked, colon)) {
      return colon;
    }
  }
  return undefined;
}

/** Whether the colon is followed by text directly, or by nothing but white space. */
function isSeparatorColon(masked: string, colon: number): boolean {
  WHITESPACE_HERE.lastIndex = colon + 1;
  if (!WHITESPACE_HERE.test(masked)) return true;
  // Searched, not trimmed: a trimmed copy of the rest of the cell at every colon (URLs, urns)
  // grows with the square of a long cell's length.
  TEXT_FROM_HERE.lastIndex = colon + 1;
  return !TEXT_FROM_HERE.test(masked);
}

function findColon(masked: string, from: number): number | undefined {
  const colon = masked.indexOf(':', from);
  return colon === -1 ? undefined : colon;
}

function findSeparators(masked: string): number[] {
  const separators: number[] = [];
  for (
    let separator = masked.indexOf(ENTRY_SEPARATOR);
    separator !== -1;
    separator = masked.indexOf(ENTRY_SEPARATOR, separator + ENTRY_SEPARATOR.length)
  ) {
    separators.push(separator);
  }
  return separators;
}

/** Same length as `text`, so offsets stay valid; hides `:`, `|`, `?` of tags such as `<a href='https://…'>`. */
function maskHtmlTags(text: string): string {
  return text.replace(HTML_TAG, (tag) => TAG_MASK_CHAR.repeat(tag.length));
}

/** Offset in `cell` of the colon that ends a known question starting at `start`, if any. */
function findKnownQuestionColon(
  cell: string,
  start: number,
  knownQuestions: readonly string[],
): number | undefined {
  const questionStart = skipWhitespace(cell, start);
  for (const question of knownQuestions) {
    if (cell.startsWith(question, questionStart)) {
      const colon = skipWhitespace(cell, questionStart + question.length);
      if (cell[colon] === ':') {
        return colon;
      }
    }
  }
  return undefined;
}

function skipWhitespace(text: string, from: number): number {
  const rest = text.slice(from);
  return from + rest.length - rest.trimStart().length;
}

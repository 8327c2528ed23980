import { linkedinHref } from '../core/util/linkedin-href.js';
import { oneLine } from './terminal-text.js';

/**
 * Markdown from export text. Posts, names and file names are written by people and can hold
 * Markdown or HTML of their own (`**`, `<img>`, `[link](…)`, a `|` that breaks a table): every
 * such character is escaped, so the document shows the text as it is and nothing else.
 */

const unlimited = Number.MAX_SAFE_INTEGER;

export function markdownText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = oneLine(String(value), unlimited);
  // What Markdown reads inside a line: emphasis, code, links, HTML, tables, entities; and at its
  // start, where a text can land (a warning begins with a file's name), headings and lists.
  return text
    .replace(/[\\`*_[\]<>|~&]/gu, (character) => `\\${character}`)
    .replace(/^(\s*)([#+-])/u, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])/u, '$1\\$2');
}

/**
 * What a link target may not hold as it is: brackets would end it early, a `|` would end the
 * table cell it sits in, and controls and format characters (an ESC, a bidi override) would act
 * on whoever shows the Markdown.
 */
const unsafeInLinkTarget = /[()[\]|\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

function percentEncoded(character: string): string {
  // A lone surrogate has no UTF-8: it stands for U+FFFD, as a browser would send it.
  const bytes = Array.from(new TextEncoder().encode(character));
  return bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/**
 * A link to LinkedIn: only `https:` addresses on linkedin.com become links, as on the page; any
 * other address from an export (a link in a comment can point anywhere) is shown as text, so that
 * a neutral label such as "open" never leads elsewhere in a document meant to be shared.
 */
export function markdownLink(label: string, url: string | null): string {
  if (url === null || url === '') return '';
  if (!/^https:\/\/[^\s<>"]+$/u.test(url) || linkedinHref(url) === null) return markdownText(url);
  const safeUrl = url.replace(unsafeInLinkTarget, percentEncoded);
  return `[${markdownText(label)}](${safeUrl})`;
}

/** A table; `numeric` columns align right. Cells must already be Markdown. */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const separator = head.map((_, index) => (numeric.includes(index) ? '---:' : '---'));
  return [head, separator, ...rows].map(markdownRow).join('\n');
}

/** One row of a table; its cells must already be Markdown. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

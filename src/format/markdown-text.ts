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
  // Only what Markdown reads inside a line: emphasis, code, links, HTML, tables, entities.
  return text.replace(/[\\`*_[\]<>|~&]/gu, (character) => `\\${character}`);
}

/**
 * What a link target may not hold as it is: brackets would end it early, and controls and format
 * characters (an ESC, a bidi override) would act on whoever shows the Markdown.
 */
const unsafeInLinkTarget = /[()[\]\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

function percentEncoded(character: string): string {
  // A lone surrogate has no UTF-8: it stands for U+FFFD, as a browser would send it.
  const bytes = Array.from(new TextEncoder().encode(character));
  return bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** A link to LinkedIn: only `https:` addresses become links; anything else is shown as text. */
export function markdownLink(label: string, url: string | null): string {
  if (url === null || url === '') return '';
  if (!/^https:\/\/[^\s<>"]+$/u.test(url)) return markdownText(url);
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

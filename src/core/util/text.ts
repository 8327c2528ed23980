/** `Resume_October%202025.pdf` → `Resume_October 2025.pdf`; text that is no valid escape stays. */
export function percentDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What a link may not show decoded: white space, controls and invisible format characters. */
const unsafeInLink = /[\s\p{Cc}\p{Cf}\p{Cs}]/u;

/**
 * A LinkedIn link made readable (`urn%3Ali%3Aactivity%3A1` as `urn:li:activity:1`, which
 * LinkedIn opens the same), unless decoding would put into it what a link never shows: an
 * encoded ESC or bidi override is a crafted link, and stays encoded.
 */
export function readableLink(link: string): string {
  const decoded = percentDecode(link);
  return unsafeInLink.test(decoded) ? link : decoded;
}

/**
 * Text without HTML tags: saved answers' questions hold some (`<strong>Disability</strong>`,
 * export-format.md §3.36), which LinkedIn's pages show as formatting. Only a `<` followed by a
 * letter or `/` starts a tag, so `<3` and `a < b` stay.
 */
export function withoutHtmlTags(value: string): string {
  return value.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/giu, '');
}

/** Collapses runs of white space (line breaks included) to single spaces and trims. */
export function squashSpaces(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** The first words of a text, for finding an item on LinkedIn. */
export function excerpt(value: string | null, maxLength = 80): string | null {
  if (!value) return null;
  const flat = squashSpaces(value);
  if (flat.length === 0) return null;
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/**
 * A copy of `text` that holds no reference to a larger string. A substring in V8 can point into
 * the string it was cut from, so one kept cell would keep its whole parsed chunk (64 KiB or more)
 * alive; `(' ' + text).slice(1)` makes a fresh string of the cell's own length.
 */
export function detached(text: string): string;
export function detached(text: string | null): string | null;
export function detached(text: string | null): string | null {
  return text === null ? null : (' ' + text).slice(1);
}

/** A record whose text and link no longer hold on to the chunk they were parsed from. */
export function detachedRecord<Record extends { text: string | null; link: string | null }>(
  record: Record,
): Record {
  return { ...record, link: detached(record.link), text: detached(record.text) };
}

/** A text as a regular expression that matches it literally (with or without the `u` flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

// eslint-disable-next-line no-control-regex
const asciiOnly = /^[\u0000-\u007f]*$/u;

/** Whether every character of `text` is ASCII. */
export function isAsciiText(text: string): boolean {
  return asciiOnly.test(text);
}

import { AsciiTwinPattern } from './ascii-twin.js';
import type { Span } from './types.js';

/** The character that stands for a hidden one in previews and masked texts. */
export const hidden = '•';

const alphanumeric = new AsciiTwinPattern(/[\p{L}\p{N}]/gu);
const alphanumericRun = new AsciiTwinPattern(/[\p{L}\p{N}]+/gu);

/** Every letter and digit hidden, separators kept: `12 Rue X` → `•• ••• •`. */
export function hideAlphanumerics(value: string): string {
  return value.replace(alphanumeric.for(value), hidden);
}

/**
 * The first character of a text, whole: a letter outside the BMP (the bold "fancy text" letters
 * people post, `𝐣𝐚𝐧𝐞`) is two code units, and half of one is no character at all.
 */
function firstCharacter(text: string): string {
  const codePoint = text.codePointAt(0);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

/** `jane.doe@example.com` → `j•••@e•••.com`: enough to recognise, not to copy. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${firstCharacter(value)}${hidden.repeat(3)}@${firstCharacter(domain)}${hidden.repeat(3)}${domain.slice(dot)}`;
}

/** Each word reduced to its first character: `221B Baker Street` → `2••• B••• S•••`. */
export function maskWords(value: string): string {
  return value.replace(
    alphanumericRun.for(value),
    (word) => `${firstCharacter(word)}${hidden.repeat(3)}`,
  );
}

/** Whether a cut at `index` would split a character outside the BMP in two. */
function splitsPair(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
}

/** `value` grouped in fours: `DE89370400440532013000` → `DE89 3704 0044 0532 0130 00`. */
export function groupsOfFour(value: string): string {
  return value.replace(/(.{4})(?=.)/gu, '$1 ');
}

const contextWidth = 32;

/**
 * The words around a span, cut at word boundaries: the preview of a topic finding, so that the
 * member sees the sentence it stands in (`…was diagnosed with diabetes last spring…`).
 */
export function contextAround(text: string, span: Span, width = contextWidth): string {
  let start = Math.max(0, span.start - width);
  let end = Math.min(text.length, span.end + width);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= span.start ? start : space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space <= span.end ? end : space;
  }
  // A text without spaces (Chinese, emoji) is cut where the width falls: never inside a character.
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  const inner = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${inner}${end < text.length ? '…' : ''}`;
}

/**
 * A letter or number of any script: what a cut-off end of a value may not run on into. An ASCII character
 * is told apart without a pattern, so `alphanumeric`'s `\p{…}` class is compiled from ICU
 * (ascii-twin.ts) only at the first other character met beside a value.
 */
function isWordCodePoint(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return (codePoint >= 0x30 && codePoint <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
  }
  // `search` neither reads nor moves the global pattern's `lastIndex`.
  return String.fromCodePoint(codePoint).search(alphanumeric.pattern) === 0;
}

/**
 * The scripts written without a space between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese), and Korean, whose particles follow a word without one: `住所は1420 Elm Streetです`,
 * `1420 Elm Street에`. Compiled at the first such letter met beside a value, not at every start.
 */
let spacelessPattern: RegExp | null = null;

function isSpacelessCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) return false;
  spacelessPattern ??=
    /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
  return spacelessPattern.test(String.fromCodePoint(codePoint));
}

/** The code point that ends before `index`: a character outside the BMP whole, not its second half. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  return splitsPair(text, index - 1) ? text.codePointAt(index - 2) : text.codePointAt(index - 1);
}

function lastCodePoint(text: string): number | undefined {
  return codePointBefore(text, text.length);
}

/**
 * Whether the character `left` ends with and the one `right` starts with are one word or number:
 * both letters or numbers, neither of a script written without spaces. For the few characters
 * of a value left at a cut (`…com` is no end of an email in `…community`), not for whole values
 * (`standsAlone`). `Street` does not run on into the `で` of `Streetです`: there a word ends where
 * the script changes.
 */
export function runsOn(left: string, right: string): boolean {
  const before = lastCodePoint(left);
  const after = right.codePointAt(0);
  return (
    before !== undefined &&
    after !== undefined &&
    isWordCodePoint(before) &&
    isWordCodePoint(after) &&
    !isSpacelessCodePoint(before) &&
    !isSpacelessCodePoint(after)
  );
}

/**
 * Decimal digits of any script (`٧`, `７`); ASCII ones are told apart without it, so that the
 * `\p{…}` class is compiled from ICU only when a value meets another script's character.
 */
let otherDigitPattern: RegExp | null = null;

function isDigitCodePoint(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  if (codePoint < 0x80) return codePoint >= 0x30 && codePoint <= 0x39;
  otherDigitPattern ??= /^\p{Nd}$/u;
  return otherDigitPattern.test(String.fromCodePoint(codePoint));
}

/**
 * Whether `text.slice(start, end)` stands on its own: no digit runs on into a digit at its edges.
 * `Flat 1` stands on its own in `Flat 1, Elm Street` but not in `Flat 10`, and `7400 123` not in
 * `7400 1234`: a longer number is another number. A letter beside a value never keeps it from
 * being hidden: languages glue case endings and particles to a word (`Austinban`, `Streetです`,
 * `בתל אביב`), and hiding a little too much (`Elm` inside `Helm`) costs less than showing a home
 * address.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  if (start >= end) return true;
  const digitBefore = isDigitCodePoint(codePointBefore(text, start));
  const digitAfter = isDigitCodePoint(end < text.length ? text.codePointAt(end) : undefined);
  return (
    !(digitBefore && isDigitCodePoint(text.codePointAt(start))) &&
    !(digitAfter && isDigitCodePoint(codePointBefore(text, end)))
  );
}

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

/** `jane.doe@example.com` → `j•••@e•••.com`: enough to recognise, not to copy. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${value.slice(0, 1)}${hidden.repeat(3)}@${domain.slice(0, 1)}${hidden.repeat(3)}${domain.slice(dot)}`;
}

/** Each word reduced to its first character: `221B Baker Street` → `2••• B••• S•••`. */
export function maskWords(value: string): string {
  return value.replace(
    alphanumericRun.for(value),
    (word) => `${word.slice(0, 1)}${hidden.repeat(3)}`,
  );
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
  const inner = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${inner}${end < text.length ? '…' : ''}`;
}

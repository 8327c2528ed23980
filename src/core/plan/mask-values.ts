import type { ValueMask } from '../sensitive/scan.js';
import { hidden } from '../sensitive/mask.js';
import { squashSpaces } from '../util/text.js';

const ellipsis = '…';
/** The shortest cut-off start of a value worth hiding: two characters say nothing. */
const minimumPrefix = 3;

/** The length of the longest start of a value that `text` ends with, or 0. */
function cutValueLength(text: string, masks: readonly ValueMask[]): number {
  let longest = 0;
  for (const { value } of masks) {
    const form = squashSpaces(value);
    for (let length = Math.min(form.length - 1, text.length); length > longest; length--) {
      if (length >= minimumPrefix && text.endsWith(form.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return longest;
}

/**
 * Replaces every found value in `text` by its mask. Texts the report shortens (excerpts, resume
 * names, the excerpt inside a comment's action) can stop inside a value (`+44 7400 12…`); such a
 * start is hidden too, so that no part of a value survives a cut.
 */
export function maskValues(text: string, masks: readonly ValueMask[]): string {
  let result = text;
  for (const { value, mask } of masks) {
    for (const form of new Set([value, squashSpaces(value)])) {
      if (form !== '') result = result.replaceAll(form, mask);
    }
  }
  for (
    let cut = result.lastIndexOf(ellipsis);
    cut > 0;
    cut = result.lastIndexOf(ellipsis, cut - 1)
  ) {
    const length = cutValueLength(result.slice(0, cut), masks);
    if (length > 0)
      result = `${result.slice(0, cut - length)}${hidden.repeat(3)}${result.slice(cut)}`;
  }
  return result;
}

export function maskNullable(text: string | null, masks: readonly ValueMask[]): string | null {
  return text === null ? null : maskValues(text, masks);
}

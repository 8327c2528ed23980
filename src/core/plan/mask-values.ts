import type { ValueMask } from '../sensitive/scan.js';
import { hidden } from '../sensitive/mask.js';
import { squashSpaces } from '../util/text.js';

const ellipsis = '…';
/** The shortest cut-off start of a value worth hiding: two characters say nothing. */
const minimumPrefix = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export type Masker = (text: string) => string;

/**
 * Compiles the found values once into one matcher, so masking a text costs one regular-expression
 * pass however many values were found (thousands, on a large export). Every value is hidden as
 * written and with its spaces squashed; where two overlap, the longer wins. Texts the report
 * shortens (excerpts, resume names, the excerpt inside a comment's action) can stop inside a value
 * (`+44 7400 12…`); such a start is hidden too, so that no part of a value survives a cut.
 */
export function createMasker(masks: readonly ValueMask[]): Masker {
  const maskOf = new Map<string, string>();
  /** Starts of squashed values (3 characters up to all but the last), for cuts. */
  const starts = new Set<string>();
  let longestStart = 0;
  for (const { value, mask } of masks) {
    const squashed = squashSpaces(value);
    for (const form of [value, squashed]) {
      if (form !== '' && !maskOf.has(form)) maskOf.set(form, mask);
    }
    for (let length = minimumPrefix; length < squashed.length; length++) {
      starts.add(squashed.slice(0, length));
    }
    longestStart = Math.max(longestStart, squashed.length - 1);
  }
  if (maskOf.size === 0) return (text) => text;
  const forms = [...maskOf.keys()].sort((a, b) => b.length - a.length);
  const matcher = new RegExp(forms.map(escapeRegExp).join('|'), 'gu');

  const cutLength = (text: string): number => {
    for (let length = Math.min(longestStart, text.length); length >= minimumPrefix; length--) {
      if (starts.has(text.slice(text.length - length))) return length;
    }
    return 0;
  };

  return (text) => {
    let result = text.replace(matcher, (found) => maskOf.get(found) ?? found);
    if (starts.size === 0) return result;
    for (
      let cut = result.lastIndexOf(ellipsis);
      cut > 0;
      cut = result.lastIndexOf(ellipsis, cut - 1)
    ) {
      const length = cutLength(result.slice(0, cut));
      if (length > 0) {
        result = `${result.slice(0, cut - length)}${hidden.repeat(3)}${result.slice(cut)}`;
      }
    }
    return result;
  };
}

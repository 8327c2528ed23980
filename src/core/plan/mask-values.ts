import type { ValueMask } from '../sensitive/scan.js';
import { hidden } from '../sensitive/mask.js';
import { escapeRegExp, squashSpaces } from '../util/text.js';

const ellipsis = '…';
/** The shortest cut-off start of a value worth hiding: two characters say nothing. */
const minimumPrefix = 3;
const wordCharacter = /[\p{L}\p{N}]/u;

export type Masker = (text: string) => string;

/**
 * Compiles the found values once into one matcher, so masking a text costs one regular-expression
 * pass however many values were found (thousands, on a large export). Each value is hidden as
 * written and with its spaces squashed, longest value first, as the scan orders them: where two
 * overlap, the longer is hidden whole. Texts the report shortens (excerpts, resume names, the
 * excerpt inside a comment's action) can stop inside a value (`+44 7400 12…`), and a topic's
 * preview can start inside one (`…0044 0532 0130 00 — after my treatment…`): such a start or end
 * is hidden too, so that no part of a value survives a cut.
 */
export function createMasker(masks: readonly ValueMask[]): Masker {
  /** Each value's written and squashed forms, in the scan's order (longest value first). */
  const ordered: { forms: string[]; mask: string }[] = [];
  /** Starts and ends of squashed values (3 characters up to all but one), for cuts. */
  const starts = new Set<string>();
  const ends = new Set<string>();
  let longestCut = 0;
  for (const { value, mask } of masks) {
    const squashed = squashSpaces(value);
    ordered.push({ forms: [...new Set([value, squashed])].filter((form) => form !== ''), mask });
    for (let length = minimumPrefix; length < squashed.length; length++) {
      starts.add(squashed.slice(0, length));
      ends.add(squashed.slice(squashed.length - length));
    }
    longestCut = Math.max(longestCut, squashed.length - 1);
  }
  const allForms = [...new Set(ordered.flatMap(({ forms }) => forms))];
  if (allForms.length === 0) return (text) => text;
  const matcher = new RegExp(
    allForms
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gu',
  );

  /** The forms present in a text, overlapping ones included (each search starts one further). */
  const formsIn = (text: string): Set<string> => {
    const found = new Set<string>();
    matcher.lastIndex = 0;
    for (let match = matcher.exec(text); match !== null; match = matcher.exec(text)) {
      found.add(match[0]);
      // One character on, not one code unit: with the `u` flag, an index inside a surrogate
      // pair is read from the pair's start, and the same match would be found for ever.
      matcher.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
    }
    return found;
  };

  /** How much of the end of `text` (cut after it) is the start of a value. */
  const cutStartLength = (text: string): number => {
    for (let length = Math.min(longestCut, text.length); length >= minimumPrefix; length--) {
      if (starts.has(text.slice(text.length - length))) return length;
    }
    return 0;
  };

  /**
   * How much of the start of `text` (cut before it) is the end of a value, ending where a word
   * ends: `com` of an email's end is no part of `…community`.
   */
  const cutEndLength = (text: string): number => {
    for (let length = Math.min(longestCut, text.length); length >= minimumPrefix; length--) {
      if (ends.has(text.slice(0, length)) && !wordCharacter.test(text.charAt(length))) {
        return length;
      }
    }
    return 0;
  };

  return (text) => {
    let result = text;
    const found = formsIn(text);
    if (found.size > 0) {
      for (const { forms, mask } of ordered) {
        for (const form of forms) if (found.has(form)) result = result.replaceAll(form, mask);
      }
    }
    if (starts.size === 0) return result;
    for (
      let cut = result.lastIndexOf(ellipsis);
      cut >= 0;
      cut = cut === 0 ? -1 : result.lastIndexOf(ellipsis, cut - 1)
    ) {
      const after = cut + ellipsis.length;
      const endLength = cutEndLength(result.slice(after));
      if (endLength > 0) {
        result = `${result.slice(0, after)}${hidden.repeat(3)}${result.slice(after + endLength)}`;
      }
      const startLength = cut > 0 ? cutStartLength(result.slice(0, cut)) : 0;
      if (startLength > 0) {
        result = `${result.slice(0, cut - startLength)}${hidden.repeat(3)}${result.slice(cut)}`;
      }
    }
    return result;
  };
}

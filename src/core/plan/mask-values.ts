import type { ValueMask } from '../sensitive/scan.js';
import { hidden, runsOn, standsAlone } from '../sensitive/mask.js';
import { escapeRegExp, squashSpaces } from '../util/text.js';

const ellipsis = '…';
/** The shortest cut-off start of a value worth hiding: two characters say nothing. */
const minimumPrefix = 3;

export type Masker = (text: string) => string;

/** One text a value is hidden as: its written or its squashed form. */
interface Form {
  text: string;
  mask: string;
  /** Its place in the order forms are hidden in: the scan's (longest value first). */
  rank: number;
  /** Hidden even inside a longer word or number: the scan found its value so (`ValueMask`). */
  anywhere: boolean;
  /** The shorter forms it starts with, longest first: what may stand alone where it does not. */
  prefixes: Form[];
}

interface Place {
  start: number;
  end: number;
  form: Form;
}

/**
 * Compiles the found values once into one matcher, so masking a text costs one regular-expression
 * pass however many values were found (thousands, on a large export). Each value is hidden as
 * written and with its spaces squashed, longest value first, as the scan orders them: where two
 * overlap, the longer is hidden whole. A value is hidden only where it stands on its own
 * (`standsAlone`): `Flat 1` is no part of `Flat 10`. A value the scan found running on into a
 * digit is hidden wherever it appears, as everything was before: no value is left visible where
 * it was found.
 * Texts the report shortens (excerpts, resume names, the excerpt inside a comment's action) can
 * stop inside a value (`+44 7400 12…`), and a topic's preview can start inside one
 * (`…0044 0532 0130 00 — after my treatment…`): such a start or end is hidden too, so that no
 * part of a value survives a cut.
 */
export function createMasker(masks: readonly ValueMask[]): Masker {
  const forms = new Map<string, Form>();
  /** Starts and ends of squashed values (3 characters up to all but one), for cuts. */
  const starts = new Set<string>();
  /** The starts of values hidden anywhere: such a start is hidden after a letter too. */
  const anywhereStarts = new Set<string>();
  const ends = new Set<string>();
  /** The ends of values hidden anywhere: such an end is hidden before a letter too. */
  const anywhereEnds = new Set<string>();
  let longestCut = 0;
  for (const { value, mask, anywhere = false } of masks) {
    const squashed = squashSpaces(value);
    for (const text of [value, squashed]) {
      const known = forms.get(text);
      // A form two values share is hidden as the first (the longer) one's.
      if (known) known.anywhere ||= anywhere;
      else if (text !== '')
        forms.set(text, { text, mask, rank: forms.size, anywhere, prefixes: [] });
    }
    for (let length = minimumPrefix; length < squashed.length; length++) {
      const start = squashed.slice(0, length);
      starts.add(start);
      const end = squashed.slice(squashed.length - length);
      ends.add(end);
      if (anywhere) {
        anywhereStarts.add(start);
        anywhereEnds.add(end);
      }
    }
    longestCut = Math.max(longestCut, squashed.length - 1);
  }
  if (forms.size === 0) return (text) => text;
  for (const form of forms.values()) {
    for (let length = form.text.length - 1; length > 0; length--) {
      const prefix = forms.get(form.text.slice(0, length));
      if (prefix) form.prefixes.push(prefix);
    }
  }
  // Longest first: at each place the matcher finds the longest form there; the shorter ones it
  // starts with are its `prefixes`. No boundary in the pattern: V8 scans a plain alternation of
  // literals fast, and a boundary is checked only where a form was found, which is rare.
  const matcher = new RegExp(
    [...forms.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gu',
  );

  const fits = (text: string, start: number, form: Form): boolean =>
    form.anywhere || standsAlone(text, start, start + form.text.length);

  /** Every place a form stands on its own, overlapping ones included. */
  const placesIn = (text: string): Place[] => {
    const places: Place[] = [];
    matcher.lastIndex = 0;
    for (let match = matcher.exec(text); match !== null; match = matcher.exec(text)) {
      const start = match.index;
      const longest = forms.get(match[0]);
      if (longest) {
        for (const form of [longest, ...longest.prefixes]) {
          if (fits(text, start, form)) places.push({ start, end: start + form.text.length, form });
        }
      }
      // One character on, not one code unit: with the `u` flag, an index inside a surrogate
      // pair is read from the pair's start, and the same match would be found for ever.
      matcher.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    }
    return places;
  };

  /**
   * The places hidden: form by form in rank order, each place that overlaps none taken before,
   * as hiding one value after another throughout the text would.
   */
  const hide = (text: string, places: Place[]): string => {
    if (places.length > 1) {
      places.sort((a, b) => a.form.rank - b.form.rank || a.start - b.start);
    }
    // The code units hidden so far: checking each place against every place taken before it
    // took minutes on a long text that repeats a value (a pasted list, a hostile export).
    const covered = new Uint8Array(text.length);
    const taken: Place[] = [];
    for (const place of places) {
      if (covered.subarray(place.start, place.end).includes(1)) continue;
      covered.fill(1, place.start, place.end);
      taken.push(place);
    }
    taken.sort((a, b) => a.start - b.start);
    let result = '';
    let at = 0;
    for (const { start, end, form } of taken) {
      result += text.slice(at, start) + form.mask;
      at = end;
    }
    return result + text.slice(at);
  };

  /**
   * How much of the end of `text` (cut after it) is the start of a value, starting where a word
   * starts: `202` of an address's `2026 Main St` is no part of `…in 12026…`.
   */
  const cutStartLength = (text: string): number => {
    for (let length = Math.min(longestCut, text.length); length >= minimumPrefix; length--) {
      const start = text.slice(text.length - length);
      if (
        starts.has(start) &&
        (anywhereStarts.has(start) || !runsOn(text.slice(0, text.length - length), start))
      ) {
        return length;
      }
    }
    return 0;
  };

  /**
   * How much of the start of `text` (cut before it) is the end of a value, ending where a word
   * ends: `com` of an email's end is no part of `…community`. The end of a value found running on
   * into a word is hidden before a letter too, as its start is after one.
   */
  const cutEndLength = (text: string): number => {
    for (let length = Math.min(longestCut, text.length); length >= minimumPrefix; length--) {
      const end = text.slice(0, length);
      if (ends.has(end) && (anywhereEnds.has(end) || !runsOn(end, text.slice(length)))) {
        return length;
      }
    }
    return 0;
  };

  return (text) => {
    const places = placesIn(text);
    let result = places.length === 0 ? text : hide(text, places);
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

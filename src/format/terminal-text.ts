/**
 * Makes text that other people wrote (messages, names, headlines) safe to print in a terminal.
 *
 * Export content can be crafted: an ESC or C1 control starts a sequence that clears the screen,
 * moves the cursor, sets the window title or plants an OSC 8 hyperlink; a CR or backspace
 * overwrites what was printed before; bidi overrides and invisible characters make text read
 * differently from what it is. Every such character is replaced by a visible stand-in, so the
 * terminal only ever receives printable text and the reader sees that something was there.
 */

export interface TerminalSafeOptions {
  /** Keep `\n` (and `\r\n`, as `\n`) as a line break instead of showing it as `␊`. */
  readonly keepNewlines?: boolean;
}

/**
 * Alternatives, tried in order at each position:
 * 1. an emoji subdivision flag (🏴 + tag letters + cancel tag), kept because it is the only
 *    legitimate use of tag characters, which otherwise smuggle invisible text;
 * 2. CRLF, so that it can become a single line break;
 * 3. one character that controls the terminal or is invisible: C0, DEL, C1, every format
 *    character (Cf: bidi controls, zero-width characters, soft hyphen, BOM, tags), line and
 *    paragraph separators, Hangul fillers (blank "letters" used to fake empty names) and lone
 *    surrogates.
 */
const unsafeSequence =
  // eslint-disable-next-line no-control-regex -- matching control characters is the purpose
  /\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,4}\u{E007F}|\r\n|[\u0000-\u001F\u007F-\u009F\u115F\u1160\u2028\u2029\u3164\uFFA0\p{Cf}\p{Cs}]/gu;

const wavingBlackFlag = '\u{1F3F4}';
const zeroWidthJoiners = new Set(['\u200C', '\u200D']);

// Joiners shape emoji sequences and Indic/Arabic-script words, but next to Latin, Greek or
// Cyrillic letters (or ASCII) they do nothing visible except split a word like "pay‍pal".
const scriptWithoutJoiners = /[\p{ASCII}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

const controlPicturesStart = 0x2400;
const deletePicture = '\u2421';

export function terminalSafe(value: string, options: TerminalSafeOptions = {}): string {
  const keepNewlines = options.keepNewlines === true;
  return value.replace(unsafeSequence, (match: string, offset: number, text: string) =>
    replacementFor(match, offset, text, keepNewlines),
  );
}

function replacementFor(
  match: string,
  offset: number,
  text: string,
  keepNewlines: boolean,
): string {
  if (match.startsWith(wavingBlackFlag)) return match;
  if (match === '\r\n') return keepNewlines ? '\n' : visibleStandIn('\r') + visibleStandIn('\n');
  if (match === '\n' && keepNewlines) return '\n';
  if (match === '\t') return ' ';
  if (zeroWidthJoiners.has(match) && joinerIsShaping(offset, text)) return match;
  return visibleStandIn(match);
}

function joinerIsShaping(offset: number, text: string): boolean {
  const before = Array.from(text.slice(Math.max(0, offset - 2), offset)).at(-1);
  const afterCodePoint = text.codePointAt(offset + 1);
  if (before === undefined || afterCodePoint === undefined) return false;
  const after = String.fromCodePoint(afterCodePoint);
  return !scriptWithoutJoiners.test(before) && !scriptWithoutJoiners.test(after);
}

/** What shows where a control character was: `␛` for ESC, `<U+009B>` for a C1 control. */
export function visibleStandIn(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x20) return String.fromCodePoint(controlPicturesStart + codePoint);
  if (codePoint === 0x7f) return deletePicture;
  return `<U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}>`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ellipsis = '…';
const foldedNewline = ' ⏎ ';

/**
 * One terminal line of at most `maxLength` columns: terminal-safe, line breaks shown as ⏎,
 * whitespace runs collapsed, cut on a grapheme boundary with a trailing `…`.
 */
export function oneLine(value: string, maxLength: number): string {
  const text = terminalSafe(value, { keepNewlines: true })
    .trim()
    .replaceAll('\n', foldedNewline)
    .replace(/\s+/gu, ' ');
  return fitToColumns(text, usableColumns(maxLength));
}

function usableColumns(maxLength: number): number {
  if (Number.isNaN(maxLength)) throw new RangeError('oneLine: maxLength must be a number');
  return Math.max(0, Math.floor(maxLength));
}

// One pass that stops as soon as the text is known not to fit, so a huge message costs
// no more than its first `columns` graphemes.
function fitToColumns(text: string, columns: number): string {
  // No grapheme is wider than 2 columns nor shorter than one UTF-16 unit: such a text fits
  // without being segmented, which `records` as Markdown (no limit) does for every cell.
  if (text.length * 2 <= columns) return text;
  const budget = columns - displayWidth(ellipsis);
  let used = 0;
  let offset = 0;
  let cutEnd = 0;
  for (const cluster of graphemeClusters(text)) {
    used += graphemeWidth(cluster);
    if (used > columns) return budget < 0 ? '' : text.slice(0, cutEnd).trimEnd() + ellipsis;
    offset += cluster.length;
    if (used <= budget) cutEnd = offset;
  }
  return text;
}

/** Terminal columns `text` occupies: wide East Asian characters and emoji take 2, marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const cluster of graphemeClusters(text)) width += graphemeWidth(cluster);
  return width;
}

const segmentationWindow = 256;

/**
 * Grapheme clusters of `text`, segmented a window at a time: in V8 every step of a Segmenter
 * iterator costs time proportional to the whole string, which makes one pass over a long
 * message quadratic. A window ends between code points, and grapheme rules decide a boundary
 * from what precedes it and the one code point after it, so only a window's last cluster can
 * be cut short: it is read again as the start of the next window. A window holding no
 * complete cluster is doubled.
 */
function* graphemeClusters(text: string): Generator<string, void, undefined> {
  let start = 0;
  let windowLength = segmentationWindow;
  while (start < text.length) {
    const end = codePointBoundaryAtOrBefore(text, Math.min(text.length, start + windowLength));
    const clusters = Array.from(graphemes.segment(text.slice(start, end)), (part) => part.segment);
    const complete = end === text.length ? clusters : clusters.slice(0, -1);
    if (complete.length === 0) {
      windowLength *= 2;
      continue;
    }
    yield* complete;
    start += complete.reduce((length, cluster) => length + cluster.length, 0);
    windowLength = segmentationWindow;
  }
}

function codePointBoundaryAtOrBefore(text: string, index: number): number {
  const previous = text.charCodeAt(index - 1);
  return index < text.length && previous >= 0xd800 && previous <= 0xdbff ? index - 1 : index;
}

const emojiPresentation = /\p{Emoji_Presentation}|\p{Emoji}\uFE0F/u;
const zeroWidthStart = /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}]/u;

function graphemeWidth(grapheme: string): number {
  if (emojiPresentation.test(grapheme)) return 2;
  if (zeroWidthStart.test(grapheme)) return 0;
  return isWide(grapheme.codePointAt(0) ?? 0) ? 2 : 1;
}

/**
 * East Asian Wide and Fullwidth blocks (Unicode EastAsianWidth.txt, W and F) apart from emoji,
 * which the Emoji_Presentation check covers. Ambiguous-width characters count as narrow, as in
 * most non-CJK terminals.
 */
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo leading consonants
  [0x2329, 0x232a], // angle brackets
  [0x2e80, 0x303e], // CJK radicals … CJK symbols and punctuation, ideographic space
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo … CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII variants
  [0xffe0, 0xffe6], // fullwidth signs
  [0x16fe0, 0x16fe4], // ideographic symbols
  [0x16ff0, 0x16ff1],
  [0x17000, 0x18cff], // Tangut, Khitan
  [0x18d00, 0x18d08],
  [0x1aff0, 0x1b2ff], // Kana supplements, Nüshu
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x2fffd], // CJK extensions B…F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G, H
];

function isWide(codePoint: number): boolean {
  return wideRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

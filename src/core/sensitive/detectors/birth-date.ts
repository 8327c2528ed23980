import { ListMatcher } from '../list-matcher.js';
import { hideAlphanumerics } from '../mask.js';
import { latinLetters, notWord, termBody } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';
import { birthDateCues, monthNames } from '../words/birth-date-cues.js';

const cues = new ListMatcher(birthDateCues);

/**
 * The full-date patterns' source: a day, a month and a year (a year alone is an age, not a birth
 * date). Made at the first cue, not as the module loads: the month names of every language it
 * holds took some 3 ms of every start, for texts that mostly hold no cue.
 */
function datePatternSource(): string {
  const month = `(?:${[...monthNames]
    .sort((a, b) => b.length - a.length)
    .map((name) => `${notWord}${termBody(name)}\\.?(?![${latinLetters}])`)
    .join('|')})`;
  const year = '(?:19|20)\\d{2}';
  const day = '(?:0?[1-9]|[12]\\d|3[01])';
  const numericMonth = '(?:0?[1-9]|1[0-2])';
  const ordinal = '(?:st|nd|rd|th|er|º|\\.)?';
  return [
    `${year}-${numericMonth}-${day}`,
    `${day}[./-]${numericMonth}[./-](?:${year}|\\d{2})`,
    `${numericMonth}/${day}/(?:${year}|\\d{2})`,
    `${day}${ordinal}\\s+(?:de\\s+|of\\s+)?${month},?\\s+(?:de\\s+)?${year}`,
    `${month}\\s+${day}${ordinal},?\\s+${year}`,
  ]
    .map((alternative) => `(?<![${latinLetters}0-9])${alternative}(?![${latinLetters}0-9])`)
    .join('|');
}

let datePatterns: { first: RegExp; every: RegExp } | null = null;

/** The first date of a text, and (`every`, global) each of them: one source, two flags. */
function dates(): { first: RegExp; every: RegExp } {
  if (datePatterns === null) {
    const source = datePatternSource();
    datePatterns = { first: new RegExp(source, 'i'), every: new RegExp(source, 'gi') };
  }
  return datePatterns;
}

/** The gap allowed between the cue and the date: `on`, `is`, `:`, `in Lyon am`. */
const maxGap = 24;
/** How far after a cue a date is looked for: the gap and the longest written date. */
const window = 64;

/**
 * German and Dutch put "geboren" after the date: `Ich wurde am 12. März 1985 in Köln geboren`,
 * `Ik ben op 12 maart 1985 geboren`. Such a cue takes the last full date that ends at most
 * `maxGap` before it, in the same clause.
 */
const cueAfterDate = /^geboren$/iu;

/** The last full date in `text` (the words before a cue), with its start. */
function lastDateIn(text: string): { index: number; length: number } | null {
  const everyDate = dates().every;
  everyDate.lastIndex = 0;
  let last: { index: number; length: number } | null = null;
  for (let match = everyDate.exec(text); match !== null; match = everyDate.exec(text)) {
    last = { index: match.index, length: match[0].length };
  }
  return last;
}

/** Birth dates where the text says so: a full date right after "born", "date of birth", "né le" … */
function findBirthDates(text: string): Span[] {
  const spans: Span[] = [];
  const add = (span: Span) => {
    if (!spans.some((known) => known.start === span.start)) spans.push(span);
  };
  for (const cue of cues.find(text)) {
    if (cueAfterDate.test(text.slice(cue.start, cue.end))) {
      const from = Math.max(0, cue.start - window);
      const date = lastDateIn(text.slice(from, cue.start));
      const end = date === null ? -1 : from + date.index + date.length;
      // Within one clause: `Seit 01.01.2020 bei Acme. Geboren und …` is no birth date.
      if (
        date !== null &&
        cue.start - end <= maxGap &&
        !/[.;:!?]/u.test(text.slice(end, cue.start))
      ) {
        add({ start: from + date.index, end: from + date.index + date.length });
        continue;
      }
    }
    const match = dates().first.exec(text.slice(cue.end, cue.end + window));
    if (match === null || match.index > maxGap) continue;
    const start = cue.end + match.index;
    add({ start, end: start + match[0].length });
  }
  return spans;
}

/** `12 March 1985` → `•• ••••• 1985`: the year alone stays (an age, not a birthday). */
export function maskBirthDate(value: string): string {
  const year = /(?:19|20)\d{2}(?!.*(?:19|20)\d{2})/u.exec(value);
  if (year === null) return hideAlphanumerics(value);
  const end = year.index + year[0].length;
  return `${hideAlphanumerics(value.slice(0, year.index))}${year[0]}${hideAlphanumerics(value.slice(end))}`;
}

export const birthDateDetector = defineDetector({
  code: 'birth-date',
  group: 'contact',
  severity: 50,
  masksValue: true,
  // The shortest full date, `1/2/90`, has four digits; a cue says it is a birth date.
  needs: { digits: 4, words: cues },
  find: findBirthDates,
  preview: (text, { start, end }) => maskBirthDate(text.slice(start, end)),
});

import { ListMatcher } from '../list-matcher.js';
import { maskWords } from '../mask.js';
import { latinLetters, termSource } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';
import { addressCues, streetWords } from '../words/address-cues.js';

const cues = new ListMatcher(addressCues);

function streetAlternation(languages: readonly (keyof typeof streetWords.terms)[]): string {
  return languages
    .flatMap((language) => streetWords.terms[language])
    .sort((a, b) => b.length - a.length)
    .map(termSource)
    .join('|');
}

const houseNumber = `\\d{1,5}(?:[ -]?[a-zA-Z](?![${latinLetters}]))?`;
const nameWord = `[${latinLetters}'’.-]+`;
// `221B Baker Street`: number, name, then the street word (English).
const englishOrder = `${houseNumber},?\\s+(?:${nameWord}\\s+){0,4}?(?:${streetAlternation(['en'])})`;
// `12, rue de Rivoli`: number, street word, then the name (French).
const frenchOrder = `${houseNumber},?\\s+(?:${streetAlternation(['fr'])})(?:\\s+${nameWord}){1,5}`;
// `Via Roma 12`, `Lindenstraße 12a`, `Calle Mayor, 5`: street, name, number (the others).
const streetFirst = `(?:${streetAlternation(['de', 'es', 'it', 'nl', 'pt'])})(?:\\s+${nameWord}){0,5}?,?\\s+(?:n\\.?[º°o]?\\s*)?${houseNumber}`;
// An optional postcode and town: `, 1015 CJ Amsterdam`, `, 10115 Berlin`, `, London SW1A 2AA`,
// `, Austin, TX 78701`.
const postcode = `(?:,?\\s+(?:\\d{4} ?[A-Z]{2}\\s+[${latinLetters}'’-]+|\\d{4,5}(?:-\\d{3,4})?\\s+[${latinLetters}'’-]+|(?:[${latinLetters}'’-]+\\s+)?[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[${latinLetters}'’-]+(?:,?\\s+[A-Z]{2})?\\s+\\d{5}(?:-\\d{4})?))?`;

/**
 * Each order on its own: as one alternation, the first that matched would win, and English
 * street words include `avenue`, `boulevard` and `place`, so `5 avenue des Champs-Élysées,
 * 75008 Paris` was cut to `5 avenue`. The longest match at the first place wins instead.
 */
const addressPatterns = [englishOrder, frenchOrder, streetFirst].map(
  (order) => new RegExp(`(?:${order})${postcode}`, 'i'),
);

function firstLongestAddress(text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const pattern of addressPatterns) {
    const match = pattern.exec(text);
    if (match === null) continue;
    if (
      best === null ||
      match.index < best.index ||
      (match.index === best.index && match[0].length > best[0].length)
    ) {
      best = match;
    }
  }
  return best;
}

/** The gap allowed between the cue and the address: `is`, `in der`, `at the`, `la`. */
const maxGap = 14;
/** How far after a cue an address is looked for: the gap, a street and a town. */
const window = 160;

/**
 * Postal addresses where the text says so: a cue ("my address", "j'habite au", "Anschrift")
 * followed closely by a street with a house number. Addresses without a cue are not read:
 * street-like phrases with numbers are everywhere ("Route 66", "Wall Street 2024 outlook").
 */
function findAddresses(text: string): Span[] {
  const spans: Span[] = [];
  for (const cue of cues.find(text)) {
    const match = firstLongestAddress(text.slice(cue.end, cue.end + window));
    if (match === null || match.index > maxGap) continue;
    const start = cue.end + match.index;
    const span = { start, end: start + match[0].replace(/[\s,.]+$/u, '').length };
    if (!spans.some((known) => known.start === span.start)) spans.push(span);
  }
  return spans;
}

export const postalAddressDetector = defineDetector({
  code: 'postal-address',
  group: 'contact',
  severity: 55,
  masksValue: true,
  // The house number, and a cue before the address.
  needs: { digits: 1, words: cues },
  find: findAddresses,
  preview: (text, { start, end }) => maskWords(text.slice(start, end)),
});

import { anchorOf } from './list-anchors.js';
import { allTerms, type WordList } from './words/word-list.js';
import { fingerprintOf, fingerprintText } from '../util/hash.js';
import { isAsciiText } from '../util/text.js';

/**
 * What the word-list prefilter (list-prefilter.ts) looks for, worked out from the lists' terms:
 * every term's anchor (list-anchors.ts), cut short and grouped under the alternatives of one
 * alternation. Working it out takes some 40 ms at a CLI's start, most of the time a small export
 * needs, so `npm run words` writes it once into list-prefilter-table.generated.ts, and the
 * prefilter uses that copy while the lists are the ones it was made from (a test keeps it so).
 */
export interface PrefilterTable {
  /** The fingerprint of each list's terms (`listFingerprint`), in the order the indexes below use. */
  lists: string[];
  /** The lists with a term that has no anchor: they run on every text. */
  unfiltered: number[];
  looks: LookTable[];
}

export interface LookTable {
  /** Whether the alternatives must start a word. */
  atWordStart: boolean;
  /** The alternatives as `keyOf` gives them; none starts with another. */
  keys: string[];
  /** Per key, the anchors that start with it, three numbers each: list, term, anchor start. */
  anchors: number[][];
}

/** Characters of each anchor the alternation looks for; the lists then check the rest. */
const lookFor = 6;

/**
 * The key of a text as the alternation compares it, case ignored like a regular expression's `i`
 * flag without `u` does: each UTF-16 unit by its single upper-case form, unless that is not one
 * unit or turns a non-ASCII character into ASCII. The key is as long as the text, unit for unit,
 * so places in one are places in the other.
 */
export function keyOf(text: string): string {
  // ASCII, the common case, in one call.
  if (isAsciiText(text)) return text.toUpperCase();
  let key = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charAt(index);
    const upper = unit.toUpperCase();
    const keep = upper.length !== 1 || (unit.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80);
    key += keep ? unit : upper;
  }
  return key;
}

/** Which list a table entry is: its terms, in order. */
export function listFingerprint(list: WordList): string {
  return fingerprintText(fingerprintOf(allTerms(list).join('\n')));
}

interface Entry {
  list: number;
  term: number;
  start: number;
  key: string;
}

function lookTable(atWordStart: boolean, entries: readonly Entry[]): LookTable {
  const sorted = [...new Set(entries.map(({ key }) => key))].sort();
  const kept: string[] = [];
  for (const key of sorted) {
    const last = kept.at(-1);
    // Where the longer one occurs the shorter one does too.
    if (last === undefined || !key.startsWith(last)) kept.push(key);
  }
  const indexOf = new Map(kept.map((key, index) => [key, index]));
  const anchors = kept.map((): number[] => []);
  const seen = new Set<string>();
  for (const { list, term, start, key } of entries) {
    let prefix = key;
    while (!indexOf.has(prefix)) prefix = prefix.slice(0, -1);
    const index = indexOf.get(prefix) ?? 0;
    // A term with several texts (`prière`, `priere`) under one key is tried once there.
    const id = `${String(index)} ${String(list)} ${String(term)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    anchors[index]?.push(list, term, start);
  }
  return { atWordStart, keys: kept, anchors };
}

/** The table for these lists, worked out from their terms. */
export function prefilterTableOf(lists: readonly WordList[]): PrefilterTable {
  const entries: [Entry[], Entry[]] = [[], []];
  const unfiltered: number[] = [];
  lists.forEach((list, listIndex) => {
    const anchors = allTerms(list).map(anchorOf);
    if (anchors.includes(null)) {
      unfiltered.push(listIndex);
      return;
    }
    anchors.forEach((anchor, term) => {
      if (anchor === null) return;
      for (const text of anchor.texts) {
        const key = keyOf(text.slice(0, lookFor));
        entries[anchor.atWordStart ? 0 : 1].push({
          list: listIndex,
          term,
          start: anchor.start,
          key,
        });
      }
    });
  });
  const looks = [true, false].flatMap((atWordStart, index) => {
    const own = entries[index] ?? [];
    return own.length === 0 ? [] : [lookTable(atWordStart, own)];
  });
  return { lists: lists.map(listFingerprint), unfiltered, looks };
}

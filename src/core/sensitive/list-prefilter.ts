import { anchorIsCaseSensitive, anchorSource } from './list-anchors.js';
import {
  keyOf,
  listFingerprint,
  prefilterTableOf,
  type LookTable,
  type PrefilterTable,
} from './list-prefilter-table.js';
import { prefilterTable } from './list-prefilter-table.generated.js';
import { allTerms, type WordList } from './words/word-list.js';
import { escapeRegExp } from '../util/text.js';

/**
 * The cheap first look at a text that rules out the word lists that cannot match it, so that a
 * list's exact patterns (patterns.ts) only run on the few texts where they may find something.
 *
 * Every term has an anchor (list-anchors.ts) that each of its matches contains. The anchors of all
 * lists, cut to their first few characters, make one alternation of plain texts for those at a
 * word start and one for the others (list-prefilter-table.ts): the form V8 runs fastest, about
 * 1 µs for a post of 80 characters where the exact patterns of a single list take 2.5 µs, and
 * character classes in the alternation ten times as long. (Run case-sensitively on the text's
 * `keyOf`, it compiled faster but ran 2.5 times as long on a large export, most of it in `keyOf`.)
 * Where it matches, the lists with an anchor there are tried at that one place with the term's
 * own pattern from the anchor on (`mi[\s\u00a0-]+fe`), so that `mi` in "migrating" lets no list
 * run.
 *
 * It also tells each list which of its terms had an anchor in the text: a term without one cannot
 * match there, so the list's patterns need only those terms (list-matcher.ts).
 */

/** What a word start is to the exact patterns, or less: after no ASCII letter or digit. */
const wordStart = '(?<![A-Za-z0-9])';

/**
 * One list's anchors under one key, of one case rule: their patterns, compiled at the first
 * try.
 */
interface Candidate {
  slot: number;
  caseSensitive: boolean;
  sources: string[];
  /** The list's terms (indexes into `allTerms`) with an anchor under this key. */
  terms: number[];
  pattern: RegExp | null;
}

interface Look {
  table: LookTable;
  pattern: RegExp;
  /** Per key, made at its first match. */
  candidatesOf: Map<string, readonly Candidate[]>;
  keyIndex: ReadonlyMap<string, number>;
}

interface Compiled {
  looks: readonly Look[];
  /** Per list slot, 1 where the list is not filtered (a term has no anchor): always tried. */
  unfiltered: Uint8Array;
  /** Per table list, the slot of that list here. */
  slotOf: readonly number[];
  fromGeneratedTable: boolean;
}

/** The generated table while the lists are the ones it was made from; else worked out now. */
function tableFor(lists: readonly WordList[]): {
  table: PrefilterTable;
  slotOf: number[];
  fromGeneratedTable: boolean;
} {
  const fingerprints = lists.map(listFingerprint);
  const slotOf = prefilterTable.lists.map((fingerprint) => fingerprints.indexOf(fingerprint));
  const current =
    prefilterTable.lists.length === lists.length &&
    new Set(slotOf).size === lists.length &&
    !slotOf.includes(-1);
  if (current) return { table: prefilterTable, slotOf, fromGeneratedTable: true };
  return {
    table: prefilterTableOf(lists),
    slotOf: lists.map((_, slot) => slot),
    fromGeneratedTable: false,
  };
}

function compile(lists: readonly WordList[]): Compiled {
  const { table, slotOf, fromGeneratedTable } = tableFor(lists);
  const unfiltered = new Uint8Array(lists.length);
  for (const list of table.unfiltered) unfiltered[slotOf[list] ?? 0] = 1;
  const looks = table.looks.map((look): Look => {
    // No order needed: no two alternatives match at one place.
    const alternatives = look.keys.map(escapeRegExp).join('|');
    return {
      table: look,
      // Without the `u` flag `i` folds letters exactly as the exact patterns do, and as `keyOf`.
      pattern: new RegExp(`${look.atWordStart ? wordStart : ''}(?:${alternatives})`, 'gi'),
      candidatesOf: new Map(),
      keyIndex: new Map(look.keys.map((key, index) => [key, index])),
    };
  });
  return { looks, unfiltered, slotOf, fromGeneratedTable };
}

/**
 * The word lists of every ListMatcher, filtered together in one pass. Lists register when their
 * matcher is made (at import, which costs nothing); the patterns are built at the first text, and
 * again if a list registers later.
 */
export class ListPrefilter {
  private readonly lists: WordList[] = [];
  /** Per slot, its list's terms in `allTerms` order, which the table's term numbers index. */
  private readonly listTerms: string[][] = [];
  private readonly slots = new Map<WordList, number>();
  private compiled: Compiled | null = null;
  /** The text last looked at and, per list, whether it may match there: each detector asks. */
  private lastText: string | null = null;
  private mayMatchLast = new Uint8Array(0);
  /** The candidates whose key matched in the last text (repeats allowed); null: all of them. */
  private candidatesLast: Candidate[] | null = [];

  register(list: WordList): number {
    const known = this.slots.get(list);
    if (known !== undefined) return known;
    this.lists.push(list);
    this.listTerms.push(allTerms(list));
    this.slots.set(list, this.lists.length - 1);
    this.compiled = null;
    this.lastText = null;
    return this.lists.length - 1;
  }

  /** The terms of the list in `slot`, in `allTerms` order. */
  termsOf(slot: number): readonly string[] {
    return this.listTerms[slot] ?? [];
  }

  /** The table these lists make now, as `npm run words` writes it. */
  table(): PrefilterTable {
    return prefilterTableOf(this.lists);
  }

  /** Whether it looks with the generated table, which the lists' current terms made. */
  usesGeneratedTable(): boolean {
    this.compiled ??= compile(this.lists);
    return this.compiled.fromGeneratedTable;
  }

  /** False only when the list of `slot` cannot match anywhere in `text`. */
  mayMatch(slot: number, text: string): boolean {
    if (text !== this.lastText) this.look(text);
    return this.mayMatchLast[slot] === 1;
  }

  /**
   * The terms of the list of `slot` that may match in `text` (indexes into `allTerms`, sorted,
   * each once), or null when all of them may.
   */
  termsThatMayMatch(slot: number, text: string): number[] | null {
    if (text !== this.lastText) this.look(text);
    if (this.mayMatchLast[slot] !== 1) return [];
    if (this.compiled?.unfiltered[slot] === 1 || this.candidatesLast === null) return null;
    const terms = new Set<number>();
    for (const candidate of this.candidatesLast) {
      if (candidate.slot === slot) for (const term of candidate.terms) terms.add(term);
    }
    return [...terms].sort((a, b) => a - b);
  }

  private look(text: string): void {
    const compiled = (this.compiled ??= compile(this.lists));
    if (this.mayMatchLast.length !== compiled.unfiltered.length) {
      this.mayMatchLast = new Uint8Array(compiled.unfiltered.length);
    }
    this.mayMatchLast.set(compiled.unfiltered);
    // One array for every text: most texts match no key, and a list asks only where it may match.
    if (this.candidatesLast === null) this.candidatesLast = [];
    else this.candidatesLast.length = 0;
    for (const look of compiled.looks) {
      const { pattern } = look;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const candidates = this.candidatesAt(compiled, look, keyOf(match[0]));
        // Every key is found (keyOf is the alternation's own comparison); were one not, every
        // list would be tried: never fewer than need be.
        if (candidates === null) {
          this.mayMatchLast.fill(1);
          this.candidatesLast = null;
        }
        for (const candidate of candidates ?? []) {
          this.candidatesLast?.push(candidate);
          this.tryAt(candidate, look.table.atWordStart, match.index, text);
        }
        // Another anchor may start inside this one: look again one character further.
        pattern.lastIndex = match.index + 1;
      }
    }
    this.lastText = text;
  }

  /** The lists' anchors under `key`, grouped by list and case rule, made at its first match. */
  private candidatesAt(compiled: Compiled, look: Look, key: string): readonly Candidate[] | null {
    const known = look.candidatesOf.get(key);
    if (known !== undefined) return known;
    const index = look.keyIndex.get(key);
    const anchors = index === undefined ? undefined : look.table.anchors[index];
    if (anchors === undefined) return null;
    const candidates: Candidate[] = [];
    for (let at = 0; at + 2 < anchors.length; at += 3) {
      const slot = compiled.slotOf[anchors[at] ?? 0] ?? 0;
      const termIndex = anchors[at + 1] ?? 0;
      const term = this.listTerms[slot]?.[termIndex] ?? '';
      const caseSensitive = anchorIsCaseSensitive(term);
      const source = anchorSource(term, anchors[at + 2] ?? 0);
      let candidate = candidates.find(
        (known) => known.slot === slot && known.caseSensitive === caseSensitive,
      );
      if (candidate === undefined) {
        candidate = { slot, caseSensitive, sources: [], terms: [], pattern: null };
        candidates.push(candidate);
      }
      if (!candidate.sources.includes(source)) candidate.sources.push(source);
      candidate.terms.push(termIndex);
    }
    look.candidatesOf.set(key, candidates);
    return candidates;
  }

  private tryAt(candidate: Candidate, atWordStart: boolean, index: number, text: string): void {
    if (this.mayMatchLast[candidate.slot] === 1) return;
    // `y`: the match must start here.
    candidate.pattern ??= new RegExp(
      `${atWordStart ? wordStart : ''}(?:${candidate.sources.join('|')})`,
      candidate.caseSensitive ? 'y' : 'iy',
    );
    candidate.pattern.lastIndex = index;
    if (candidate.pattern.test(text)) this.mayMatchLast[candidate.slot] = 1;
  }
}

/** The one prefilter all word lists share. */
export const listPrefilter = new ListPrefilter();

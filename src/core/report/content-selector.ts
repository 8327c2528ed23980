import type { FindingCode } from '../sensitive/codes.js';
import { compareText } from '../util/compare.js';
import { dayNumber, dayText, isBefore } from '../util/dates.js';
import { ShapedCounts } from '../util/shaped-counts.js';
import { detachedRecord } from '../util/text.js';
import { priorityRank } from './priority.js';
import type { ClassifiedRecord, Priority } from './schema.js';

type ContentKind = 'post' | 'article' | 'comment' | 'poll-vote' | 'instant-repost';
const contentKinds = new Set<string>(['post', 'article', 'comment', 'poll-vote', 'instant-repost']);

export function isContentKind(kind: string): kind is ContentKind {
  return contentKinds.has(kind);
}

/**
 * A content item the plan may list: one with findings, whatever its date, or a dated one, which
 * the plan lists if it is old. Offered while reading, before the day items count as old from is
 * known (an archive without the export date in its name: the newest record's date decides).
 */
export interface ContentItem {
  record: ClassifiedRecord;
  kind: ContentKind;
  findings: FindingCode[];
  priority: Priority;
  /** The priority as a number, in plan order. */
  rank: number;
  /** The record's day as a number (`dayNumber`), so that most comparisons compare numbers. */
  day: number;
}

/** Why a content item is in the plan: its age (`old`) or what was found in it. */
export interface ContentCandidate extends ContentItem {
  old: boolean;
}

/** The item a record is for the plan, or null when no cutoff or finding can put it there. */
export function contentItem(record: ClassifiedRecord, findings: FindingCode[]): ContentItem | null {
  const { kind, date } = record;
  if (!isContentKind(kind) || record.scope !== 'in-scope') return null;
  // Undated, it is never old: only a finding puts it in the plan.
  if (date === null && findings.length === 0) return null;
  const inGroup = record.category === 'group-activity';
  const priority: Priority =
    findings.length > 0
      ? 'high'
      : inGroup || kind === 'post' || kind === 'article'
        ? 'medium'
        : 'low';
  return { record, kind, findings, priority, rank: priorityRank[priority], day: dayNumber(date) };
}

/**
 * Plan order: priority, then date (undated first), then id; ids are unique, so never a tie. On
 * day numbers (`dayNumber`) this is the order `priority \0 date \0 id` had as one text, as long
 * as no date holds a NUL, which the decoder drops (csv/decode.ts).
 */
export function compareCandidates(a: ContentItem, b: ContentItem): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.day !== b.day) {
    if (a.day < b.day) return -1;
    if (a.day > b.day) return 1;
    // One of them is NaN: a date of another shape.
    const byDate = compareText(a.record.date ?? '', b.record.date ?? '');
    if (byDate !== 0) return byDate;
  }
  return compareText(a.record.id, b.record.id);
}

/**
 * Old items without findings are listed one by one up to this many per category; the rest of a
 * category becomes one suggestion. A decade of activity is 100,000 posts and comments: a plan of
 * 100,000 lines is one nobody follows (the `records` command still lists every item).
 */
export const itemsListedPerCategory = 100;

/** The old items of a category beyond those listed. */
export interface Remainder {
  first: ContentCandidate;
  count: number;
  newest: string | null;
}

/**
 * The first items of one category and priority in plan order, at most `capacity`, in a ring:
 * exports list newest or oldest first, so nearly every item that gets in goes in first or last
 * place, and the ring takes it there without moving the others.
 */
class FirstItems {
  private readonly ring: (ContentItem | undefined)[];
  private head = 0;
  size = 0;

  constructor(private readonly capacity: number) {
    this.ring = new Array<undefined>(capacity).fill(undefined);
  }

  private slot(position: number): number {
    const slot = this.head + position;
    // Not `%`: a division per step costs more than the step.
    return slot >= this.capacity ? slot - this.capacity : slot;
  }

  at(position: number): ContentItem {
    const item = this.ring[this.slot(position)];
    if (item === undefined) throw new Error(`no item at ${String(position)}`);
    return item;
  }

  offer(item: ContentItem): void {
    const full = this.size === this.capacity;
    if (full && compareCandidates(this.at(this.size - 1), item) < 0) return;
    let low = 0;
    if (this.size > 0 && compareCandidates(this.at(0), item) < 0) {
      let high = this.size;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareCandidates(this.at(middle), item) < 0) low = middle + 1;
        else high = middle;
      }
    }
    if (full) {
      this.ring[this.slot(this.size - 1)] = undefined;
      this.size--;
    }
    // The items before the new one move one place back, or those after it one place on,
    // whichever are fewer.
    if (low < this.size - low) {
      this.head = this.slot(this.capacity - 1);
      for (let position = 0; position < low; position++) {
        this.ring[this.slot(position)] = this.ring[this.slot(position + 1)];
      }
    } else {
      for (let position = this.size; position > low; position--) {
        this.ring[this.slot(position)] = this.ring[this.slot(position - 1)];
      }
    }
    this.ring[this.slot(low)] = item;
    this.size++;
  }

  items(): ContentItem[] {
    return Array.from({ length: this.size }, (_, position) => this.at(position));
  }
}

/**
 * The dated items of one category and priority without findings: the first by plan order, one
 * more than are listed, and how many there are of each date. Plan order within a priority is the
 * order of the dates' texts (then ids), so whatever the cutoff, the old items come first: the
 * listed ones and the first of the rest are among `first`, and the counts give the rest's size
 * and newest date.
 */
class DatedItems {
  readonly first = new FirstItems(itemsListedPerCategory + 1);
  /** How many there are of each date. */
  readonly dates = new ShapedCounts(dayText);

  offer(item: ContentItem, date: string): void {
    this.first.offer(item);
    this.dates.add(item.day, date);
  }

  merge(other: DatedItems): void {
    // A listed item outlives the chunk its text was cut from (util/text.ts).
    for (const item of other.first.items()) {
      this.first.offer({ ...item, record: detachedRecord(item.record) });
    }
    this.dates.addAll(other.dates);
  }

  /** How many are old, and the newest date of those. */
  old(cutoff: string | null): { count: number; newest: string | null } {
    let count = 0;
    let newest: string | null = null;
    for (const [date, records] of this.dates.entries()) {
      if (!isBefore(date, cutoff)) continue;
      count += records;
      if (newest === null || date > newest) newest = date;
    }
    return { count, newest };
  }

  /** The old ones among the first, in plan order. */
  firstOld(cutoff: string | null): ContentItem[] {
    return this.first.items().filter((item) => isBefore(item.record.date, cutoff));
  }
}

const asOld = (item: ContentItem): ContentCandidate => ({ ...item, old: true });

/**
 * Chooses the content items the plan lists: every item with findings, and per category the
 * `itemsListedPerCategory` first old ones by priority and date; the other old ones are only
 * counted. Items are offered as they are read, so a large export's posts and comments need not be
 * held, and before the cutoff is known: it is given to `selection`.
 */
export class ContentSelector {
  private readonly flagged: ContentItem[] = [];
  /** Per category, per priority rank, its dated items without findings. */
  private readonly dated = new Map<string, Map<number, DatedItems>>();

  offer(item: ContentItem): void {
    const { date, category } = item.record;
    if (item.findings.length > 0) {
      this.flagged.push(item);
      return;
    }
    if (date === null) return;
    this.datedOf(category, item.rank).offer(item, date);
  }

  /**
   * The listed items in plan order, and what is left of each category in the order it comes;
   * items dated before `cutoff` are old (none without one).
   */
  selection(cutoff: string | null): {
    listed: ContentCandidate[];
    remainders: [string, Remainder][];
  } {
    const listed: ContentCandidate[] = this.flagged.map((item) => ({
      ...item,
      old: isBefore(item.record.date, cutoff),
    }));
    const remainders: [string, Remainder][] = [];
    for (const [category, byRank] of this.dated) {
      const ranks = [...byRank].sort(([a], [b]) => a - b).map(([, items]) => items);
      const firstOld = ranks.flatMap((items) => items.firstOld(cutoff));
      const shown = firstOld.slice(0, itemsListedPerCategory);
      for (const item of shown) listed.push(asOld(item));
      let count = 0;
      let newest: string | null = null;
      let taken = shown.length;
      for (const items of ranks) {
        const old = items.old(cutoff);
        const listedHere = Math.min(taken, old.count);
        taken -= listedHere;
        if (old.count === listedHere) continue;
        count += old.count - listedHere;
        if (old.newest !== null && (newest === null || old.newest > newest)) newest = old.newest;
      }
      if (count === 0) continue;
      // The rest is not empty: its first is the one after those listed.
      const first = firstOld[itemsListedPerCategory];
      if (first === undefined) throw new Error(`${category}: the first item left is not kept`);
      remainders.push([category, { first: asOld(first), count, newest }]);
    }
    listed.sort(compareCandidates);
    remainders.sort(([, a], [, b]) => compareCandidates(a.first, b.first));
    return { listed, remainders };
  }

  /** Adds what another selector was offered (a file read to its end) as if offered here. */
  merge(other: ContentSelector): void {
    // Items with findings are kept records, already detached (read/record-collector.ts).
    for (const item of other.flagged) this.flagged.push(item);
    for (const [category, byRank] of other.dated) {
      for (const [rank, items] of byRank) this.datedOf(category, rank).merge(items);
    }
  }

  private datedOf(category: string, rank: number): DatedItems {
    let byRank = this.dated.get(category);
    if (!byRank) {
      byRank = new Map();
      this.dated.set(category, byRank);
    }
    let items = byRank.get(rank);
    if (!items) {
      items = new DatedItems();
      byRank.set(rank, items);
    }
    return items;
  }
}

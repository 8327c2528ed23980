import type { FindingCode } from '../sensitive/codes.js';
import { compareText } from '../util/compare.js';
import { dayNumber } from '../util/dates.js';
import { detachedRecord } from '../util/text.js';
import type { ClassifiedRecord, Priority } from './schema.js';

type ContentKind = 'post' | 'article' | 'comment' | 'poll-vote' | 'instant-repost';
const contentKinds = new Set<string>(['post', 'article', 'comment', 'poll-vote', 'instant-repost']);

export function isContentKind(kind: string): kind is ContentKind {
  return contentKinds.has(kind);
}

/** Why a content item is in the plan, if it is: its age or what was found in it. */
export interface ContentCandidate {
  record: ClassifiedRecord;
  kind: ContentKind;
  findings: FindingCode[];
  old: boolean;
  priority: Priority;
  /** The priority as a number, in plan order. */
  rank: number;
  /** The record's day as a number (`dayNumber`), so that most comparisons compare numbers. */
  day: number;
}

const priorityRank: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export function contentCandidate(
  record: ClassifiedRecord,
  cutoff: string | null,
  findings: FindingCode[],
): ContentCandidate | null {
  const { kind } = record;
  if (!isContentKind(kind) || record.scope !== 'in-scope') return null;
  const { date } = record;
  const old = date !== null && cutoff !== null && date < cutoff;
  if (!old && findings.length === 0) return null;
  const inGroup = record.category === 'group-activity';
  const priority: Priority =
    findings.length > 0
      ? 'high'
      : inGroup || kind === 'post' || kind === 'article'
        ? 'medium'
        : 'low';
  return {
    record,
    kind,
    findings,
    old,
    priority,
    rank: priorityRank[priority],
    day: dayNumber(date),
  };
}

/**
 * Plan order: priority, then date (undated first), then id; ids are unique, so never a tie. On
 * day numbers (`dayNumber`) this is the order `priority \0 date \0 id` had as one text, as long
 * as no date holds a NUL, which the decoder drops (csv/decode.ts).
 */
export function compareCandidates(a: ContentCandidate, b: ContentCandidate): number {
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
 * The `itemsListedPerCategory` first candidates of one category, in plan order, in a ring: exports
 * list newest or oldest first, so nearly every item that gets in goes in first or last place, and
 * the ring takes it there without moving the others.
 */
class ListedWindow {
  private readonly ring: (ContentCandidate | undefined)[] = new Array<undefined>(
    itemsListedPerCategory,
  ).fill(undefined);
  private head = 0;
  size = 0;

  private slot(position: number): number {
    const slot = this.head + position;
    // Not `%`: a division per step costs more than the step.
    return slot >= itemsListedPerCategory ? slot - itemsListedPerCategory : slot;
  }

  at(position: number): ContentCandidate {
    const candidate = this.ring[this.slot(position)];
    if (candidate === undefined) throw new Error(`no listed item at ${String(position)}`);
    return candidate;
  }

  /** Lists the candidate if it is among the first; returns what is left out (it or the last). */
  offer(candidate: ContentCandidate): ContentCandidate | undefined {
    const full = this.size === itemsListedPerCategory;
    if (full && compareCandidates(this.at(this.size - 1), candidate) < 0) return candidate;
    let low = 0;
    if (this.size > 0 && compareCandidates(this.at(0), candidate) < 0) {
      let high = this.size;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareCandidates(this.at(middle), candidate) < 0) low = middle + 1;
        else high = middle;
      }
    }
    let dropped: ContentCandidate | undefined;
    if (full) {
      dropped = this.at(this.size - 1);
      this.ring[this.slot(this.size - 1)] = undefined;
      this.size--;
    }
    // The items before the new one move one place back, or those after it one place on,
    // whichever are fewer.
    if (low < this.size - low) {
      this.head = this.slot(itemsListedPerCategory - 1);
      for (let position = 0; position < low; position++) {
        this.ring[this.slot(position)] = this.ring[this.slot(position + 1)];
      }
    } else {
      for (let position = this.size; position > low; position--) {
        this.ring[this.slot(position)] = this.ring[this.slot(position - 1)];
      }
    }
    this.ring[this.slot(low)] = candidate;
    this.size++;
    return dropped;
  }

  items(): ContentCandidate[] {
    return Array.from({ length: this.size }, (_, position) => this.at(position));
  }
}

/**
 * Chooses the content items the plan lists: every item with findings, and per category the
 * `itemsListedPerCategory` first by priority and date; the others are only counted. Items can be
 * offered as they are read, so a large export's posts and comments need not be held.
 */
export class ContentSelector {
  private readonly flagged: ContentCandidate[] = [];
  private readonly listed = new Map<string, ListedWindow>();
  private readonly rest = new Map<string, Remainder>();

  offer(candidate: ContentCandidate): void {
    if (candidate.findings.length > 0) {
      this.flagged.push(candidate);
      return;
    }
    const { category } = candidate.record;
    let window = this.listed.get(category);
    if (!window) {
      window = new ListedWindow();
      this.listed.set(category, window);
    }
    // Detached when the selection is merged (`merge`): most items a file's reading lists are
    // pushed out again, and they cut from the few chunks most recently read.
    const left = window.offer(candidate);
    if (left) this.count(category, left);
  }

  /** The listed items in plan order, and what is left of each category in the order it comes. */
  selection(): { listed: ContentCandidate[]; remainders: [string, Remainder][] } {
    const listed = [
      ...this.flagged,
      ...[...this.listed.values()].flatMap((window) => window.items()),
    ].sort(compareCandidates);
    const remainders = [...this.rest].sort(([, a], [, b]) => compareCandidates(a.first, b.first));
    return { listed, remainders };
  }

  /** Adds what another selector chose (a file read to its end) as if offered here. */
  merge(other: ContentSelector): void {
    // Items with findings are kept records, already detached (read/record-collector.ts).
    for (const candidate of other.flagged) this.flagged.push(candidate);
    for (const window of other.listed.values()) {
      // A listed item outlives the chunk its text was cut from (util/text.ts).
      for (const candidate of window.items()) {
        this.offer({ ...candidate, record: detachedRecord(candidate.record) });
      }
    }
    for (const [category, remainder] of other.rest) {
      const first = { ...remainder.first, record: detachedRecord(remainder.first.record) };
      const known = this.rest.get(category);
      if (!known) {
        this.rest.set(category, { ...remainder, first });
        continue;
      }
      known.count += remainder.count;
      if (compareCandidates(first, known.first) < 0) known.first = first;
      const { newest } = remainder;
      if (newest !== null && (known.newest === null || newest > known.newest)) {
        known.newest = newest;
      }
    }
  }

  private count(category: string, candidate: ContentCandidate): void {
    const remainder = this.rest.get(category);
    if (!remainder) {
      this.rest.set(category, { first: candidate, count: 1, newest: candidate.record.date });
      return;
    }
    remainder.count++;
    if (compareCandidates(candidate, remainder.first) < 0) remainder.first = candidate;
    const { date } = candidate.record;
    if (date !== null && (remainder.newest === null || date > remainder.newest)) {
      remainder.newest = date;
    }
  }
}

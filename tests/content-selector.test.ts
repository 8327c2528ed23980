import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ContentSelector,
  contentItem,
  itemsListedPerCategory,
  type ContentItem,
} from '../src/core/report/content-selector.js';
import type { ClassifiedRecord } from '../src/core/report/schema.js';
import type { FindingCode } from '../src/core/sensitive/codes.js';
import { compareText } from '../src/core/util/compare.js';
import { dayNumber, isBefore } from '../src/core/util/dates.js';

/**
 * Days items count as old from: after every date, between them, equal to one, of another shape,
 * before all, none. The selector is offered items before it knows which.
 */
const cutoffs = ['9999-12-31', '2022-01-01', '2021-12-31', '2022-01', '0000-01-01', null];
const cutoff = fc.constantFrom(...cutoffs);

/** Few days, so that many items share one and the id decides; some dates of other shapes. */
const date = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2019-03-01', '2021-12-31', '2022-01-01', '2024-05-09') },
  { weight: 1, arbitrary: fc.constantFrom('2022-01', '2022-01-01 10:00', '20220101', '2022-1-01') },
  { weight: 1, arbitrary: fc.constant(null) },
);

const item = fc.record({
  category: fc.constantFrom('posts', 'comments', 'group-activity'),
  kind: fc.constantFrom('post', 'comment', 'article'),
  date,
  flagged: fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0),
});

interface Item {
  category: string;
  kind: 'post' | 'comment' | 'article';
  date: string | null;
  flagged: boolean;
}

function candidatesOf(items: readonly Item[]): ContentItem[] {
  return items.flatMap((entry, index) => {
    const record: ClassifiedRecord = {
      // Ids of two tables, with and without the numbering suffix, as the collector makes them.
      id: `${index % 3 === 0 ? 'comments' : 'shares'}-${((index * 2654435761) % 2 ** 32).toString(16).padStart(16, '0')}${index % 7 === 0 ? '-2' : ''}`,
      category: entry.category,
      scope: 'in-scope',
      kind: entry.kind,
      date: entry.date,
      source: { file: 'Shares.csv', row: index + 2 },
      link: null,
      text: 'text',
      reason: 'reason',
    };
    const findings: FindingCode[] = entry.flagged ? ['phone'] : [];
    const candidate = contentItem(record, findings);
    return candidate ? [candidate] : [];
  });
}

/** The order the plan had as one text (`priority \0 date \0 id`), before it compared numbers. */
function textOrder(candidate: ContentItem): string {
  const { record } = candidate;
  return `${String(candidate.rank)}\u0000${record.date ?? ''}\u0000${record.id}`;
}

const byTextOrder = (a: ContentItem, b: ContentItem) => compareText(textOrder(a), textOrder(b));

/** What the selector must choose, worked out by sorting everything. */
function expectedSelection(candidates: readonly ContentItem[], cutoff: string | null) {
  const flagged = candidates.filter((candidate) => candidate.findings.length > 0);
  const listed = flagged.map((candidate) => ({
    candidate,
    old: isBefore(candidate.record.date, cutoff),
  }));
  const remainders: [string, { count: number; first: ContentItem; newest: string | null }][] = [];
  const categories = [...new Set(candidates.map((candidate) => candidate.record.category))];
  for (const category of categories) {
    const ordered = candidates
      .filter((candidate) => candidate.findings.length === 0)
      .filter((candidate) => candidate.record.category === category)
      .filter((candidate) => isBefore(candidate.record.date, cutoff))
      .sort(byTextOrder);
    listed.push(
      ...ordered.slice(0, itemsListedPerCategory).map((candidate) => ({ candidate, old: true })),
    );
    const rest = ordered.slice(itemsListedPerCategory);
    const [first] = rest;
    if (!first) continue;
    const dates = rest.flatMap(({ record }) => (record.date === null ? [] : [record.date]));
    const newest = dates.length > 0 ? ([...dates].sort(compareText).at(-1) ?? null) : null;
    remainders.push([category, { count: rest.length, first, newest }]);
  }
  remainders.sort(([, a], [, b]) => byTextOrder(a.first, b.first));
  return {
    listed: listed
      .sort((a, b) => byTextOrder(a.candidate, b.candidate))
      .map(({ candidate, old }) => [candidate.record.id, old] as const),
    remainders: remainders.map(
      ([category, { count, first, newest }]) =>
        [category, { count, first: first.record.id, newest }] as const,
    ),
  };
}

function actualSelection(selector: ContentSelector, cutoff: string | null) {
  const { listed, remainders } = selector.selection(cutoff);
  return {
    listed: listed.map(({ record, old }) => [record.id, old] as const),
    remainders: remainders.map(
      ([category, { count, first, newest }]) =>
        [category, { count, first: first.record.id, newest }] as const,
    ),
  };
}

describe('dayNumber', () => {
  it('reads YYYY-MM-DD as YYYYMMDD, no date as -1 and any other shape as NaN', () => {
    expect(dayNumber('2024-05-09')).toBe(20240509);
    expect(dayNumber(null)).toBe(-1);
    for (const other of ['2024-5-09', '2024-05-09 10:00', '2024/05/09', '2024-0a-09', '']) {
      expect(dayNumber(other)).toBeNaN();
    }
  });
});

describe('ContentSelector', () => {
  const orders = {
    'as generated': (candidates: ContentItem[]) => candidates,
    'oldest first': (candidates: ContentItem[]) => [...candidates].sort(byTextOrder),
    'newest first': (candidates: ContentItem[]) => [...candidates].sort(byTextOrder).reverse(),
  };

  for (const [name, arrange] of Object.entries(orders)) {
    it(`chooses what sorting the old items by the text order chooses (offered ${name})`, () => {
      fc.assert(
        fc.property(fc.array(item, { maxLength: 700, size: 'max' }), cutoff, (items, cutoff) => {
          const candidates = arrange(candidatesOf(items));
          const selector = new ContentSelector();
          for (const candidate of candidates) selector.offer(candidate);
          expect(actualSelection(selector, cutoff)).toEqual(expectedSelection(candidates, cutoff));
        }),
        { numRuns: 60, endOnFailure: true },
      );
    });
  }

  it('chooses the same when the items are offered to several selectors and merged', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 700, size: 'max' }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        cutoff,
        (items, cuts, cutoff) => {
          const candidates = candidatesOf(items);
          const whole = new ContentSelector();
          for (const candidate of candidates) whole.offer(candidate);
          const merged = new ContentSelector();
          const parts = [...new Set(cuts.map((cut) => cut % (candidates.length + 1)))].sort(
            (a, b) => a - b,
          );
          let start = 0;
          for (const end of [...parts, candidates.length]) {
            const part = new ContentSelector();
            for (const candidate of candidates.slice(start, end)) part.offer(candidate);
            merged.merge(part);
            start = Math.max(start, end);
          }
          expect(actualSelection(merged, cutoff)).toEqual(actualSelection(whole, cutoff));
        },
      ),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('keeps the newest date of what is left over, counted or merged in any order', () => {
    // Enough old items to fill the list, then the left-over ones in no order of their dates.
    const filler = (count: number): Item[] =>
      Array.from({ length: count }, () => ({
        category: 'comments',
        kind: 'comment',
        date: '2019-03-01',
        flagged: false,
      }));
    const late = (date: string): Item => ({
      category: 'comments',
      kind: 'comment',
      date,
      flagged: false,
    });
    const newestOf = (selector: ContentSelector) =>
      selector.selection('9999-12-31').remainders.map(([, remainder]) => remainder.newest);

    const counted = new ContentSelector();
    const items = [
      ...filler(itemsListedPerCategory),
      ...['2021-06-01', '2024-05-09', '2022-03-03'].map(late),
    ];
    for (const candidate of candidatesOf(items)) counted.offer(candidate);
    expect(newestOf(counted)).toEqual(['2024-05-09']);

    const merged = new ContentSelector();
    const all = candidatesOf(
      ['2021-06-01', '2024-05-09', '2022-03-03'].flatMap((date) => [
        ...filler(itemsListedPerCategory),
        late(date),
      ]),
    );
    for (let part = 0; part < 3; part++) {
      const selector = new ContentSelector();
      const size = itemsListedPerCategory + 1;
      for (const candidate of all.slice(part * size, (part + 1) * size)) selector.offer(candidate);
      merged.merge(selector);
    }
    expect(newestOf(merged)).toEqual(['2024-05-09']);
  });

  it('takes the newest date left over only from the priorities with items left over', () => {
    // Posts (medium) are all listed before any comment (low), whatever their dates.
    const posts: Item[] = Array.from({ length: 50 }, () => ({
      category: 'posts',
      kind: 'post',
      date: '2023-06-01',
      flagged: false,
    }));
    const comments: Item[] = Array.from({ length: 200 }, () => ({
      category: 'posts',
      kind: 'comment',
      date: '2019-03-01',
      flagged: false,
    }));
    const selector = new ContentSelector();
    for (const candidate of candidatesOf([...comments, ...posts])) selector.offer(candidate);
    const { listed, remainders } = selector.selection('2024-01-01');
    expect(listed.filter(({ kind }) => kind === 'post')).toHaveLength(50);
    expect(listed.filter(({ kind }) => kind === 'comment')).toHaveLength(50);
    expect(remainders.map(([category, { count, newest }]) => [category, count, newest])).toEqual([
      ['posts', 150, '2019-03-01'],
    ]);
  });
});

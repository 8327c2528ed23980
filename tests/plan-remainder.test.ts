import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../src/core/policy/index.js';
import { itemsListedPerCategory } from '../src/core/report/content-selector.js';
import { analyzeFiles } from './helpers/build-zip.js';

/** `count` comments, one a day from 2020-01-01, the first `withEmail` holding an email address. */
function comments(count: number, withEmail = 0): string {
  const rows = Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);
    const text =
      index < withEmail
        ? `Write to jane.doe${String(index)}@gmail.com`
        : `Comment ${String(index)}`;
    return `${day} 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:${String(7000 + index)},"${text}"`;
  });
  return ['Date,Link,Message', ...rows].join('\n');
}

describe('the plan on a decade of activity', () => {
  it('lists old comments one by one up to the cap and the rest as one suggestion', async () => {
    const extra = 37;
    const report = await analyzeFiles({ 'Comments.csv': comments(itemsListedPerCategory + extra) });
    const items = report.suggestions.filter((suggestion) => suggestion.category === 'comments');
    const rest = items.filter((suggestion) => suggestion.id === 'more-comments');
    expect(items).toHaveLength(itemsListedPerCategory + 1);
    expect(rest).toHaveLength(1);
    expect(rest[0]?.action).toContain(
      `Delete ${String(extra)} more of your comments older than 6 months`,
    );
    // Comments have no link of their own in the export: the activity page lists them all.
    expect(rest[0]?.link).toBe(defaultPolicy.links.commentsActivity);
    // The oldest are the ones listed: they have been exposed the longest.
    const listedDates = items.filter((s) => s.id !== 'more-comments').map((s) => s.date);
    expect(listedDates.every((date) => date !== null && date < '2020-04-11')).toBe(true);
  });

  it('always lists an item with sensitive content on its own, however many there are', async () => {
    const report = await analyzeFiles({
      'Comments.csv': comments(2 * itemsListedPerCategory + 20, itemsListedPerCategory + 5),
    });
    const flagged = report.suggestions.filter((s) => s.findings.includes('email'));
    expect(flagged).toHaveLength(itemsListedPerCategory + 5);
    const rest = report.suggestions.find((s) => s.id === 'more-comments');
    expect(rest?.action).toContain('Delete 15 more of your comments');
  });

  it('lists everything when a category has no more than the cap', async () => {
    const report = await analyzeFiles({ 'Comments.csv': comments(itemsListedPerCategory) });
    expect(report.suggestions.some((s) => s.id.startsWith('more-'))).toBe(false);
    expect(report.suggestions.filter((s) => s.category === 'comments')).toHaveLength(
      itemsListedPerCategory,
    );
  });
});

describe('the plan chosen while reading (keepRecords: flagged)', () => {
  it('is the plan chosen from all records, across split files', async () => {
    const all = comments(2 * itemsListedPerCategory + 60, 30).split('\n');
    const [header = '', ...rows] = all;
    // Split files (export-format.md §1.5), the newer half first, so the choice spans both.
    const files = {
      'Comments_1.csv': [header, ...rows.slice(150)].join('\n'),
      'Comments_2.csv': [header, ...rows.slice(0, 150)].join('\n'),
    };
    const everything = await analyzeFiles(files);
    const flagged = await analyzeFiles(files, { keepRecords: 'flagged' });
    expect(flagged.suggestions).toEqual(everything.suggestions);
    expect(flagged.findings).toEqual(everything.findings);
    expect(flagged.suggestions.find((s) => s.id === 'more-comments')?.action).toContain(
      `Delete ${String(rows.length - 30 - itemsListedPerCategory)} more of your comments`,
    );
    expect(flagged.records.length).toBe(30);
  });

  it('is the same when the archive is renamed: the export date comes from the records', async () => {
    const all = comments(4 * itemsListedPerCategory + 60, 30).split('\n');
    const [header = '', ...rows] = all;
    // The newest comments, which give the export date, come last, after the plan was chosen.
    const files = {
      'Comments_1.csv': [header, ...rows.slice(0, 150)].join('\n'),
      'Comments_2.csv': [header, ...rows.slice(150)].join('\n'),
    };
    const everything = await analyzeFiles(files, {}, 'my-linkedin-data.zip');
    const flagged = await analyzeFiles(files, { keepRecords: 'flagged' }, 'my-linkedin-data.zip');
    expect(flagged.warnings.map((warning) => warning.code)).toContain('export-date-from-records');
    expect(flagged.exportDate).toBe(everything.exportDate);
    expect(flagged.suggestions).toEqual(everything.suggestions);
    // Old, now that the date is the newest comment's: all but the last six months of them.
    expect(flagged.suggestions.find((s) => s.id === 'more-comments')).toBeDefined();
    // Only the items with findings are held, as with a dated archive.
    expect(flagged.records.length).toBe(30);
  });
});

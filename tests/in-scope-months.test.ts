import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MonthCounts } from '../src/core/read/month-counts.js';
import { compareText } from '../src/core/util/compare.js';
import { analyzeExport, reportSchema, type ExposureReport } from '../src/core/index.js';
import { analyzeFiles } from './helpers/build-zip.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';

/** The months as the records of a report that keeps them all give them. */
function monthsOfRecords(report: ExposureReport): { month: string; records: number }[] {
  const counts = new Map<string, number>();
  for (const { scope, date } of report.records) {
    if (scope !== 'in-scope' || date === null) continue;
    counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, records]) => ({ month, records }));
}

describe('MonthCounts', () => {
  it('counts by the first seven characters of any date, as numbers where it can', () => {
    const date = fc.oneof(
      fc
        .record({
          year: fc.integer({ min: 0, max: 9999 }),
          month: fc.integer({ min: 0, max: 99 }),
          rest: fc.constantFrom('', '-01', '-31', ' 10:00'),
        })
        .map(
          ({ year, month, rest }) =>
            `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}${rest}`,
        ),
      fc.constantFrom('2024', '2024-5-09', '2024/05/09', '20a4-05-01', '2024-0x-01', ''),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(date, fc.boolean())), (dates) => {
        const counts = new MonthCounts();
        const file = new MonthCounts();
        const oracle = new Map<string, number>();
        for (const [text, inFile] of dates) {
          (inFile ? file : counts).add('in-scope', text);
          oracle.set(text.slice(0, 7), (oracle.get(text.slice(0, 7)) ?? 0) + 1);
        }
        counts.add('excluded', '2020-01-01');
        counts.add('in-scope', null);
        counts.addAll(file);
        expect(counts.list()).toEqual(
          [...oracle]
            .sort(([a], [b]) => compareText(a, b))
            .map(([month, records]) => ({ month, records })),
        );
      }),
    );
  });
});

describe('inScopeMonths', () => {
  it.each(listFixtures())(
    'counts the in-scope records of $name month by month, without keeping them',
    async ({ archives }) => {
      const inputs = archives.map(readArchive);
      const all = await analyzeExport(inputs, { keepRecords: 'all' });
      expect(all.inScopeMonths.length).toBeGreaterThan(0);
      expect(all.inScopeMonths).toEqual(monthsOfRecords(all));
      const undated = all.records.filter(
        (record) => record.scope === 'in-scope' && record.date === null,
      ).length;
      const dated = all.inScopeMonths.reduce((sum, { records }) => sum + records, 0);
      expect(all.totals.inScope - dated).toBe(undated);
      const flagged = await analyzeExport(inputs, { keepRecords: 'flagged' });
      expect(flagged.inScopeMonths).toEqual(all.inScopeMonths);
      expect(reportSchema.safeParse(flagged).success).toBe(true);
    },
  );

  it('counts each month once per record, oldest first, across files and years', async () => {
    const header = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility';
    const post = (date: string, activity: number) =>
      `${date},https://www.linkedin.com/feed/update/urn:li:activity:${String(activity)},"Post ${String(activity)}",,,MEMBER_NETWORK`;
    const report = await analyzeFiles({
      'Shares_2.csv': [header, post('2025-01-05 08:00:00', 3), post('2023-12-31 23:59:59', 4)].join(
        '\n',
      ),
      'Shares_1.csv': [header, post('2025-01-20 09:00:00', 1), post('', 2)].join('\n'),
      'messages.csv': [
        'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
        'c1,,Ann,,Bo,,2025-02-01 10:00:00 UTC,,Hello,INBOX',
      ].join('\n'),
    });
    expect(report.inScopeMonths).toEqual([
      { month: '2023-12', records: 1 },
      { month: '2025-01', records: 2 },
    ]);
    expect(report.totals.inScope).toBe(4);
  });
});

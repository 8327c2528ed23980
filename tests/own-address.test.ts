import { describe, expect, it } from 'vitest';
import type { ExposureReport } from '../src/core/index.js';
import type { KeepRecords } from '../src/core/read/record-collector.js';
import { scanRecord } from '../src/core/sensitive/scan.js';
import { analyzeFiles, cell, csv, lines, type ExportFiles } from './helpers/build-zip.js';

// The profile's contact line names the member's home address (sensitive/own-address.ts):
// a post, comment, article or answer that repeats it gets a `postal-address` finding, even where
// the address pattern, which reads only addresses a text announces, finds nothing.

const profileHeader =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers';

function profile(address: string, summary = ''): string {
  return lines(
    profileHeader,
    `Jane,Doe,,${cell(address)},Mar 28,Data Analyst,${cell(summary)},Technology,78701,"Austin, Texas",,,`,
  );
}

function posts(...texts: string[]): string {
  return csv(
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
    texts.map((text, index) => [
      `2023-08-1${String(index)} 13:08:21`,
      `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${String(index + 1)}`,
      text,
      '',
      '',
      'MEMBER_NETWORK',
    ]),
  );
}

const address = '1420 Elm Street, Austin';
const modes: readonly KeepRecords[] = ['all', 'in-scope', 'flagged'];

async function reportsOf(files: ExportFiles): Promise<ExposureReport[]> {
  return Promise.all(modes.map((keepRecords) => analyzeFiles(files, { keepRecords })));
}

/** The report without its records, which each way of keeping keeps fewer of. */
function withoutRecords(report: ExposureReport): Omit<ExposureReport, 'records'> {
  const { records: _records, ...rest } = report;
  return rest;
}

/** The findings as [the kind of record they were found in, code, preview]. */
function findingsOf(report: ExposureReport): [string, string, string][] {
  return report.findings.map((finding) => [
    report.records.find((record) => record.id === finding.recordId)?.kind ?? '',
    finding.code,
    finding.preview,
  ]);
}

describe('a post that repeats the profile’s home address', () => {
  const files = {
    'Profile.csv': profile(address),
    'Shares.csv': posts(
      'Party tonight at 1420 Elm Street, Austin! Bring snacks.',
      'Nothing to see here.',
      // Another number on the same street: not the member's address.
      'Our old office at 11420 Elm Street, Austin closed.',
    ),
    'Comments.csv': csv('Date,Link,Message', [
      [
        '2024-02-01 10:00:00',
        'https://www.linkedin.com/feed/update/urn:li:activity:7',
        `Drop it off at\n${address}`,
      ],
    ]),
  };

  it('is flagged with a postal-address finding, the same whatever records are kept', async () => {
    const [all, inScope, flagged] = await reportsOf(files);
    if (!all || !inScope || !flagged) throw new Error('three reports');
    expect(findingsOf(all)).toEqual([
      ['post', 'postal-address', '1••• E••• S•••, A•••'],
      ['comment', 'postal-address', '1••• E••• S•••, A•••'],
    ]);
    expect(all.findings[0]).toMatchObject({ start: 17, end: 17 + address.length });
    expect(withoutRecords(inScope)).toEqual(withoutRecords(all));
    expect(withoutRecords(flagged)).toEqual(withoutRecords(all));
    // In the plan, with its reason, masked.
    const why = all.suggestions.map((suggestion) => suggestion.why);
    expect(why.filter((reason) => reason.startsWith('postal address'))).toHaveLength(2);
    expect(JSON.stringify(all)).not.toMatch(/(?<!\d)1420 Elm/u);
  });

  it('is flagged and masked with a particle, a case ending or a prefix glued to it', async () => {
    // Japanese and Chinese put no space between words, Korean none before a particle, Hungarian
    // and Finnish glue case endings, Hebrew prefixes: only a digit beside it makes it another
    // address. Masked there before the address was flagged; left in full for a while when a
    // found value had to stand apart from every letter.
    const reports = await reportsOf({
      'Profile.csv': profile(address),
      'Shares.csv': posts(
        `引っ越しました！新しい住所は${address}です。`,
        `서울 말고 ${address}에 살아요`,
        `我住在${address}附近`,
        `Az új címem ${address}ban van.`,
        `הכתובת החדשה שלי ב${address}`,
      ),
    });
    for (const report of reports) {
      expect(findingsOf(report).map(([kind, code]) => [kind, code])).toEqual([
        ['post', 'postal-address'],
        ['post', 'postal-address'],
        ['post', 'postal-address'],
        ['post', 'postal-address'],
        ['post', 'postal-address'],
      ]);
      expect(JSON.stringify(report)).not.toMatch(/1420 Elm/u);
    }
  });

  it('shows the address in its preview with --show-values', async () => {
    const report = await analyzeFiles(files, { showValues: true });
    expect(report.findings.map((finding) => finding.preview)).toEqual([address, address]);
  });

  it('is flagged once where the address pattern finds it too', async () => {
    const report = await analyzeFiles({
      'Profile.csv': profile(address),
      'Shares.csv': posts('Moving! My address is 1420 Elm Street, Austin, TX 78701.'),
    });
    expect(report.findings.map((finding) => [finding.code, finding.preview])).toEqual([
      ['postal-address', '1••• E••• S•••, A•••, T••• 7•••'],
    ]);
  });

  it('is flagged in the profile’s own summary, read before the contact line', async () => {
    const reports = await reportsOf({
      'Profile.csv': profile(address, `Visit me at ${address}.`),
    });
    for (const report of reports) {
      expect(findingsOf(report)).toEqual([['profile', 'postal-address', '1••• E••• S•••, A•••']]);
    }
    expect(reports[1]?.suggestions).toEqual(reports[0]?.suggestions);
    expect(reports[2]?.suggestions).toEqual(reports[0]?.suggestions);
  });

  it.each(['Austin', '78701'])(
    'is not flagged when the profile’s address is "%s" alone (not masked either)',
    async (cityOrZip) => {
      const report = await analyzeFiles({
        'Profile.csv': profile(cityOrZip),
        'Shares.csv': posts(`Back home in ${cityOrZip} 78701 Austin.`),
      });
      expect(report.findings).toEqual([]);
    },
  );
});

describe('a long text that repeats the address', () => {
  it('is scanned in linear time', () => {
    // Each place was checked against every place found before it: seconds on such a text.
    const text = `at ${address}; `.repeat(100_000);
    const record = {
      id: 'post-1',
      category: 'posts',
      scope: 'in-scope' as const,
      kind: 'post' as const,
      date: '2024-01-01',
      source: { file: 'Shares.csv', row: 1 },
      link: null,
      text,
      reason: '',
    };
    const started = performance.now();
    const { findings } = scanRecord(record, { region: null, showValues: false }, () => [], [
      address,
    ]);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(findings).toHaveLength(100_000);
  });
});

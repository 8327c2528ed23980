import { inflateRawSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { countThreads } from '../src/cli/count-threads.js';
import { analyzeExport, type AnalyzeOptions, type ExposureReport } from '../src/core/index.js';
import type { CountElsewhere } from '../src/core/read/count-elsewhere.js';
import { concatBytes } from '../src/core/util/bytes.js';
import { analyzeFiles, buildZip, completeZipName } from './helpers/build-zip.js';
import { chunksOf, wholeEntries } from './helpers/inflate-chunks.js';
import { listFixtures, readArchive } from './helpers/fixtures.js';

// Issue 5: reading entries in chunks, counting instead of keeping, and the Node platform hooks
// must not change a report. The baseline inflates every entry whole and keeps every record: the
// non-streaming reading (the golden reports, made before streaming, pin it to the old results).

/**
 * The report as `flagged` reads it with the CLI's worker thread (src/cli/count-threads.ts, built
 * by `npm run build`) taking every counted file however small, so that the fixtures' private
 * messages are all counted there; `counted` lists the files it took, by their archive paths.
 */
async function analyzeOnWorker(
  inputs: Parameters<typeof analyzeExport>[0],
): Promise<{ report: ExposureReport; counted: string[] }> {
  const threads = countThreads({
    minBytes: 0,
    workerUrl: new URL('../dist/cli/count-worker.js', import.meta.url),
  });
  const counted: string[] = [];
  const countElsewhere: CountElsewhere = (spec, trainingSince, entry, onBytes) => {
    counted.push(entry.check.path);
    return threads(spec, trainingSince, entry, onBytes);
  };
  const report = await analyzeExport(inputs, {
    isUtf8: (bytes) => isUtf8(bytes),
    keepRecords: 'flagged',
    countElsewhere,
  });
  return { report, counted };
}

/** What `keepRecords: 'in-scope'` keeps: in-scope records, resumes and the saved answers. */
const keptKinds = new Set(['resume-text', 'saved-answer', 'saved-screening-answer']);
function inScopeRecords(report: ExposureReport): ExposureReport['records'] {
  return report.records.filter(
    (record) => record.scope === 'in-scope' || keptKinds.has(record.kind),
  );
}

/** What `flagged` keeps of those: no post, comment or poll vote without findings. */
const contentKinds = new Set(['post', 'article', 'comment', 'poll-vote', 'instant-repost']);
function flaggedRecords(report: ExposureReport): ExposureReport['records'] {
  const flagged = new Set(report.findings.map((finding) => finding.recordId));
  return inScopeRecords(report).filter(
    (record) => !contentKinds.has(record.kind) || flagged.has(record.id),
  );
}

describe.each(listFixtures())('fixture $name', ({ archives }) => {
  const inputs = archives.map(readArchive);
  const baseline = analyzeExport(inputs, { inflateRaw: wholeEntries });

  it.each([1, 7, 4096])('gives the same report read in chunks of %i bytes', async (size) => {
    const streamed = await analyzeExport(inputs, { inflateRaw: chunksOf(size) });
    expect(streamed).toEqual(await baseline);
  });

  it('gives the same report with the platform DecompressionStream (the default)', async () => {
    expect(await analyzeExport(inputs)).toEqual(await baseline);
  });

  it.each([
    ['in-scope', inScopeRecords],
    ['flagged', flaggedRecords],
  ] as const)(
    'counts what it does not keep (%s): same report, fewer records',
    async (keepRecords, expectedRecords) => {
      const whole = await baseline;
      for (const inflateRaw of [wholeEntries, chunksOf(5)]) {
        const counted = await analyzeExport(inputs, {
          inflateRaw,
          isUtf8: (bytes) => isUtf8(bytes),
          keepRecords,
        });
        expect({ ...counted, records: [] }).toEqual({ ...whole, records: [] });
        expect(counted.records).toEqual(expectedRecords(whole));
      }
    },
  );

  it('gives the same report with private messages counted on a worker thread', async () => {
    const whole = await baseline;
    const { report, counted } = await analyzeOnWorker(inputs);
    expect({ ...report, records: [] }).toEqual({ ...whole, records: [] });
    expect(report.records).toEqual(flaggedRecords(whole));
    // The archive's own paths: a wrapping folder is still in them.
    for (const file of whole.files.filter((entry) => entry.table === 'messages')) {
      expect(counted.some((path) => path.endsWith(file.path))).toBe(true);
    }
  });

  it('hands on every record of the full report, in order, and keeps none', async () => {
    const whole = await baseline;
    const handed: ExposureReport['records'] = [];
    const streamed = await analyzeExport(inputs, {
      onRecord: (record) => {
        handed.push(record);
      },
    });
    expect(handed).toEqual(whole.records);
    expect(streamed).toEqual({ ...whole, records: [] });
  });
});

describe('a worker thread that cannot start', () => {
  it('leaves the files it was given to be counted on the main thread: the same report', async () => {
    const [fixture] = listFixtures();
    if (!fixture) throw new Error('no fixtures');
    const inputs = fixture.archives.map(readArchive);
    const options = {
      isUtf8: (bytes: Uint8Array) => isUtf8(bytes),
      keepRecords: 'flagged',
    } as const;
    const here = await analyzeExport(inputs, options);
    expect(here.files.some((file) => file.table === 'messages' && file.status === 'parsed')).toBe(
      true,
    );
    const missing = countThreads({
      minBytes: 0,
      workerUrl: new URL('../dist/cli/no-such-worker.js', import.meta.url),
    });
    expect(await analyzeExport(inputs, { ...options, countElsewhere: missing })).toEqual(here);
    // Later files are not handed to it again.
    expect(await analyzeExport(inputs, { ...options, countElsewhere: missing })).toEqual(here);
  });
});

describe('a file that fails half-way', () => {
  const header = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility';
  const post = (day: string, activity: number, text: string) =>
    `${day} 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:${String(activity)},"${text}",,,MEMBER_NETWORK`;
  const table = [header, post('2024-01-02', 1, 'First post'), post('2024-01-03', 2, 'Second')];

  /** Inflates normally, except that the entry holding `marker` breaks before its last bytes. */
  function breakingOn(marker: string): AnalyzeOptions['inflateRaw'] {
    return async function* (compressed) {
      const inflated = inflateRawSync(compressed);
      if (!inflated.toString('utf8').includes(marker)) {
        yield inflated;
        return;
      }
      yield await Promise.resolve(inflated.subarray(0, inflated.length - 5));
      throw new Error('invalid stored block lengths');
    };
  }

  it('adds none of its records, and its ids go to the same items elsewhere', async () => {
    // Long enough (over 64 KiB) that rows are handed on before the break.
    const filler = Array.from({ length: 2000 }, (_, index) =>
      post('2024-02-01', 100 + index, `Filler ${String(index)}`),
    );
    const report = await analyzeFiles(
      {
        'Shares_1.csv': [...table, ...filler, post('2024-03-01', 9, 'BREAK')].join('\n'),
        'Shares_2.csv': table.join('\n'),
      },
      { inflateRaw: breakingOn('BREAK') },
    );
    expect(report.files.find((file) => file.path === 'Shares_1.csv')).toMatchObject({
      status: 'failed',
      records: 0,
    });
    expect(report.categories.find((category) => category.id === 'posts')?.records).toBe(2);
    // Nor any month: the failed file's posts of February are not on the timeline.
    expect(report.inScopeMonths).toEqual([{ month: '2024-01', records: 2 }]);
    // Without giving the failed file's ids back, these two would be numbered `-2`.
    expect(report.records.map((record) => record.id).filter((id) => id.endsWith('-2'))).toEqual([]);
  });
});

/**
 * The report read one byte at a time, keeping all records or only the flagged ones, and with the
 * worker counting `expectCounted` (messages.csv unless said).
 */
async function expectSameByteByByte(
  inputs: Parameters<typeof analyzeExport>[0],
  whole: ExposureReport,
  { expectCounted = 'messages.csv' }: { expectCounted?: string } = {},
): Promise<void> {
  for (const keepRecords of ['all', 'flagged'] as const) {
    const chunked = await analyzeExport(inputs, {
      inflateRaw: chunksOf(1),
      isUtf8: (chunk) => isUtf8(chunk),
      keepRecords,
    });
    expect({ ...chunked, records: [] }).toEqual({ ...whole, records: [] });
  }
  const { report, counted } = await analyzeOnWorker(inputs);
  expect({ ...report, records: [] }).toEqual({ ...whole, records: [] });
  expect(counted).toContain(expectCounted);
}

describe('byte-order marks, however the bytes are cut', () => {
  const messages = [
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
    'c1,,Ana,https://www.linkedin.com/in/ana,Ben,https://www.linkedin.com/in/ben,2024-05-01 10:00:00 UTC,,"Hi",INBOX',
  ].join('\n');

  it.each(['\uFEFF', '\uFEFF\uFEFF'])('reads a file starting with %j the same', async (marks) => {
    const bytes = await buildZip({
      'Skills.csv': `${marks}Name\nPython\nSQL\n`,
      'messages.csv': `${marks}${messages}\n`,
    });
    const inputs = [{ name: completeZipName, bytes }];
    const whole = await analyzeExport(inputs, { inflateRaw: wholeEntries });
    expect(whole.files.filter((file) => file.status !== 'parsed')).toEqual([]);
    await expectSameByteByByte(inputs, whole);
  });
});

describe('invalid UTF-8', () => {
  it('counts each bad sequence once, apart from real U+FFFD, however the file is cut', async () => {
    const encoder = new TextEncoder();
    // Two stray Latin-1 bytes (é, ü) and a truncated sequence, next to a real, encoded U+FFFD.
    const skills = [
      encoder.encode('Name\nPython \uFFFD\nCaf'),
      Uint8Array.of(0xe9),
      encoder.encode('\nM'),
      Uint8Array.of(0xfc),
      encoder.encode('nchen\nSQL '),
      Uint8Array.of(0xe2, 0x82),
      encoder.encode('\n'),
    ];
    const bytes = await buildZip({ 'Skills.csv': concatBytes(skills) });
    const inputs = [{ name: completeZipName, bytes }];
    for (const inflateRaw of [wholeEntries, chunksOf(1), chunksOf(7)]) {
      const report = await analyzeExport(inputs, { inflateRaw });
      const warning = report.warnings.find(({ code }) => code === 'invalid-utf8');
      expect(warning?.message).toBe(
        'Skills.csv is not valid UTF-8: 3 byte sequences were replaced by \uFFFD.',
      );
    }
  });

  it('counts a cut sequence that starts like an encoded U+FFFD (EF BF) as bad', async () => {
    const encoder = new TextEncoder();
    const skills = [encoder.encode('Name\nCaf'), Uint8Array.of(0xef, 0xbf), encoder.encode('e\n')];
    const bytes = await buildZip({ 'Skills.csv': concatBytes(skills) });
    const report = await analyzeExport([{ name: completeZipName, bytes }], {
      inflateRaw: wholeEntries,
    });
    expect(report.warnings.find(({ code }) => code === 'invalid-utf8')?.message).toBe(
      'Skills.csv is not valid UTF-8: 1 byte sequence was replaced by \uFFFD.',
    );
  });
});

describe('odd files, whatever is kept and however they are cut', () => {
  const header =
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';

  it.each([
    ['a header without rows', `${header}\n`],
    ['only blank lines', '  \n\n \n'],
    ['only byte-order marks', '\uFEFF\uFEFF\uFEFF'],
    ['an unknown header', 'foo,bar\n1,2\n'],
    // Counting gives up on a NUL byte (its warning counts characters): read in full after all.
    ['a NUL byte', `${header}\nc1,,Ana,,Ben,,2024-05-01 10:00:00 UTC,,"a\u0000b",INBOX\n`],
    // Counting reads exact dates from their bytes and the others as text: one tally for both.
    [
      'dates exact, spaced, quoted, lower-case, invalid and missing',
      [
        header,
        'c1,,Ana,,Ben,,2019-03-04 10:00:00 UTC,,hi,INBOX',
        'c1,,Ana,,Ben,, 2018-01-02 10:00:00 UTC ,,hi,INBOX',
        'c1,,Ana,,Ben,,"2027-06-30 10:00:00 UTC",,hi,INBOX',
        'c1,,Ana,,Ben,,2026-12-01 10:00:00 utc,,hi,INBOX',
        'c1,,Ana,,Ben,,2025-02-29 10:00:00 UTC,,hi,INBOX',
        'c1,,Ana,,Ben,,,,hi,INBOX',
        'c1,,Ana,,Ben',
        '',
      ].join('\n'),
    ],
  ])('messages.csv with %s', async (_name, content) => {
    const bytes = await buildZip({
      'messages.csv': content,
      // A real U+FFFD is text, not a decoding error, even split over three chunks.
      'Skills.csv': 'Name\nPython \uFFFD\n',
    });
    const inputs = [{ name: completeZipName, bytes }];
    const whole = await analyzeExport(inputs, { inflateRaw: wholeEntries });
    expect(whole.warnings.map((warning) => warning.code)).not.toContain('invalid-utf8');
    await expectSameByteByByte(inputs, whole);
  });
});
describe('lines ended by CR alone, however the bytes are cut', () => {
  it('reads them as the LF file, on this thread and on the worker', async () => {
    // csv/table-stream.ts: the count on bytes hands such a file to the full read.
    const files = {
      'Skills.csv': 'Name\nPython\nSQL\n',
      'messages.csv': [
        'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
        'c1,,Ana,https://www.linkedin.com/in/ana,Ben,https://www.linkedin.com/in/ben,2024-05-01 10:00:00 UTC,,"Hi,\nBen",INBOX',
        'c1,,Ben,https://www.linkedin.com/in/ben,Ana,https://www.linkedin.com/in/ana,2024-05-02 10:00:00 UTC,,Thanks,INBOX',
        '',
      ].join('\n'),
    };
    const lineFeeds = [{ name: completeZipName, bytes: await buildZip(files) }];
    const whole = await analyzeExport(lineFeeds, { inflateRaw: wholeEntries });
    expect(whole.categories.find(({ id }) => id === 'private-messages')?.records).toBe(2);
    const returns = Object.fromEntries(
      Object.entries(files).map(([path, text]) => [path, text.replaceAll('\n', '\r')]),
    );
    await expectSameByteByByte([{ name: completeZipName, bytes: await buildZip(returns) }], whole);
  });
});

describe('a counted table whose date is its last column', () => {
  it('reads CRLF rows in an LF file the same, the stray CR no part of the date', async () => {
    // export-format.md §1.3: CRLF rows in an LF file. The date's bytes end in a CR, which the
    // count's reading from bytes turns down: the cell's text, trimmed, is the date.
    const content = [
      'savedItem,CreatedTime',
      'https://www.linkedin.com/feed/update/urn:li:activity:1,2024-05-01 10:00:00',
      'https://www.linkedin.com/feed/update/urn:li:activity:2,2019-02-03 11:00:00\r',
      'https://www.linkedin.com/feed/update/urn:li:activity:3,2026-07-08 12:00:00\r',
      '',
    ].join('\n');
    const bytes = await buildZip({ 'Saved_Items_1.csv': content });
    const inputs = [{ name: completeZipName, bytes }];
    const whole = await analyzeExport(inputs, { inflateRaw: wholeEntries });
    const saved = whole.categories.find((category) => category.records === 3);
    expect(saved).toMatchObject({ earliest: '2019-02-03', latest: '2026-07-08' });
    await expectSameByteByByte(inputs, whole, { expectCounted: 'Saved_Items_1.csv' });
  });
});

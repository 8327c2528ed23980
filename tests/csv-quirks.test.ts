import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../src/core/index.js';
import {
  analyzeFiles,
  csv,
  fileSummary,
  lines,
  onlyRecord,
  recordsOf,
  warningCodes,
  warningsWith,
} from './helpers/build-zip.js';
import { chunksOf } from './helpers/inflate-chunks.js';
import { catalog } from '../src/core/catalog/index.js';
import { TableStream } from '../src/core/csv/table-stream.js';

// LinkedIn's CSV dialect and its breakages (export-format.md §1.3, §1.4, §3, §6), one table per
// quirk, on ZIPs built in memory. All values are invented.

const feed = 'https://www.linkedin.com/feed/update/';

describe('Connections.csv (export-format.md §3.1)', () => {
  const preamble = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
  ];
  const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
  const rows = [
    'John,Roe,https://www.linkedin.com/in/john-roe,,"Acme, Inc.",Manager,04 Jul 2023',
    ',,,,,,05 Jul 2023',
    'Mary,Major,https://www.linkedin.com/in/mary-major,mary@example.com,Globex,Lead,15 Jan 2024',
  ];
  const oldHeader = 'First Name,Last Name,Email Address,Company,Position,Connected On';
  const oldRows = [
    'John,Roe,,"Acme, Inc.",Manager,04 Jul 2023',
    ',,,,,05 Jul 2023',
    'Mary,Major,mary@example.com,Globex,Lead,15 Jan 2024',
  ];

  it.each([
    { name: 'preamble, no trailing newline', text: [...preamble, header, ...rows].join('\n') },
    { name: 'preamble, trailing newline', text: lines(...preamble, header, ...rows) },
    { name: 'preamble, CRLF', text: [...preamble, header, ...rows].join('\r\n') },
    { name: 'no preamble (current header)', text: [header, ...rows].join('\n') },
    { name: 'no preamble, old header without URL', text: [oldHeader, ...oldRows].join('\n') },
  ])('$name: date-only rows are records', async ({ text }) => {
    const report = await analyzeFiles({ 'Connections.csv': text });
    expect(fileSummary(report, 'Connections.csv')).toMatchObject({
      status: 'parsed',
      records: 3,
    });
    expect(report.records.map((record) => [record.category, record.date])).toEqual([
      ['network', '2023-07-04'],
      ['network', '2023-07-05'],
      ['network', '2024-01-15'],
    ]);
    expect(report.records.map((record) => record.text)).toEqual([
      expect.stringContaining('John'),
      null,
      expect.stringContaining('Mary'),
    ]);
    expect(warningCodes(report)).not.toContain('unparsed-dates');
    expect(warningCodes(report)).not.toContain('table-failed');
  });

  it.each(['in-scope', 'all'] as const)(
    'looks for the header in the first 20 rows only, counted or read (%s)',
    async (keepRecords) => {
      // Counted with `in-scope` (read/count-file.ts), read in full with `all` (table-stream.ts).
      const junk = Array.from({ length: 20 }, (_, index) => `Note ${String(index + 1)}`);
      const found = await analyzeFiles(
        { 'Connections.csv': lines(...junk.slice(1), header, ...rows) },
        { keepRecords },
      );
      expect(fileSummary(found, 'Connections.csv')).toMatchObject({ status: 'parsed', records: 3 });
      const tooDeep = await analyzeFiles(
        // Another file that reads: an export of nothing but failed files is an error.
        { 'Connections.csv': lines(...junk, header, ...rows), 'Skills.csv': lines('Name', 'SQL') },
        { keepRecords },
      );
      expect(fileSummary(tooDeep, 'Connections.csv')).toMatchObject({ status: 'failed' });
    },
  );

  // Counted on bytes with `in-scope` (read/count-file.ts), read in full with `all`.
  const bothReadings = <T extends object>(cases: T[]) =>
    cases.flatMap((row) =>
      (['in-scope', 'all'] as const).map((keepRecords) => ({ ...row, keepRecords })),
    );
  const connectionsStatus = async (text: string, keepRecords: 'in-scope' | 'all') => {
    const report = await analyzeFiles(
      // Another file that reads: an export of nothing but failed files is an error.
      { 'Connections.csv': text, 'Skills.csv': lines('Name', 'SQL') },
      { keepRecords },
    );
    return {
      status: fileSummary(report, 'Connections.csv').status,
      warnings: warningCodes(report),
    };
  };

  it.each(
    bothReadings([
      { name: 'with its blank line', text: lines(...preamble) },
      { name: 'without a trailing newline', text: preamble.join('\n') },
      { name: 'CRLF', text: preamble.join('\r\n') },
    ]),
  )(
    'nothing but the preamble ($name, $keepRecords): an empty table, not a failed one',
    async ({ text, keepRecords }) => {
      expect(await connectionsStatus(text, keepRecords)).toEqual({ status: 'empty', warnings: [] });
    },
  );

  it.each(
    bothReadings([
      { name: 'the preamble and a line that is no header', text: lines(...preamble, 'Name,Date') },
      {
        name: 'a note whose quote never closes, swallowing the header and rows',
        // No quote in the rows to close it: it runs to the end of the file.
        text: lines(
          'Notes:',
          '"When exporting your connection data, you may notice',
          '',
          header,
          'John,Roe,https://www.linkedin.com/in/john-roe,,Acme,Manager,04 Jul 2023',
        ),
      },
      {
        name: 'a file cut inside the note',
        text: 'Notes:\n"When exporting your connection data, you',
      },
      { name: 'rows of only commas', text: lines(',,,', ',,') },
    ]),
  )('$name ($keepRecords): failed, as before', async ({ text, keepRecords }) => {
    expect(await connectionsStatus(text, keepRecords)).toMatchObject({ status: 'failed' });
  });

  it('the old header is a known variant: no column warning', async () => {
    const report = await analyzeFiles({ 'Connections.csv': [oldHeader, ...oldRows].join('\n') });
    expect(warningCodes(report)).toEqual([]);
  });
});

describe('Comments.csv repairs (export-format.md §3.21, policy.md §2)', () => {
  it('2024: unquoted multi-line messages are re-joined to their comment', async () => {
    const text = [
      'Date,Link,Message',
      `2024-03-01 10:00:00,${feed}urn%3Ali%3Aactivity%3A111,First line`,
      'second line',
      'third line, with a comma',
      `2024-03-02 11:00:00,${feed}urn%3Ali%3Aactivity%3A222,"Quoted, with ""quotes"""`,
      `,${feed}urn%3Ali%3Aactivity%3A333,A comment without a date`,
      'and its second line',
      `2024-03-04 12:00:00,${feed}urn%3Ali%3Aactivity%3A444,Last one`,
    ].join('\r\n');
    const report = await analyzeFiles({ 'Comments.csv': `${text}\r\n` });
    expect(report.records.map(({ category, date, text }) => ({ category, date, text }))).toEqual([
      {
        category: 'comments',
        date: '2024-03-01',
        text: 'First line\nsecond line\nthird line, with a comma',
      },
      { category: 'comments', date: '2024-03-02', text: 'Quoted, with "quotes"' },
      { category: 'comments', date: null, text: 'A comment without a date\nand its second line' },
      { category: 'comments', date: '2024-03-04', text: 'Last one' },
    ]);
    expect(report.records.map((record) => record.link)).toEqual([
      `${feed}urn%3Ali%3Aactivity%3A111`,
      `${feed}urn%3Ali%3Aactivity%3A222`,
      `${feed}urn%3Ali%3Aactivity%3A333`,
      `${feed}urn%3Ali%3Aactivity%3A444`,
    ]);
    const [rejoined, ...others] = warningsWith(report, 'rejoined-lines');
    expect(others).toEqual([]);
    expect(rejoined).toMatchObject({ file: 'Comments.csv' });
    expect(rejoined?.message).toContain('3 continuation lines');
    expect(warningCodes(report)).not.toContain('unparsed-dates');
  });

  it('2024: a blank line inside an unquoted message stays a paragraph break', async () => {
    const text = [
      'Date,Link,Message',
      `2024-03-01 10:00:00,${feed}urn%3Ali%3Aactivity%3A111,First paragraph`,
      '',
      'second paragraph',
      '',
      '',
      'third paragraph',
      `2024-03-02 11:00:00,${feed}urn%3Ali%3Aactivity%3A222,Next comment`,
      '',
    ].join('\r\n');
    const report = await analyzeFiles({ 'Comments.csv': text });
    expect(report.records.map((record) => record.text)).toEqual([
      'First paragraph\n\nsecond paragraph\n\n\nthird paragraph',
      'Next comment',
    ]);
  });

  it.each([
    { name: 'CRLF line breaks', breakInMessage: '\r\n' },
    { name: 'LF line breaks inside a CRLF file', breakInMessage: '\n' },
  ])('2024, $name: commas on the first line of an unquoted message stay in it', async (row) => {
    const text = [
      'Date,Link,Message',
      `2024-03-01 10:00:00,${feed}urn%3Ali%3Aactivity%3A111,First, line${row.breakInMessage}second line, with a comma`,
      `2024-03-03 12:00:00,${feed}urn%3Ali%3Aactivity%3A222,Simple`,
    ].join('\r\n');
    const report = await analyzeFiles({ 'Comments.csv': `${text}\r\n` });
    expect(report.records.map((record) => record.text)).toEqual([
      'First, line\nsecond line, with a comma',
      'Simple',
    ]);
    expect(warningCodes(report)).not.toContain('ragged-rows');
  });

  it('2024: a backslash before a closing or a doubled quote is no backslash escape', async () => {
    const text = lines(
      'Date,Link,Message',
      `2024-04-01 09:00:00,${feed}urn%3Ali%3Aactivity%3A111,"Saved it in C:\\temp\\"`,
      `2024-04-02 09:00:00,${feed}urn%3Ali%3Aactivity%3A222,"A \\""quote"" after a backslash"`,
      `2024-04-03 09:00:00,${feed}urn%3Ali%3Aactivity%3A333,"Said ""hi"", then left"`,
    );
    const report = await analyzeFiles({ 'Comments.csv': text });
    expect(report.records.map((record) => record.text)).toEqual([
      'Saved it in C:\\temp\\',
      'A \\"quote" after a backslash',
      'Said "hi", then left',
    ]);
    expect(warningCodes(report)).toEqual([]);
  });

  describe('2026: an escaped backslash is one backslash, and a field may end in one', () => {
    const text = lines(
      'Date,Link,Message',
      `2026-04-01 09:00:00,${feed}urn%3Ali%3Aactivity%3A111,"We called it a \\"quick win\\""`,
      `2026-04-02 09:00:00,${feed}urn%3Ali%3Aactivity%3A222,"Saved it in C:\\\\temp\\\\"`,
      `2026-04-03 09:00:00,${feed}urn%3Ali%3Aactivity%3A333,"Shrug ¯\\\\_(ツ)_/¯ and \\\\\\"quoted\\\\\\""`,
      `2026-04-04 09:00:00,${feed}urn%3Ali%3Aactivity%3A444,Plain`,
    );
    const expected = [
      'We called it a "quick win"',
      'Saved it in C:\\temp\\',
      'Shrug ¯\\_(ツ)_/¯ and \\"quoted\\"',
      'Plain',
    ];

    it('as read from the archive', async () => {
      const report = await analyzeFiles({ 'Comments_1234567890.csv': text });
      expect(report.records.map((record) => record.text)).toEqual(expected);
      expect(warningCodes(report)).toEqual([]);
    });

    it('a file ending in an odd backslash keeps it', async () => {
      const ending = `${text}2026-04-05 09:00:00,${feed}urn%3Ali%3Aactivity%3A555,path C:\\`;
      const report = await analyzeFiles({ 'Comments_1234567890.csv': ending });
      expect(report.records.map((record) => record.text)).toEqual([...expected, 'path C:\\']);
    });

    it('whatever the pieces the text comes in, one character at a time included', () => {
      const spec = catalog.find((candidate) => candidate.id === 'comments');
      if (!spec) throw new Error('no comments table');
      const read = (pieces: string[]) => {
        const stream = new TableStream(spec, { backslashEscapes: true });
        const rows = pieces.flatMap((piece) => stream.push(piece));
        return [...rows, ...stream.end().rows].map((row) => row.cells[2]);
      };
      const whole = read([text]);
      expect(whole).toEqual(expected);
      for (const size of [1, 2, 3, 5]) {
        const pieces = text.match(new RegExp(`[\\s\\S]{1,${String(size)}}`, 'gu')) ?? [];
        expect(read(pieces)).toEqual(whole);
      }
    });
  });

  it('2026: backslash-escaped quotes', async () => {
    const text = lines(
      'Date,Link,Message',
      `2026-04-01 09:00:00,${feed}urn%3Ali%3Aactivity%3A111,"We called it a \\"quick win\\" at the time"`,
      `2026-04-02 09:00:00,${feed}urn%3Ali%3AugcPost%3A222,"Two lines,\nand \\"quotes\\" too"`,
      `2026-04-03 09:00:00,${feed}urn%3Ali%3AugcPost%3A333,Plain`,
    );
    const report = await analyzeFiles({ 'Comments_1234567890.csv': text });
    expect(report.records.map((record) => record.text)).toEqual([
      'We called it a "quick win" at the time',
      'Two lines,\nand "quotes" too',
      'Plain',
    ]);
    expect(report.records.map((record) => record.date)).toEqual([
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
    ]);
    expect(warningCodes(report)).toEqual([]);
  });
});

describe('Shares.csv line wrapping (export-format.md §3.20)', () => {
  const header = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility';
  const shareLine = (commentary: string) =>
    `2025-08-13 13:08:21,${feed}urn%3Ali%3Ashare%3A1,${commentary},,,MEMBER_NETWORK`;

  it.each([
    {
      name: 'multi-line post with an empty paragraph',
      raw: '"line one""\n""line two""\n""""\n""line four"',
      eol: '\n',
      expected: 'line one\nline two\n\nline four',
    },
    {
      name: 'CRLF variant',
      raw: '"line one""\r\n""line two""\r\n""""\r\n""line four"',
      eol: '\r\n',
      expected: 'line one\nline two\n\nline four',
    },
    {
      name: 'trailing wrapped line break',
      raw: '"last line""\n"""',
      eol: '\n',
      expected: 'last line',
    },
    {
      name: 'quotes of the author are kept',
      raw: '"She said ""hi""""\n""and left"',
      eol: '\n',
      expected: 'She said "hi"\nand left',
    },
    {
      name: 'quotes of the author at the end of a line and the start of the next are kept',
      raw: '"He said ""ship it""""\n""""Done"" is better""\n""the end"',
      eol: '\n',
      expected: 'He said "ship it"\n"Done" is better\nthe end',
    },
    {
      name: 'two empty paragraphs',
      raw: '"one""\n""""\n""""\n""two"',
      eol: '\n',
      expected: 'one\n\n\ntwo',
    },
    { name: 'single line', raw: 'Just one line', eol: '\n', expected: 'Just one line' },
  ])('$name', async ({ raw, eol, expected }) => {
    const report = await analyzeFiles({
      'Shares.csv': [header, shareLine(raw), ''].join(eol),
    });
    const record = onlyRecord(report);
    expect(record.text).toBe(expected);
    expect(record.category).toBe('posts');
    expect(record.date).toBe('2025-08-13');
  });

  it('2026: quoted empty URLs', async () => {
    const report = await analyzeFiles({
      'Shares_1234567890.csv': lines(
        header,
        `2026-07-01 10:00:00,"${feed}urn%3Ali%3Ashare%3A1","Hello","","",MEMBER_NETWORK`,
      ),
    });
    expect(onlyRecord(report)).toMatchObject({ text: 'Hello', date: '2026-07-01' });
    expect(warningCodes(report)).toEqual([]);
  });
});

describe('SearchQueries.csv unquoted commas (export-format.md §3.28)', () => {
  it('everything after the first comma is the query', async () => {
    const report = await analyzeFiles({
      'SearchQueries.csv': lines(
        'Time,Search Query',
        '2025/01/02 03:04:05 UTC,data analyst, remote, berlin',
        '2025/01/03 03:04:05 UTC,"quoted, as in 2024"',
        '2025/01/04 03:04:05 UTC,plain query',
        '2025/01/05 03:04:05 UTC,a,b,,c',
      ),
    });
    expect(report.records.map((record) => record.text)).toEqual([
      'data analyst, remote, berlin',
      'quoted, as in 2024',
      'plain query',
      'a,b,,c',
    ]);
    expect(report.records.map((record) => record.date)).toEqual([
      '2025-01-02',
      '2025-01-03',
      '2025-01-04',
      '2025-01-05',
    ]);
    expect(warningCodes(report)).toEqual([]);
  });

  it('a query typed with quotes is read as written and ends its row', async () => {
    const report = await analyzeFiles({
      'SearchQueries.csv': lines(
        'Time,Search Query',
        '2025/01/02 03:04:05 UTC,"product manager" remote',
        '2025/01/03 03:04:05 UTC,data analyst, london',
        '2025/01/04 03:04:05 UTC,6" pipe fitter',
        '2025/01/05 03:04:05 UTC,"quoted ""exactly"", as in 2024"',
        '2025/01/06 03:04:05 UTC,simple',
      ),
    });
    expect(report.records.map((record) => record.text)).toEqual([
      '"product manager" remote',
      'data analyst, london',
      '6" pipe fitter',
      'quoted "exactly", as in 2024',
      'simple',
    ]);
    expect(warningCodes(report)).toEqual([]);
  });

  it('every field quoted, header too: read as the plain file', async () => {
    const report = await analyzeFiles({
      'SearchQueries.csv': lines(
        '"Time","Search Query"',
        '"2025/01/02 03:04:05 UTC","data analyst, london"',
      ),
    });
    expect(report.records.map((record) => [record.date, record.text])).toEqual([
      ['2025-01-02', 'data analyst, london'],
    ]);
    expect(warningCodes(report)).toEqual([]);
  });
});

describe('a quote that is never closed (export-format.md §1.4)', () => {
  it.each([
    {
      name: 'read in full',
      file: 'Skills.csv',
      header: 'Name',
      rows: ['Python', '"Broken', 'SQL'],
      keepRecords: 'all' as const,
    },
    {
      name: 'counted on bytes',
      file: 'Reactions.csv',
      header: 'Date,Type,Link',
      keepRecords: 'flagged' as const,
      rows: [
        `2024-01-01 10:00:00,LIKE,${feed}1`,
        `2024-01-02 10:00:00,"LIKE,${feed}2`,
        `2024-01-03 10:00:00,LIKE,${feed}3`,
      ],
    },
  ])('$name: a warning names the row where the rest of the file went', async (table) => {
    const report = await analyzeFiles(
      { [table.file]: lines(table.header, ...table.rows) },
      { keepRecords: table.keepRecords },
    );
    const [warning, ...others] = warningsWith(report, 'unclosed-quote');
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: table.file });
    expect(warning?.message).toContain('row 2 opens a quote that is never closed');
    expect(fileSummary(report, table.file)).toMatchObject({ status: 'parsed', records: 2 });
  });

  it('no warning for a quote closed on a later line', async () => {
    const report = await analyzeFiles({
      'Skills.csv': lines('Name', '"Two', 'lines"', 'SQL'),
    });
    expect(warningCodes(report)).not.toContain('unclosed-quote');
  });
});

describe('Ad_Targeting.csv duplicate column names (export-format.md §1.4 (6), §3.30)', () => {
  const header =
    'Member Age,Buyer Groups,Company Names,Company Names,Company Follower of,Company Names,Company Category,Company Size,Degrees,degreeClass,Member Schools,Company Growth Rate,Fields of Study,Company Connections,Function By Size,Job Functions,Member Gender,Graduation Year,Member Groups,Company Industries,Member Interests,Interface Locales,interfaceLocale,Member Traits,Profile Locations,Company Revenue,Job Seniorities,Member Skills,Job Titles,Job Titles,Job Titles,Years of Experience';
  const columns = header.split(',');
  const values: Record<number, string> = {
    0: '25 to 34',
    2: 'Acme Corp; Anvil Ltd',
    3: 'Globex',
    5: 'Initech',
    20: 'Data; Chess',
    23: 'Frequent traveler',
    28: 'Data Analyst',
    29: 'BI Developer',
    30: 'Controller',
  };
  const row = columns.map((_, index) => values[index] ?? '');

  it('reads the file without a header warning', async () => {
    const report = await analyzeFiles({ 'Ad_Targeting.csv': csv(header, [row]) });
    expect(fileSummary(report, 'Ad_Targeting.csv')).toMatchObject({
      status: 'parsed',
      records: 1,
    });
    expect(onlyRecord(report).category).toBe('advertising');
    expect(warningCodes(report)).toEqual([]);
  });

  // BUG: the catalog's text columns for ad-targeting leave the duplicated columns out.
  it('keeps the values of all three "Company Names" columns in the record text', async () => {
    const report = await analyzeFiles({ 'Ad_Targeting.csv': csv(header, [row]) });
    const text = onlyRecord(report).text ?? '';
    for (const company of ['Acme Corp; Anvil Ltd', 'Globex', 'Initech']) {
      expect(text).toContain(company);
    }
  });
});

describe('file layout', () => {
  const skills = (...names: string[]) => ['Name', ...names];

  it.each([
    { name: 'LF', text: lines(...skills('SQL', 'Python')) },
    { name: 'CRLF', text: `${skills('SQL', 'Python').join('\r\n')}\r\n` },
    { name: 'no trailing newline', text: skills('SQL', 'Python').join('\n') },
    { name: 'BOM', text: `\uFEFF${lines(...skills('SQL', 'Python'))}` },
    { name: 'BOM and CRLF', text: `\uFEFF${skills('SQL', 'Python').join('\r\n')}\r\n` },
    { name: 'blank padding lines at the end', text: `${lines(...skills('SQL', 'Python'))}\n\n\n` },
    { name: 'blank lines between rows', text: lines('Name', 'SQL', '', '  ', 'Python') },
  ])('$name → two exact records', async ({ text }) => {
    const report = await analyzeFiles({ 'Skills.csv': text });
    expect(report.records.map((record) => record.text)).toEqual(['SQL', 'Python']);
    expect(fileSummary(report, 'Skills.csv')).toMatchObject({ status: 'parsed', records: 2 });
    expect(warningCodes(report)).toEqual([]);
  });

  it('CRLF: no carriage return left in the last column', async () => {
    const link = `${feed}urn%3Ali%3Aactivity%3A7100000000000000001`;
    const report = await analyzeFiles({
      'Reactions.csv': ['Date,Type,Link', `2024-03-01 10:00:00,LIKE,${link}`, ''].join('\r\n'),
    });
    expect(onlyRecord(report)).toMatchObject({ link, text: 'LIKE', date: '2024-03-01' });
  });

  it.each([
    { name: 'read at once', options: {} },
    { name: 'one byte at a time', options: { inflateRaw: chunksOf(1) } },
    { name: 'seven bytes at a time', options: { inflateRaw: chunksOf(7) } },
  ] satisfies { name: string; options: AnalyzeOptions }[])(
    'line breaks inside quoted cells are LF, in CRLF files and in LF ones ($name)',
    async ({ options }) => {
      // export-format.md §1.3: S2's CRLF Comments.csv; Learning.csv's CRLF inside LF rows, here in
      // a post.
      const report = await analyzeFiles(
        {
          'Comments.csv': [
            'Date,Link,Message',
            `2024-01-06 10:00:00,${feed}urn%3Ali%3Aactivity%3A1,"Hi, all\r\nsecond line\r\n\r\nthird"`,
            '',
          ].join('\r\n'),
          'Shares.csv': lines(
            'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
            `2025-08-13 13:08:21,${feed}urn%3Ali%3Ashare%3A2,"one\r\ntwo\rthree",,,MEMBER_NETWORK`,
          ),
        },
        options,
      );
      expect(report.records.map((record) => record.text).sort()).toEqual([
        'Hi, all\nsecond line\n\nthird',
        'one\ntwo\nthree',
      ]);
    },
  );

  it('rows of only commas are not records (PhoneNumbers.csv)', async () => {
    // Shown in full: the account's own numbers are masked otherwise (docs/sensitive-content.md).
    const report = await analyzeFiles(
      { 'PhoneNumbers.csv': lines('Extension,Number,Type', ',,', ', +49 30 1234567,Mobile', ',,') },
      { showValues: true },
    );
    expect(onlyRecord(report)).toMatchObject({
      category: 'contact-details',
      text: '+49 30 1234567',
    });
  });

  it('Learning.csv: trailing comma on the header and every row', async () => {
    const report = await analyzeFiles({
      'Learning.csv': lines(
        'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),',
        'SQL Essential Training,<p>Learn SQL.</p>,Course,2022-08-05 08:11 UTC,N/A,false,N/A,',
        'Python for Analysts,"<p>One</p>\r\n<p>Two</p>",Learning Path,2023-01-02 03:04 UTC,N/A,true,N/A,',
      ),
    });
    expect(report.records.map(({ category, date, text }) => ({ category, date, text }))).toEqual([
      { category: 'learning', date: '2022-08-05', text: 'SQL Essential Training' },
      { category: 'learning', date: '2023-01-02', text: 'Python for Analysts' },
    ]);
    expect(warningCodes(report)).toEqual([]);
  });
});

describe('lines ended by CR alone (a file re-saved as "CSV (Macintosh)", not LinkedIn\'s)', () => {
  // LinkedIn writes LF or CRLF (export-format.md §1.3); a lone CR must not make one endless row.
  const connections = lines(
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'John,Roe,https://www.linkedin.com/in/john-roe,,"Acme, Inc.",Manager,04 Jul 2023',
    'Mary,Major,https://www.linkedin.com/in/mary-major,,Globex,Lead,15 Jan 2024',
  );
  const shares = lines(
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
    `2025-08-13 13:08:21,${feed}urn%3Ali%3Ashare%3A1,"line one""\n""line two",,,MEMBER_NETWORK`,
    `2025-08-14 09:00:00,${feed}urn%3Ali%3Ashare%3A2,Plain,,,MEMBER_NETWORK`,
  );
  const messages = lines(
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS',
    '2-abc,,Ann Lee,https://www.linkedin.com/in/ann-lee,Sam Poe,https://www.linkedin.com/in/sam-poe,2026-01-05 10:00:00 UTC,,"Hi,\nsee you",INBOX,',
    '2-abc,,Sam Poe,https://www.linkedin.com/in/sam-poe,Ann Lee,https://www.linkedin.com/in/ann-lee,2026-01-06 10:00:00 UTC,,Thanks,INBOX,',
  );
  const files = {
    'Connections.csv': connections,
    'Shares.csv': shares,
    'messages.csv': messages,
    'Skills.csv': lines('Name', 'SQL'),
  };
  const crOnly = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path, text.replaceAll('\n', '\r')]),
  );
  it.each([
    { name: 'read in full', options: { keepRecords: 'all' } },
    { name: 'counted (messages, connections)', options: { keepRecords: 'flagged' } },
    { name: 'one byte at a time', options: { keepRecords: 'all', inflateRaw: chunksOf(1) } },
  ] satisfies { name: string; options: AnalyzeOptions }[])(
    '$name: the same report as with LF',
    async ({ options }) => {
      const expected = await analyzeFiles(files, options);
      const records = (id: string) => expected.categories.find((found) => found.id === id)?.records;
      expect([records('network'), records('posts'), records('private-messages')]).toEqual([
        2, 2, 2,
      ]);
      expect(await analyzeFiles(crOnly, options)).toEqual(expected);
    },
  );

  it('a line break inside a post is a line break, not a carriage return', async () => {
    const report = await analyzeFiles({ 'Shares.csv': crOnly['Shares.csv'] ?? '' });
    expect(report.records.map((record) => record.text)).toEqual(['line one\nline two', 'Plain']);
  });
});

describe('empty files and files without records', () => {
  it.each([
    { path: 'Profile Summary.csv', text: 'Profile Summary\n\n' },
    { path: 'LearningCoachMessages.csv', text: 'No conversations found\n\n\n' },
    {
      path: 'guide_messages.csv',
      text: 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n',
    },
    { path: 'Skills.csv', text: 'Name' },
    { path: 'Skills.csv', text: 'Name\n\n\n' },
    { path: 'Skills.csv', text: '' },
  ])('$path: $text → empty, no warning', async ({ path, text }) => {
    const report = await analyzeFiles({ [path]: text });
    expect(fileSummary(report, path)).toMatchObject({ status: 'empty', records: 0 });
    expect(report.records).toEqual([]);
    expect(warningCodes(report)).toEqual([]);
  });

  it('a non-empty table that yields no record → zero-records warning', async () => {
    // Profile.csv whose list fields are written as empty lists: a row, but nothing filled in.
    const report = await analyzeFiles({
      'Profile.csv': lines(
        'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
        ',,,,,,,,,,[],[],[]',
      ),
    });
    expect(report.records).toEqual([]);
    expect(fileSummary(report, 'Profile.csv')).toMatchObject({ status: 'parsed', records: 0 });
    expect(warningsWith(report, 'zero-records')).toMatchObject([{ file: 'Profile.csv' }]);
  });
});

describe('header changes', () => {
  it('an extra column → new-columns warning naming it, records still read', async () => {
    const report = await analyzeFiles({
      'Skills.csv': csv('Name,Endorsement Count', [
        ['SQL', '12'],
        ['Python', '3'],
      ]),
    });
    expect(report.records.map((record) => record.text)).toEqual(['SQL', 'Python']);
    const [warning, ...others] = warningsWith(report, 'new-columns');
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: 'Skills.csv' });
    expect(warning?.message).toContain('Endorsement Count');
    expect(warningCodes(report)).toEqual(['new-columns']);
  });

  it('a missing required column → failed with a message naming it; the rest is reported', async () => {
    const report = await analyzeFiles({
      'Comments.csv': csv('Date,Link,Text', [
        ['2025-08-14 10:00:00', `${feed}urn%3Ali%3Aactivity%3A1`, 'Hi'],
      ]),
      'Skills.csv': csv('Name', [['SQL'], ['Python']]),
    });
    const comments = fileSummary(report, 'Comments.csv');
    expect(comments).toMatchObject({ status: 'failed', records: 0, table: 'comments' });
    expect(comments.note).toContain('Message');
    const [warning, ...others] = warningsWith(report, 'table-failed');
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: 'Comments.csv' });
    expect(warning?.message).toContain('Message');
    expect(fileSummary(report, 'Skills.csv')).toMatchObject({ status: 'parsed', records: 2 });
    expect(report.records.map((record) => record.category)).toEqual(['profile', 'profile']);
    expect(report.exportKind).toBe('complete');
  });
});

describe('dates: an unreadable date is null and counted, never a wrong date', () => {
  it.each([
    {
      path: 'Reactions.csv',
      header: 'Date,Type,Link',
      row: (date: string) => [date, 'LIKE', `${feed}urn%3Ali%3Aactivity%3A1`],
      valid: ['2025-08-13 13:08:21', '2025-08-13'],
      invalid: ['2025-13-01 10:00:00', '2025-02-30 10:00:00', 'yesterday'],
    },
    {
      path: 'Connections.csv',
      header: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      row: (date: string) => ['John', 'Roe', '', '', '', '', date],
      valid: ['04 Jul 2023', '2023-07-04'],
      invalid: ['31 Feb 2024', '2023-07-04', '4 Jul 2023'],
    },
    {
      // export-format.md §6.5: `M/D/YY` is never read day first or as another format.
      path: 'Jobs/Job Applications.csv',
      header:
        'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
      row: (date: string) => [date, '', '', 'Acme', 'Analyst', '', '', ''],
      valid: ['3/7/26, 9:01 AM', '2026-03-07'],
      invalid: ['13/7/26, 9:01 AM', '2026-03-07', '3/7/26, 13:01 PM'],
    },
    {
      path: 'Invitations.csv',
      header: 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
      row: (date: string) => ['Jane Doe', 'John Roe', date, '', 'OUTGOING', '', ''],
      valid: ['12/31/25, 11:59 PM', '2025-12-31'],
      invalid: ['31/12/25, 11:59 PM', '12/31/2025 11:59 PM', 'Dec 31, 2025'],
    },
    {
      path: 'Logins.csv',
      header: 'Login Date,IP Address,User Agent,Login Type',
      row: (date: string) => [date, '203.0.113.5', 'Mozilla/5.0', 'Login'],
      valid: ['Tue Jun 20 12:25:51 UTC 2023', '2023-06-20'],
      // A wrong weekday and a zone other than UTC are not silently read.
      invalid: ['Wed Jun 20 12:25:51 UTC 2023', 'Tue Jun 20 12:25:51 PST 2023', '2023-06-20'],
    },
  ])('$path', async ({ path, header, row, valid, invalid }) => {
    const [validValue, validDate] = valid;
    const report = await analyzeFiles({
      [path]: csv(header, [row(validValue ?? ''), ...invalid.map(row)]),
    });
    const records = recordsOf(report, path).filter((record) => record.kind !== 'resume');
    expect(records.map((record) => record.date)).toEqual([validDate, ...invalid.map(() => null)]);
    const [warning, ...others] = warningsWith(report, 'unparsed-dates');
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ file: path });
    expect(warning?.message).toContain(`${String(invalid.length)} values`);
    expect(warning?.message).toContain(`"${invalid[0] ?? ''}"`);
  });

  it('empty and N/A dates are absent, not problems', async () => {
    const report = await analyzeFiles({
      'Verifications/Verifications.csv': csv(
        'First name,Middle name,Last name,Verification type,Organization name,Email address,Country,State,City,Year of birth,Issuing authority,Document type,Verification service provider,Verified date,Expiry date',
        [
          ['Jane', '', 'Doe', 'WORKPLACE', 'Acme', '', '', '', '', '0', '', '', '', 'N/A', 'N/A'],
          ['Jane', '', 'Doe', 'IDENTITY', '', '', '', '', '', 'N/A', '', '', '', '', ''],
        ],
      ),
    });
    expect(report.records.map((record) => record.date)).toEqual([null, null]);
    expect(warningCodes(report)).toEqual([]);
  });

  it('"3/7/26, 9:01 AM" in Jobs/Job Applications.csv is 7 March 2026', async () => {
    const report = await analyzeFiles({
      'Jobs/Job Applications.csv': csv(
        'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
        [['3/7/26, 9:01 AM', '', '', 'Acme', 'Analyst', '', '', '']],
      ),
    });
    expect(onlyRecord(report, 'job-application').date).toBe('2026-03-07');
  });
});

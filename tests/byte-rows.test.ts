import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ByteRowScanner, type ScannedRow } from '../src/core/csv/byte-rows.js';

interface Row {
  fields: number;
  blank: boolean;
  cells: string[];
}

/** The oracle: papaparse's own rows for the whole text. */
function papaRows(text: string, newline: '\n' | '\r\n'): Row[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline, quoteChar: '"' });
  const rows = parsed.data.map((cells) => ({
    fields: cells.length,
    blank: cells.every((cell) => cell.trim() === ''),
    cells,
  }));
  // papaparse ends text that ends in a line break with one empty row; the scanner does not.
  const last = rows.at(-1);
  if (last?.fields === 1 && last.cells[0] === '' && /\r?\n$/u.test(text)) rows.pop();
  return rows;
}

function scannedRows(
  text: string,
  newline: '\n' | '\r\n',
  chunkSize: number,
  spanField = -1,
): Row[] {
  return rowsOfChunks(chunksOf(text, chunkSize), newline, spanField);
}

/** The text's UTF-8 bytes cut into chunks of `size`. */
function chunksOf(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) {
    chunks.push(bytes.subarray(offset, offset + size));
  }
  return chunks;
}

/**
 * The scanner's rows with every cell: all decoded (`allCells`), or with `spanField` handed over as
 * bytes and decoded by `spanText`, the others asked for by index.
 */
/** More fields than any generated row has (60 parts of at most two commas each). */
const askedFor = 256;

function rowsOfChunks(
  chunks: readonly Uint8Array[],
  newline: '\n' | '\r\n',
  spanField = -1,
): Row[] {
  const rows: Row[] = [];
  const scanner = new ByteRowScanner(newline, new Set(), (row: ScannedRow) => {
    if (row.cells.has(spanField)) throw new Error('the span field was decoded');
    if (row.fields > askedFor) throw new Error(`a row of ${String(row.fields)} fields`);
    rows.push({
      fields: row.fields,
      blank: row.blank,
      cells: Array.from({ length: row.fields }, (_, index) =>
        index === spanField ? scanner.spanText(row) : (row.cells.get(index) ?? ''),
      ),
    });
  });
  if (spanField === -1) {
    scanner.allCells = true;
  } else {
    scanner.spanField = spanField;
    scanner.wanted = new Set(Array.from({ length: askedFor }, (_, index) => index));
  }
  for (const chunk of chunks) scanner.push(chunk);
  scanner.end();
  return rows;
}

// The characters that steer a CSV parser, plus text, spaces, a non-ASCII letter and NBSP, and
// runs longer than a few of the words the scanner searches for a closing quote.
const csvText = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      ',',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ' ',
      'é',
      '\u00a0',
      'x,y',
      'long text '.repeat(5),
      'é'.repeat(40),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const newlines = fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n');
// Byte by byte up to nine, and past a word, a buffer's growth and a whole chunk.
const chunkSizes = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constantFrom(33, 100, 64 * 1024));

describe('ByteRowScanner', () => {
  it.each([
    ['plain rows', 'a,b\nc,d\n'],
    ['quoted fields with line breaks and doubled quotes', '"a\nb","c ""q"" d"\n"e",f'],
    ['a quote followed by text stays in the field', '"ab"c,d"\ne,f\n'],
    ['spaces between the closing quote and the comma', '"ab"  ,c\n'],
    ['an unclosed quote runs to the end', 'a,"bc\nd,e'],
    ['CRLF rows read in LF mode keep the CR for the caller', 'a,b\r\nc,d\r\n'],
    ['a final row without a line break', 'a,b\nc,'],
  ])('%s: the rows papaparse gives', (_name, text) => {
    for (const size of [1, 2, 3, 64 * 1024]) {
      expect(scannedRows(text, '\n', size)).toEqual(papaRows(text, '\n'));
    }
  });

  it('never takes a quote from the bytes of rows already read, left in its buffer', () => {
    // The first chunk's rows are read and dropped, but their bytes stay after the end of the
    // unfinished field of the second chunk, long enough to be searched word by word for its quote.
    const encoder = new TextEncoder();
    const read = `"${'q'.repeat(100)}","${'r'.repeat(100)}"\n`;
    const unfinished = `"${'x'.repeat(40)}`;
    const rows = rowsOfChunks([encoder.encode(read), encoder.encode(unfinished)], '\n');
    expect(rows).toEqual(papaRows(read + unfinished, '\n'));
  });

  it('reads CRLF files like papaparse, with a bare LF inside a field', () => {
    const text = 'a,b\r\nc\nd,"e\r\nf"\r\ng,h';
    for (const size of [1, 5, 1000]) {
      expect(scannedRows(text, '\r\n', size)).toEqual(papaRows(text, '\r\n'));
    }
  });

  it('agrees with papaparse on random CSV text, in any chunking', () => {
    fc.assert(
      fc.property(csvText, newlines, chunkSizes, (text, newline, chunkSize) => {
        expect(scannedRows(text, newline, chunkSize)).toEqual(papaRows(text, newline));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('hands one cell over as its bytes, whose text is the cell papaparse gives', () => {
    fc.assert(
      fc.property(
        csvText,
        newlines,
        chunkSizes,
        fc.integer({ min: 0, max: 3 }),
        (text, newline, chunkSize, spanField) => {
          expect(scannedRows(text, newline, chunkSize, spanField)).toEqual(papaRows(text, newline));
        },
      ),
      { numRuns: 1000, seed: 6 },
    );
  });

  it('hands over the span cell from the row after the one whose callback asked for it', () => {
    // As count-file.ts does: every cell decoded until the header, then only the date's bytes,
    // switched inside the callback, for rows in the same chunk and in the chunks after.
    const text = 'a,when\nx,"2024-01-02 ""q"""\ny,2025-03-04\nz,\n';
    for (const size of [1, 5, 7, 64 * 1024]) {
      const seen: string[][] = [];
      const scanner = new ByteRowScanner('\n', new Set(), (row: ScannedRow) => {
        if (scanner.allCells) {
          seen.push([row.cells.get(0) ?? '', row.cells.get(1) ?? '']);
          scanner.allCells = false;
          scanner.spanField = 1;
          scanner.wanted = new Set([0]);
          return;
        }
        expect(row.cells.has(1)).toBe(false);
        seen.push([row.cells.get(0) ?? '', scanner.spanText(row)]);
      });
      scanner.allCells = true;
      for (const chunk of chunksOf(text, size)) scanner.push(chunk);
      scanner.end();
      expect(seen).toEqual([
        ['a', 'when'],
        ['x', '2024-01-02 "q"'],
        ['y', '2025-03-04'],
        ['z', ''],
      ]);
    }
  });

  it('finds the closing quote at every place in a word, after fields of every length', () => {
    // The quote search reads four bytes at a time from a multiple of four: each of the four
    // places must be found, at the first quote of the word, in a field begun anywhere.
    for (let before = 0; before < 8; before++) {
      for (let length = 0; length < 12; length++) {
        const text = `${'a,'.repeat(before)}"${'x'.repeat(length)}""${'y'.repeat(length % 5)}",z\n`;
        expect(scannedRows(text, '\n', 64 * 1024)).toEqual(papaRows(text, '\n'));
      }
    }
  });
});

import { maxRowBytes, OversizedTextError } from './oversized-text.js';

/**
 * A CSV row scanner on raw bytes for tables the report only counts (private messages, reactions):
 * it finds where each row ends, how many fields it has, whether it is blank and the text of the
 * few cells asked for, without turning the rest into strings. papaparse has no such mode: it
 * makes every field a string, which for 300 MB of other people's messages costs seconds and holds
 * their words in memory for nothing.
 *
 * It follows papaparse's Parser step for step (quoted fields, `""`, a quote followed by other
 * text staying part of the field, spaces between a closing quote and the delimiter, an unclosed
 * quote running to the end), so rows, field counts and cells are the ones papaparse gives;
 * tests/byte-rows.test.ts checks that on random CSV. Every character it looks for is ASCII, and
 * UTF-8 never uses ASCII bytes inside a multi-byte character, so byte offsets are safe.
 */

const quote = 0x22;
const comma = 0x2c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

export interface ScannedRow {
  fields: number;
  blank: boolean;
  /** The requested cells by column index (all cells when `allCells`, else not `spanField`). */
  cells: Map<number, string>;
  /**
   * Where the `spanField` cell's bytes are, left undecoded (its quotes not included): from
   * `spanStart` to `spanEnd` of the scanner's `buffer`, only while the callback runs; -1 when the
   * row has no such cell. `spanQuoted`: a quoted cell, whose `""` stand for one quote each
   * (`ByteRowScanner.spanText`).
   */
  buffer: Uint8Array;
  spanStart: number;
  spanEnd: number;
  spanQuoted: boolean;
}

const decoder = new TextDecoder();
/** Four quote bytes, to look for a quote in four bytes at once (`nextQuote`). */
const fourQuotes = 0x22222222;
/**
 * Whether a 32-bit word holds its first byte in its lowest 8 bits, as on every platform Node and
 * the browsers run on; `nextQuote` relies on it to tell which of four bytes is the quote.
 */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Cells this short (a date, an id) are read byte by byte when ASCII: cheaper than TextDecoder. */
const shortText = 48;

/** One array per length, reused for every short cell: no view object and no resizing per cell. */
const codesOfLength: number[][] = [];

function asciiText(bytes: Uint8Array, start: number, end: number): string | null {
  const length = end - start;
  const codes = (codesOfLength[length] ??= new Array<number>(length).fill(0));
  for (let index = 0; index < length; index++) {
    const byte = bytes[start + index] ?? 0;
    if (byte >= 0x80) return null;
    codes[index] = byte;
  }
  return String.fromCharCode.apply(null, codes);
}

function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/** JavaScript's `trim() === ''` on a span of UTF-8 bytes. */
function isBlankSpan(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const byte = bytes[index] ?? 0;
    if (isAsciiSpace(byte)) continue;
    if (byte < 0x80) return false;
    return decoder.decode(bytes.subarray(start, end)).trim() === '';
  }
  return true;
}

export class ByteRowScanner {
  private buffer = new Uint8Array(0);
  /** The buffer as 32-bit words, for `nextQuote`. */
  private words = new Int32Array(0);
  private length = 0;
  private readonly newlineLength: number;

  constructor(
    private readonly newline: '\n' | '\r\n',
    /** Which cells to decode; `allCells` overrides it while the header is being looked for. */
    public wanted: ReadonlySet<number>,
    private readonly onRow: (row: ScannedRow) => void,
  ) {
    this.newlineLength = newline.length;
  }

  allCells = false;
  /**
   * The one cell whose bytes each row hands on undecoded (`ScannedRow.spanStart`), or -1: a date
   * read straight from bytes (read/count-file.ts). `allCells` decodes it like any other.
   */
  spanField = -1;
  /** Whether the last row opened a quote that is never closed (its field took the rest). */
  unclosedQuote = false;

  push(chunk: Uint8Array): void {
    this.append(chunk);
    this.scan(false);
  }

  end(): void {
    this.scan(true);
  }

  private append(chunk: Uint8Array): void {
    const needed = this.length + chunk.length;
    // What is kept between chunks is the unfinished row, scanned again from its start each time:
    // a crafted 400 MB field took 88 s and 760 MiB.
    if (this.length > maxRowBytes) throw new OversizedTextError('row', maxRowBytes, 'bytes');
    if (needed > this.buffer.length) {
      // No floor: a small table comes in one chunk, and each counted file's 64 KiB buffer had
      // been fresh memory, some 190 page faults of the sample's start (docs/performance.md).
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
      this.words = new Int32Array(grown.buffer, 0, grown.length >> 2);
    }
    this.buffer.set(chunk, this.length);
    this.length = needed;
  }

  private nextNewline(from: number): number {
    const { buffer, length } = this;
    for (let index = buffer.indexOf(lineFeed, from); index !== -1 && index < length;) {
      if (this.newline === '\n') return index;
      if (index > from && buffer[index - 1] === carriageReturn) return index - 1;
      index = buffer.indexOf(lineFeed, index + 1);
    }
    return -1;
  }

  private nextComma(from: number): number {
    const index = this.buffer.indexOf(comma, from);
    return index === -1 || index >= this.length ? -1 : index;
  }

  /**
   * The next quote, looked for four bytes at a time: a word XOR four quotes has a zero byte where
   * a quote was, and `(x - 0x01010101) & ~x & 0x80808080` flags zero bytes. A flag can be wrong
   * only in a byte after a true zero (the borrow runs upwards), so the lowest flag is a quote.
   * Three times as fast on a message's text as a loop over bytes or Uint8Array's indexOf, whose
   * call costs more than most fields are long.
   */
  private nextQuote(from: number): number {
    const { buffer, length } = this;
    // The word arithmetic below is 32-bit: a row of 2 GiB (limits raised) is searched by indexOf.
    if (length > 0x7fffffff) {
      const found = buffer.indexOf(quote, from);
      return found === -1 || found >= length ? -1 : found;
    }
    let index = from;
    // Big-endian: the lowest flag would not be the first quote, so bytes one by one to the end.
    const aligned = littleEndian ? Math.min(length, (from + 3) & ~3) : length;
    for (; index < aligned; index++) {
      if (buffer[index] === quote) return index;
    }
    const { words } = this;
    const lastWord = length >> 2;
    let word = index >> 2;
    for (; word < lastWord; word++) {
      const x = (words[word] ?? 0) ^ fourQuotes;
      const flags = (x - 0x01010101) & ~x & 0x80808080;
      if (flags !== 0) return (word << 2) + ((31 - Math.clz32(flags & -flags)) >> 3);
    }
    for (index = Math.max(index, word << 2); index < length; index++) {
      if (buffer[index] === quote) return index;
    }
    return -1;
  }

  private isNewlineAt(index: number): boolean {
    if (index >= this.length) return false;
    if (this.newline === '\n') return this.buffer[index] === lineFeed;
    return (
      index + 1 < this.length &&
      this.buffer[index] === carriageReturn &&
      this.buffer[index + 1] === lineFeed
    );
  }

  /** papaparse's extraSpaces: the span from after the closing quote to `index`, when all blank. */
  private spacesBefore(quoteIndex: number, index: number): number {
    if (index === -1 || index <= quoteIndex + 1) return 0;
    return isBlankSpan(this.buffer, quoteIndex + 1, index) ? index - quoteIndex - 1 : 0;
  }

  /** The text of a row's span (`ScannedRow.spanStart`), while the row's callback runs. */
  spanText(row: ScannedRow): string {
    return row.spanStart === -1 ? '' : this.text(row.spanStart, row.spanEnd, row.spanQuoted);
  }

  private text(start: number, end: number, unescape: boolean): string {
    const value = end - start <= shortText ? asciiText(this.buffer, start, end) : null;
    return this.unescaped(value ?? decoder.decode(this.buffer.subarray(start, end)), unescape);
  }

  private unescaped(value: string, unescape: boolean): string {
    return unescape && value.includes('"') ? value.replaceAll('""', '"') : value;
  }

  /**
   * One row object for the scanner's life, cleared after each callback: the callback reads it
   * and lets it go. The helpers below are methods, not closures made at each `scan`: V8 inlines
   * a closure for the one it saw, and each chunk's new closures undid the optimized scan ("wrong
   * call target"), three recompilations of the hottest loop of the large export
   * (docs/performance.md, "Page faults").
   */
  private readonly row: ScannedRow = {
    fields: 0,
    blank: true,
    cells: new Map(),
    buffer: new Uint8Array(0),
    spanStart: -1,
    spanEnd: -1,
    spanQuoted: false,
  };
  /**
   * The next comma and line break, searched again only once passed (as papaparse does): a row of
   * quoted fields would otherwise search to its end once per field. -2: not searched yet.
   */
  private commaAt = -2;
  private newlineAt = -2;

  private clearRow(): void {
    const { row } = this;
    row.fields = 0;
    row.blank = true;
    row.spanStart = -1;
    if (row.cells.size > 0) row.cells.clear();
  }

  /**
   * Keeps a cell the caller asked for: its bytes (`spanField`) or its text. What is asked is read
   * at each cell: the row callback changes it once it found the header.
   */
  private keep(field: number, start: number, end: number, quoted: boolean): void {
    const { row } = this;
    if (this.allCells) {
      row.cells.set(field, this.text(start, end, quoted));
    } else if (field === this.spanField) {
      row.spanStart = start;
      row.spanEnd = end;
      row.spanQuoted = quoted;
    } else if (this.wanted.size > 0 && this.wanted.has(field)) {
      row.cells.set(field, this.text(start, end, quoted));
    }
  }

  private commaFrom(from: number): number {
    if (this.commaAt === -2 || (this.commaAt !== -1 && this.commaAt < from)) {
      this.commaAt = this.nextComma(from);
    }
    return this.commaAt;
  }

  private newlineFrom(from: number): number {
    if (this.newlineAt === -2 || (this.newlineAt !== -1 && this.newlineAt < from)) {
      this.newlineAt = this.nextNewline(from);
    }
    return this.newlineAt;
  }

  /** `quoted`: a field that was closed by its quote, whose `""` stand for one quote each. */
  private addField(start: number, end: number, quoted: boolean): void {
    const { row } = this;
    const field = row.fields++;
    if (row.blank && !isBlankSpan(this.buffer, start, end)) {
      // A quoted `""` is a quote character: not blank.
      row.blank = false;
    }
    this.keep(field, start, end, quoted);
  }

  private endRow(): void {
    this.onRow(this.row);
    this.clearRow();
  }

  /** Scans every complete row; keeps the unfinished one for the next chunk. */
  private scan(final: boolean): void {
    const { length, row } = this;
    const crlf = this.newline === '\r\n';
    let rowStart = 0;
    let cursor = 0;
    row.buffer = this.buffer;
    this.clearRow();
    this.commaAt = -2;
    this.newlineAt = -2;
    rows: for (;;) {
      if (cursor >= length) {
        // After a delimiter the row goes on with an empty field; at a row's start there is none
        // (papaparse's own trailing empty row after a final line break is blank either way).
        if (cursor > rowStart) {
          if (!final) break;
          this.addField(cursor, cursor, false);
          this.onRow(row);
        }
        rowStart = length;
        break;
      }
      if (this.buffer[cursor] === quote) {
        const opening = cursor;
        let search = opening;
        for (;;) {
          search = this.nextQuote(search + 1);
          if (search === -1) {
            if (!final) break rows;
            // An unclosed quote: the rest of the input is the field, as written.
            this.unclosedQuote = true;
            this.addField(opening + 1, length, false);
            this.onRow(row);
            rowStart = length;
            break rows;
          }
          if (search === length - 1) {
            if (!final) break rows;
            this.addField(opening + 1, search, true);
            this.onRow(row);
            rowStart = length;
            break rows;
          }
          const after = this.buffer[search + 1];
          if (after === quote) {
            search++;
            continue;
          }
          // The common cases first: a comma or the line break right after the closing quote.
          if (after === comma) {
            this.addField(opening + 1, search, true);
            cursor = search + 2;
            continue rows;
          }
          if (this.isNewlineAt(search + 1)) {
            this.addField(opening + 1, search, true);
            cursor = rowStart = search + 1 + this.newlineLength;
            this.endRow();
            continue rows;
          }
          const nextComma = this.commaFrom(search + 1);
          const nextNewline = this.newlineFrom(search + 1);
          // papaparse looks for spaces up to the nearer of the two (and finds none when there is
          // a line break but no later comma: Math.min(-1, n) is -1).
          const checkUpTo = nextNewline === -1 ? nextComma : Math.min(nextComma, nextNewline);
          const afterDelimiter = search + 1 + this.spacesBefore(search, checkUpTo);
          if (afterDelimiter < length && this.buffer[afterDelimiter] === comma) {
            this.addField(opening + 1, search, true);
            cursor = afterDelimiter + 1;
            continue rows;
          }
          const afterNewline = search + 1 + this.spacesBefore(search, nextNewline);
          if (this.isNewlineAt(afterNewline)) {
            this.addField(opening + 1, search, true);
            cursor = rowStart = afterNewline + this.newlineLength;
            this.endRow();
            continue rows;
          }
          // A quote followed by other text is part of the field (papaparse's InvalidQuotes).
          search++;
        }
      }
      // An unquoted field runs to the next comma or line break. Read byte by byte here: most
      // fields are short, and two indexOf calls per field cost more than the loop.
      const { buffer } = this;
      let end = cursor;
      let text = false;
      let nonAscii = false;
      let stop: 'comma' | 'newline' | null = null;
      for (; end < length; end++) {
        const byte = buffer[end] ?? 0;
        if (byte > comma) {
          if (byte >= 0x80) nonAscii = true;
          else text = true;
          continue;
        }
        if (byte === comma) {
          stop = 'comma';
          break;
        }
        if (byte === lineFeed) {
          if (!crlf) {
            stop = 'newline';
            break;
          }
          if (end > cursor && buffer[end - 1] === carriageReturn) {
            end--;
            stop = 'newline';
            break;
          }
        }
        if (!isAsciiSpace(byte)) text = true;
      }
      if (stop === null && !final) break;
      const field = row.fields++;
      if (row.blank && (text || (nonAscii && !isBlankSpan(buffer, cursor, end)))) {
        row.blank = false;
      }
      this.keep(field, cursor, end, false);
      if (stop === 'comma') {
        cursor = end + 1;
        continue;
      }
      if (stop === 'newline') {
        cursor = rowStart = end + this.newlineLength;
        this.endRow();
        continue;
      }
      this.onRow(row);
      rowStart = length;
      break;
    }
    this.buffer.copyWithin(0, rowStart, length);
    this.length = length - rowStart;
  }
}

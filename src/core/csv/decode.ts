import { concatBytes, hasZeroByte } from '../util/bytes.js';

/**
 * UTF-8 decoding of a file that arrives in chunks (export-format.md §1.3: UTF-8, no BOM seen, but
 * spreadsheets add one). A file that is not valid UTF-8 is still read, with each bad sequence as
 * U+FFFD; it is invalid exactly when there are more U+FFFD than the file's own encoded U+FFFD
 * (EF BF BD), which only chunks holding a U+FFFD need counting. NUL characters are dropped and
 * counted: no export has them, and they end strings in other tools.
 */
export class ChunkDecoder {
  nulCount = 0;
  private replacementChars = 0;
  private encodedReplacements = 0;
  private carry: Uint8Array = new Uint8Array(0);
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  /** How many bad sequences became U+FFFD: those in the text beyond the file's own. */
  get replaced(): number {
    return Math.max(0, this.replacementChars - this.encodedReplacements);
  }

  decode(chunk: Uint8Array): string {
    const text = this.decoder.decode(chunk, { stream: true });
    if (this.countReplacements(text) > 0) this.encodedReplacements += this.countEncoded(chunk);
    // The last two bytes seen, even when a chunk is shorter than that.
    this.carry =
      chunk.length >= 2
        ? chunk.subarray(chunk.length - 2)
        : concatBytes([this.carry, chunk]).slice(-2);
    // UTF-8 writes U+0000 as a zero byte and uses the byte for nothing else, and a decoder gives
    // a whole character at once: its text holds a NUL exactly when its bytes hold a zero. Bytes
    // are searched four at a time, the text one character at a time.
    return hasZeroByte(chunk) ? this.withoutNul(text) : text;
  }

  end(): string {
    const text = this.decoder.decode();
    this.countReplacements(text);
    return this.withoutNul(text);
  }

  /** Counts the U+FFFD in a piece of the text; returns how many it has. */
  private countReplacements(text: string): number {
    const count = countOf(text, '\uFFFD');
    this.replacementChars += count;
    return count;
  }

  /** EF BF BD sequences that end in this chunk (one may start in the previous one). */
  private countEncoded(chunk: Uint8Array): number {
    const bytes = concatBytes([this.carry, chunk]);
    let count = 0;
    for (let index = bytes.indexOf(0xef); index !== -1; index = bytes.indexOf(0xef, index + 1)) {
      if (bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count++;
    }
    return count;
  }

  private withoutNul(text: string): string {
    if (!text.includes('\u0000')) return text;
    this.nulCount += countOf(text, '\u0000');
    return text.replaceAll('\u0000', '');
  }
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) {
    count++;
  }
  return count;
}

const backslash = 0x5c;
const quote = 0x22;
/** After `\"`, these end a field; anything else means the quote was escaped with a backslash. */
const fieldEnds = new Set([0x22, 0x2c, 0x0d, 0x0a]);

/**
 * export-format.md §3.21: Comments.csv of 2026 writes `\"` inside quoted fields. Whether a file
 * does is decided over the whole file before parsing (a `\"` followed by text, not a field end),
 * on bytes, so the check needs no decoding. NUL bytes are skipped as the decoder drops them.
 */
export class BackslashEscapeDetector {
  found = false;
  private lastByte = -1;
  /** A `\"` ended the previous chunk: the next byte decides. */
  private escapedQuoteAtEnd = false;

  push(raw: Uint8Array): void {
    if (this.found) return;
    const chunk = hasZeroByte(raw) ? raw.filter((byte) => byte !== 0) : raw;
    if (chunk.length === 0) return;
    if (this.escapedQuoteAtEnd && !fieldEnds.has(chunk[0] ?? quote)) {
      this.found = true;
      return;
    }
    this.escapedQuoteAtEnd = false;
    for (let index = chunk.indexOf(quote); index !== -1; index = chunk.indexOf(quote, index + 1)) {
      const previous = index > 0 ? chunk[index - 1] : this.lastByte;
      if (previous !== backslash) continue;
      const next = chunk[index + 1];
      if (next === undefined) this.escapedQuoteAtEnd = true;
      else if (!fieldEnds.has(next)) {
        this.found = true;
        return;
      }
    }
    this.lastByte = chunk[chunk.length - 1] ?? -1;
  }
}

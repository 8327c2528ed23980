import { concatBytes } from '../util/bytes.js';

/** Whether bytes are complete, valid UTF-8 (the CLI passes Node's `buffer.isUtf8`). */
export type IsUtf8 = (bytes: Uint8Array) => boolean;

/** A 32-bit word's four high bits: none is set in four ASCII bytes. */
const highBits = 0x80808080 | 0;

const isContinuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * The core's own check, in a browser (the CLI passes Node's): whether bytes are well-formed UTF-8
 * as RFC 3629 defines it, the check a fatal `TextDecoder` makes, without decoding. Decoding a
 * file of private messages to throw the text away took Chromium's Worker 2.7 s of the 11 s the
 * benchmark's export took (docs/performance.md, "The web page"). ASCII, most of an export, is
 * passed four bytes at a time.
 */
export const isUtf8InJs: IsUtf8 = (bytes) => {
  const { length, byteOffset } = bytes;
  // Words start at a multiple of four in the underlying buffer, `head` bytes into the view.
  const head = (4 - (byteOffset & 3)) & 3;
  const words =
    length >= head + 4
      ? new Int32Array(bytes.buffer, byteOffset + head, (length - head) >>> 2)
      : null;
  let index = 0;
  while (index < length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index++;
      if (words !== null && index >= head && ((index - head) & 3) === 0) {
        let word = (index - head) >>> 2;
        while (word < words.length && ((words[word] ?? 0) & highBits) === 0) word++;
        index = head + word * 4;
      }
      continue;
    }
    const second = bytes[index + 1];
    if (byte < 0xc2) return false;
    if (byte < 0xe0) {
      if (!isContinuation(second)) return false;
      index += 2;
      continue;
    }
    if (second === undefined) return false;
    if (byte < 0xf0) {
      // E0 must not be overlong (A0…BF next); ED must not encode a surrogate (80…9F next).
      const low = byte === 0xe0 ? 0xa0 : 0x80;
      const high = byte === 0xed ? 0x9f : 0xbf;
      if (second < low || second > high || !isContinuation(bytes[index + 2])) return false;
      index += 3;
      continue;
    }
    if (byte < 0xf5) {
      // F0 must not be overlong (90…BF next); F4 must stay at or below U+10FFFF (80…8F next).
      const low = byte === 0xf0 ? 0x90 : 0x80;
      const high = byte === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return false;
      if (!isContinuation(bytes[index + 2]) || !isContinuation(bytes[index + 3])) return false;
      index += 4;
      continue;
    }
    return false;
  }
  return true;
};

/** Trailing bytes that start a character the chunk does not finish. */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return 0;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * Checks a file's UTF-8 chunk by chunk without decoding it; a character split between two
 * chunks is checked once both halves are there.
 */
export class Utf8Check {
  valid = true;
  private carry: Uint8Array = new Uint8Array(0);

  constructor(private readonly isUtf8: IsUtf8) {}

  push(chunk: Uint8Array): void {
    if (!this.valid) return;
    const joined = this.carry.length === 0 ? chunk : concatBytes([this.carry, chunk]);
    const tail = unfinishedTail(joined);
    this.valid = this.isUtf8(joined.subarray(0, joined.length - tail));
    this.carry = joined.slice(joined.length - tail);
  }

  end(): void {
    if (this.carry.length > 0) this.valid = false;
  }
}

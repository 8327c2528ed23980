import { concatBytes } from '../util/bytes.js';

/** Whether bytes are complete, valid UTF-8 (the CLI passes Node's `buffer.isUtf8`). */
export type IsUtf8 = (bytes: Uint8Array) => boolean;

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

export const isUtf8WithTextDecoder: IsUtf8 = (bytes) => {
  try {
    fatalDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
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

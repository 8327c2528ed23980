/** The parts as one array; a single non-empty part comes back as it is, without a copy. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const filled = parts.filter((part) => part.length > 0);
  const [only] = filled;
  if (filled.length <= 1) return only ?? new Uint8Array(0);
  const joined = new Uint8Array(filled.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of filled) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * Whether the bytes hold a zero byte, looked for four bytes at a time (`(w - 0x01010101) & ~w &
 * 0x80808080` is not zero exactly when a word holds one): Uint8Array's `includes(0)` goes byte by
 * byte through a generic path, half a second on a large export's messages.
 */
export function hasZeroByte(bytes: Uint8Array): boolean {
  const { byteOffset, length } = bytes;
  // Words must start at a multiple of four in the underlying buffer.
  const head = (4 - (byteOffset & 3)) & 3;
  if (length < head + 4) return bytes.includes(0);
  // Divided, not shifted: a shift is 32-bit, and an entry may reach 2 GiB with raised limits.
  const wordCount = Math.floor((length - head) / 4);
  const tail = head + wordCount * 4;
  // Both ends before the words: V8 optimizes the word loop while it runs (on-stack replacement),
  // and code after it, never reached by then, had no type feedback: the optimized loop was left
  // for the interpreter at its end on every call (1,195 times on the benchmark's large export).
  for (let index = 0; index < head; index++) if (bytes[index] === 0) return true;
  for (let index = tail; index < length; index++) if (bytes[index] === 0) return true;
  const words = new Int32Array(bytes.buffer, byteOffset + head, wordCount);
  for (let index = 0; index < wordCount; index++) {
    const word = words[index] ?? 0;
    if (((word - 0x01010101) & ~word & 0x80808080) !== 0) return true;
  }
  return false;
}

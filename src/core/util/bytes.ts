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

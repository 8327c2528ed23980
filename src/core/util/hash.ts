/**
 * A short, stable fingerprint of a string (two 32-bit FNV-1a passes): ids that stay the same
 * across runs and across newer exports of the same account. Not a security hash. Given several
 * parts, it is the fingerprint of their concatenation, without building it (a million ids).
 */
export function fingerprint(...parts: readonly string[]): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (const text of parts) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
    }
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

/** The two 32-bit halves of a fingerprint, as unsigned numbers. */
export interface Fingerprint {
  readonly high: number;
  readonly low: number;
}

/**
 * A short, stable fingerprint of a string (two 32-bit FNV-1a passes): ids that stay the same
 * across runs and across newer exports of the same account. Not a security hash. Given several
 * parts, it is the fingerprint of their concatenation, without building it (a million ids).
 */
export function fingerprintOf(...parts: readonly string[]): Fingerprint {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (const text of parts) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
    }
  }
  return { high: first >>> 0, low: second >>> 0 };
}

/** A fingerprint as the 16 hexadecimal digits ids carry. */
export function fingerprintText({ high, low }: Fingerprint): string {
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

export function fingerprint(...parts: readonly string[]): string {
  return fingerprintText(fingerprintOf(...parts));
}

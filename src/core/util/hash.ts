/** The two 32-bit halves of a fingerprint, as unsigned numbers. */
export interface Fingerprint {
  readonly high: number;
  readonly low: number;
}

const firstBasis = 0x811c9dc5 | 0;
const secondBasis = (0x01000193 ^ 0x5bd1e995) | 0;

/**
 * A short, stable fingerprint of a string (two 32-bit FNV-1a passes over its UTF-16 code units):
 * ids that stay the same across runs and across newer exports of the same account. Not a
 * security hash. Given several parts, it is the fingerprint of their concatenation, without
 * building it (a million ids).
 */
export function fingerprintOf(...parts: readonly string[]): Fingerprint {
  let first = firstBasis;
  let second = secondBasis;
  for (const text of parts) {
    const { length } = text;
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index);
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
    }
  }
  return { high: first >>> 0, low: second >>> 0 };
}

const hexDigits = Array.from({ length: 16 }, (_, digit) => '0123456789abcdef'.charCodeAt(digit));

const hexDigit = (value: number, shift: number) => hexDigits[(value >>> shift) & 15] ?? 0;

/**
 * A fingerprint as the 16 hexadecimal digits ids carry, made in one call: every in-scope record
 * of a large export gets one, and `toString(16)` with padding costs several times as much.
 */
export function fingerprintText({ high, low }: Fingerprint): string {
  return String.fromCharCode(
    hexDigit(high, 28),
    hexDigit(high, 24),
    hexDigit(high, 20),
    hexDigit(high, 16),
    hexDigit(high, 12),
    hexDigit(high, 8),
    hexDigit(high, 4),
    hexDigit(high, 0),
    hexDigit(low, 28),
    hexDigit(low, 24),
    hexDigit(low, 20),
    hexDigit(low, 16),
    hexDigit(low, 12),
    hexDigit(low, 8),
    hexDigit(low, 4),
    hexDigit(low, 0),
  );
}

export function fingerprint(...parts: readonly string[]): string {
  return fingerprintText(fingerprintOf(...parts));
}

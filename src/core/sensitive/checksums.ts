/** Check-digit algorithms of the identifiers the detectors read. */

/**
 * Walks a number from its check digit leftwards, the shape Luhn and Verhoeff share: `step` gets
 * the state so far, the digit and its place counted from the right (0: the check digit). Null for
 * anything but a run of ASCII digits, which has no valid check digit.
 */
function fromCheckDigit(
  digits: string,
  step: (state: number, digit: number, place: number) => number,
): number | null {
  if (!/^\d+$/u.test(digits)) return null;
  let state = 0;
  for (let place = 0; place < digits.length; place++) {
    state = step(state, digits.charCodeAt(digits.length - 1 - place) - 48, place);
  }
  return state;
}

/** Luhn (ISO/IEC 7812-1): payment card numbers. Every second digit from the check digit doubles. */
export function luhnValid(digits: string): boolean {
  const sum = fromCheckDigit(digits, (total, digit, place) => {
    const value = place % 2 === 1 ? digit * 2 : digit;
    return total + (value > 9 ? value - 9 : value);
  });
  return sum !== null && sum % 10 === 0;
}

/** ISO 13616 mod-97: the IBAN moved to start after its check digits, letters as 10–35. */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

// Verhoeff's dihedral-group tables (UIDAI uses the scheme for Aadhaar's last digit).
const multiplication = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
] as const;
const permutation = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
] as const;

/** Verhoeff: the whole number, check digit last, checks to 0. */
export function verhoeffValid(digits: string): boolean {
  const check = fromCheckDigit(
    digits,
    (state, digit, place) => multiplication[state]?.[permutation[place % 8]?.[digit] ?? 0] ?? 0,
  );
  return check === 0;
}

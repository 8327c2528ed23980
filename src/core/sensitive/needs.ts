import { digitCounts } from './digits.js';
import type { ListMatcher } from './list-matcher.js';

/**
 * What a text must have for a detector to find anything in it, as data: most texts lack it, and
 * checking these once per text is far cheaper than running the detectors' patterns (or even
 * calling each detector) on every post. Each value is what the detector's own patterns require
 * at the least, so a text that lacks it has no match: the findings stay the same.
 */
export interface Needs {
  /** ASCII digits its patterns need (`\d`): an SSN has nine. */
  digits?: number;
  /** Digits libphonenumber could read as one number (digits.ts, `phoneRun`). */
  phoneDigits?: number;
  /** A character every match contains: `@`. */
  character?: string;
  /** A word list every finding needs a match of: the topic, or the cue before a value. */
  words?: ListMatcher;
}

/** Needs with every field set, all detectors' alike, so that checking them stays fast in V8. */
export interface AllNeeds {
  readonly digits: number;
  readonly phoneDigits: number;
  /** Empty: none. */
  readonly character: string;
  readonly words: ListMatcher | null;
}

export function allNeeds(needs: Needs): AllNeeds {
  return {
    digits: needs.digits ?? 0,
    phoneDigits: needs.phoneDigits ?? 0,
    character: needs.character ?? '',
    words: needs.words ?? null,
  };
}

export function textMeets(text: string, needs: AllNeeds): boolean {
  if (needs.character !== '' && !text.includes(needs.character)) return false;
  if (needs.digits > 0 || needs.phoneDigits > 0) {
    const counts = digitCounts(text);
    if (counts.ascii < needs.digits || counts.phoneRun < needs.phoneDigits) return false;
  }
  return needs.words === null || needs.words.mayMatch(text);
}

import type { RecordKind } from '../catalog/record-kinds.js';
import { detached } from '../util/text.js';
import { scanText, type TextMatch, type TextScan } from './scan.js';
import type { DetectorContext } from './types.js';

/**
 * The kinds whose texts come back record after record: LinkedIn fills an application's screening
 * questions in from the member's saved answers, so the same `question: answer` (a salary, a phone
 * number, `Dates of employment:…`) recurs in application after application (export-format.md
 * §3.36, §4.2). Posts and comments are scanned afresh: a memo of them would cost more than it saves.
 */
const repeatingKinds: ReadonlySet<RecordKind> = new Set<RecordKind>(['application-answer']);

/** The most texts remembered; then the memo starts again (a decade of applications has fewer). */
const capacity = 4096;
/** Longer texts are free text, not a filled-in form: scanned each time. */
const longestRemembered = 512;

/**
 * A `TextScan` that remembers what it found in the texts of `repeatingKinds`: the scan of an
 * answer (libphonenumber reads every number in it) costs a tenth of a millisecond, and the same
 * answer is found the same way every time. One per analysis: the context is part of the result.
 */
export function rememberingScan(context: DetectorContext): TextScan {
  const found = new Map<string, readonly TextMatch[]>();
  return (text, kind) => {
    if (!repeatingKinds.has(kind) || text.length > longestRemembered) {
      return scanText(text, context);
    }
    const known = found.get(text);
    if (known !== undefined) return known;
    if (found.size >= capacity) found.clear();
    // The key and the matches cut from it must not hold on to the chunk the text was parsed from.
    const key = detached(text);
    const matches = scanText(key, context);
    found.set(key, matches);
    return matches;
  };
}

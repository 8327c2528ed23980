import type { RecordKind } from '../catalog/record-kinds.js';
import { contactFieldValues } from '../records/extract-profile.js';
import { squashSpaces } from '../util/text.js';
import { maskWords, standsAlone } from './mask.js';
import type { TextMatch } from './scan.js';

// The member's home address, from the profile's contact line: masked wherever it is repeated,
// and a finding in the posts that publish it (docs/sensitive-content.md).

/**
 * The profile's contact line names its address, so it is masked as written, without the address
 * pattern, whose first use would cost every run some 20 ms of its start. Only an address with a
 * number in it (a street number, a postcode): the field is free text, and a city alone, or a zip
 * code alone, would be masked in every post that names that city or holds those digits.
 */
export function profileAddress(text: string): string | null {
  const address = contactFieldValues(text).get('Address')?.trim() ?? '';
  // ASCII digits and any other character than those and separators: a `\p{…}` class would cost
  // its compilation from ICU at every start (docs/performance.md, "Start-up").
  return /[0-9]/.test(address) && /[^\s\d,.;:/#-]/u.test(address) ? address : null;
}

/**
 * The home address a record of the account's contact details gives (the profile's `Address`),
 * or null: posts that repeat it are flagged (`ownAddressMatches`).
 */
export function ownAddress(record: { kind: RecordKind; text: string | null }): string | null {
  return record.kind === 'profile-contact' && record.text !== null
    ? profileAddress(record.text)
    : null;
}

/** An address as written and with its spaces squashed, worked out once, not for every post. */
const formsOfAddress = new Map<string, readonly string[]>();

function addressForms(address: string): readonly string[] {
  let forms = formsOfAddress.get(address);
  if (forms === undefined) {
    // A page analyses one export after another: no more than a few addresses are remembered.
    if (formsOfAddress.size > 16) formsOfAddress.clear();
    forms = [...new Set([address, squashSpaces(address)])];
    formsOfAddress.set(address, forms);
  }
  return forms;
}

/**
 * The member's own home address (`ownAddress`) where a text repeats it, as written or with its
 * spaces squashed, standing on its own (as it is masked: plan/mask-values.ts): a
 * `postal-address` finding, since the address pattern reads only addresses the text announces
 * ("my address is …"), and a post that publishes the member's home address is what the findings
 * are for. Not where an identifier was found already (the address pattern's own finding).
 */
export function ownAddressMatches(
  text: string,
  found: readonly TextMatch[],
  ownAddresses: readonly string[],
): TextMatch[] {
  const matches: TextMatch[] = [];
  // The code units of the identifiers found and of the address where found so far, made at its
  // first place: checking each place against every match took a minute on a text that repeats
  // the address a hundred thousand times.
  let taken: Uint8Array | null = null;
  for (const address of ownAddresses) {
    for (const form of addressForms(address)) {
      for (let start = text.indexOf(form); start !== -1; start = text.indexOf(form, start + 1)) {
        const span = { start, end: start + form.length };
        if (!standsAlone(text, span.start, span.end)) continue;
        if (taken === null) {
          taken = new Uint8Array(text.length);
          for (const match of found) if (match.masksValue) taken.fill(1, match.start, match.end);
        }
        if (taken.subarray(span.start, span.end).includes(1)) continue;
        taken.fill(1, span.start, span.end);
        matches.push({
          code: 'postal-address',
          ...span,
          value: form,
          preview: maskWords(form),
          masksValue: true,
          glued: false,
        });
      }
    }
  }
  return matches;
}

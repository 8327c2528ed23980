import type { CsvExtractInput, ExtractOutput, RawRecord } from './types.js';

// policy.md §2: the fields LinkedIn names as profile training data, and the contact fields it does not.
const inScopeFields = [
  'First Name',
  'Last Name',
  'Headline',
  'Summary',
  'Industry',
  'Geo Location',
];
const contactFields = [
  'Maiden Name',
  'Address',
  'Birth Date',
  'Zip Code',
  'Twitter Handles',
  'Websites',
  'Instant Messengers',
];

const contactSeparator = ' · ';
const contactFieldPattern = new RegExp(
  `(?:^|${contactSeparator})(${contactFields.join('|')}): `,
  'u',
);

/**
 * The contact record's fields read back from its text (`Address: … · Zip Code: …`), for the
 * values the report masks (sensitive/scan.ts); the text is written below, so both sit here.
 */
export function contactFieldValues(text: string): Map<string, string> {
  const [, ...parts] = text.split(contactFieldPattern);
  const values = new Map<string, string>();
  for (let index = 0; index + 1 < parts.length; index += 2) {
    values.set(parts[index] ?? '', parts[index + 1] ?? '');
  }
  return values;
}

function filled(input: CsvExtractInput, cells: readonly string[], fields: readonly string[]) {
  return fields
    .map((field) => ({ field, value: input.reader.get(cells, field) }))
    .filter(({ value }) => value !== '' && value !== '[]');
}

/** Profile.csv: one profile record and one contact-details record, each when any field is filled. */
export function extractProfile(input: CsvExtractInput): ExtractOutput {
  const records: RawRecord[] = [];
  for (const { cells, row } of input.rows) {
    const profile = filled(input, cells, inScopeFields);
    if (profile.length > 0) {
      const text = profile.map(({ value }) => value).join(' · ');
      // Its fields, as a post's id is its text: an edited profile (the plan says to remove
      // what was found) is another item, which `diff` and `--keep` must not take for the old one.
      records.push({
        kind: 'profile',
        date: null,
        link: null,
        text,
        identity: ['profile', text].join('\u001e'),
        row,
      });
    }
    const contact = filled(input, cells, contactFields);
    if (contact.length > 0) {
      records.push({
        kind: 'profile-contact',
        date: null,
        link: null,
        text: contact.map(({ field, value }) => `${field}: ${value}`).join(contactSeparator),
        identity: 'profile-contact',
        row,
      });
    }
  }
  return { records, resumeUses: [] };
}

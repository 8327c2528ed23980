/**
 * What the sensitive-content detectors can find (docs/sensitive-content.md). A code is stable data:
 * reports, keep-lists and the labelled corpus name findings by it; wording lives in messages.ts.
 */
export const findingCodes = [
  'email',
  'phone',
  'postal-address',
  'birth-date',
  'iban',
  'payment-card',
  'us-ssn',
  'uk-nino',
  'in-aadhaar',
  'in-pan',
  'passport-number',
  'health',
  'disability',
  'ethnic-origin',
  'political-opinion',
  'religion',
  'trade-union',
  'sexual-orientation',
  'criminal-record',
  'work-authorisation',
  'salary',
] as const;

export type FindingCode = (typeof findingCodes)[number];

/** Groups, in the order reports list them. */
export const findingGroups = ['contact', 'identifier', 'special-category', 'employment'] as const;

export type FindingGroup = (typeof findingGroups)[number];

/** The record fields a scan reads; records carry their main text only. */
export const scannedFields = ['text'] as const;

/** Languages the word lists cover: those of most members the policy change affects. */
export const wordListLanguages = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
export type WordListLanguage = (typeof wordListLanguages)[number];

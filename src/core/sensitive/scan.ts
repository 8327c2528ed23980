import type { CountryCode } from 'libphonenumber-js/max';
import type { RecordKind } from '../catalog/record-kinds.js';
import type { ClassifiedRecord, Finding } from '../report/schema.js';
import type { FindingCode } from './codes.js';
import { digitCounts } from './digits.js';
import { detectors } from './index.js';
import { maskWords, standsAlone } from './mask.js';
import { hideDigitsButLastThree, nationalForms } from './detectors/phone.js';
import { ownAddressMatches, profileAddress } from './own-address.js';
import { textMeets } from './needs.js';
import { overlaps } from './patterns.js';
import type { DetectorContext } from './types.js';
import { compareText } from '../util/compare.js';

/**
 * The kinds the scan reads (issue 7): the member's own posts, articles, comments and group
 * activity, answers, stored resume text, and the profile's headline and summary. Private messages
 * are excluded from training and never read; their text is not even kept.
 */
export const scannedKinds: ReadonlySet<RecordKind> = new Set<RecordKind>([
  'post',
  'article',
  'comment',
  'saved-answer',
  'saved-screening-answer',
  'application-answer',
  'resume-text',
  'profile',
]);

/**
 * The account's own email addresses, phone numbers and home address: not trained on, so they
 * hold no finding, but `records` lists them, and each is masked there like everywhere else
 * (docs/sensitive-content.md), not only those the scan also met in a post.
 */
const maskedOnlyKinds: ReadonlySet<RecordKind> = new Set<RecordKind>([
  'email-address',
  'phone-number',
  'whatsapp-number',
  'profile-contact',
]);

export function isContactKind(kind: RecordKind): boolean {
  return maskedOnlyKinds.has(kind);
}

/** The files whose one value is a phone number: PhoneNumbers.csv, Whatsapp Phone Numbers.csv. */
const phoneNumberKinds: ReadonlySet<RecordKind> = new Set<RecordKind>([
  'phone-number',
  'whatsapp-number',
]);

/** The identifiers in a record of the account's contact details, to mask (`maskedOnlyKinds`). */
export function contactValues(
  record: { kind: RecordKind; text: string | null },
  scanTextOf: TextScan,
): FoundValue[] {
  if (record.text === null || !maskedOnlyKinds.has(record.kind)) return [];
  if (record.kind === 'profile-contact') {
    const address = profileAddress(record.text);
    return address === null ? [] : [[address, maskWords(address), false]];
  }
  const found = scanTextOf(record.text, record.kind)
    .filter((match) => match.masksValue)
    .map(foundValue);
  if (!phoneNumberKinds.has(record.kind)) return found;
  const value = record.text.trim();
  if (found.length > 0) {
    const national = found.flatMap(([number]) => nationalForms(number));
    return [
      ...found,
      ...national.map((form): FoundValue => [form, hideDigitsButLastThree(form), false]),
    ];
  }
  if (!/\d{3}/u.test(value)) return found;
  // A number in these files is the member's own whatever its form. The detector reads a
  // national form (`(512) 471-3434`) only for the region's country (docs/sensitive-content.md):
  // such a number was shown in full, in its own record and wherever it was written the same way.
  return [[value, hideDigitsButLastThree(value), false]];
}

// libphonenumber's default country for national numbers: only regions that are one country.
const phoneCountries: Readonly<Record<string, CountryCode>> = {
  us: 'US',
  uk: 'GB',
  ca: 'CA',
  hk: 'HK',
  ch: 'CH',
};

/** The country of a policy region id, or null (`eu`, `eea`, `other`: international forms only). */
export function phoneCountryFor(regionId: string | null): CountryCode | null {
  return regionId === null ? null : (phoneCountries[regionId] ?? null);
}

export interface TextMatch {
  code: FindingCode;
  start: number;
  end: number;
  value: string;
  /** Masked for identifiers, the words around the match for topics. */
  preview: string;
  masksValue: boolean;
  /** An identifier that runs on into a digit (`standsAlone`): masked anywhere. */
  glued: boolean;
}

/**
 * Every detector over one text. Where two identifier matches overlap (a number read both as a
 * card and as a phone), the more severe one stays; topic words may overlap anything.
 */
export function scanText(text: string, context: DetectorContext): TextMatch[] {
  const matches: TextMatch[] = [];
  const identifiers: (TextMatch & { severity: number })[] = [];
  const counts = digitCounts(text);
  // In their order, which decides between two identifiers of equal weight at one place.
  const candidates = counts.ascii === 0 && counts.phoneRun === 0 ? withoutDigits : detectors;
  for (const detector of candidates) {
    // `find` checks the same, but most texts meet few needs: not calling it at all is faster.
    if (!textMeets(text, detector.needs)) continue;
    for (const span of detector.find(text, context)) {
      const match = {
        code: detector.code,
        ...span,
        value: text.slice(span.start, span.end),
        preview: detector.preview(text, span, context),
        masksValue: detector.masksValue,
        // Most detectors find only what stands alone; the address and salary patterns can take a
        // postcode or an amount that more digits follow.
        glued: detector.masksValue && !standsAlone(text, span.start, span.end),
      };
      if (detector.masksValue) identifiers.push({ ...match, severity: detector.severity });
      else matches.push(match);
    }
  }
  // Most texts hold no identifier: nothing to weigh against another, nothing to copy.
  if (identifiers.length === 0) return matches.sort(byPlace);
  identifiers.sort(
    (a, b) => b.severity - a.severity || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: TextMatch[] = [];
  for (const { severity, ...match } of identifiers) {
    if (!kept.some((other) => overlaps(other, match))) kept.push(match);
  }
  return [...matches, ...kept].sort(byPlace);
}

/** The detectors that need no digit: all a text without digits (most of them) can meet. */
const withoutDigits = detectors.filter(
  ({ needs }) => needs.digits === 0 && needs.phoneDigits === 0,
);

function byPlace(a: TextMatch, b: TextMatch): number {
  return a.start - b.start || compareText(a.code, b.code);
}

/** A value found in the export and what stands in its place when values are not shown. */
export interface ValueMask {
  value: string;
  mask: string;
  /**
   * Found running on into a digit (`TextMatch.glued`): hidden even inside a longer number, so
   * that it is hidden where it was found (plan/mask-values.ts).
   */
  anywhere?: boolean;
}

/** A value to mask as a record's scan hands it on: the value, its mask, whether found glued. */
export type FoundValue = [value: string, mask: string, glued: boolean];

function foundValue(match: TextMatch): FoundValue {
  return [match.value, match.preview, match.glued];
}

/**
 * The values to mask found so far: each value's last mask, and the values found glued, which
 * stay so (a value found glued once must be hidden wherever it appears).
 */
export interface FoundMasks {
  masks: Map<string, string>;
  glued: Set<string>;
}

export function addFoundValue(into: FoundMasks, [value, mask, glued]: FoundValue): void {
  into.masks.set(value, mask);
  if (glued) into.glued.add(value);
}

export interface SensitiveScan {
  findings: Finding[];
  /** The identifier values found, longest first, to mask wherever the report repeats them. */
  masks: ValueMask[];
}

export interface ScanOptions {
  /** Policy region id (`us`, `eu` …): the country of national phone numbers. */
  region: string | null;
  /** Raw values in previews instead of masks (`--show-values`). */
  showValues: boolean;
}

/** What one record holds: its findings, and the values to mask, in the order they were found. */
export interface RecordScan {
  findings: Finding[];
  values: FoundValue[];
}

/**
 * Reads one record's text with the detectors, in the context of one analysis: `scanText` behind
 * a memo for the texts that repeat (scan-memo.ts).
 */
export type TextScan = (text: string, kind: RecordKind) => readonly TextMatch[];

/**
 * Scans one record; a record the policy does not put in scope, or without text, holds nothing.
 * `ownAddresses`: the profile's home address, when it was read (the profile is read first).
 */
export function scanRecord(
  record: ClassifiedRecord,
  options: ScanOptions,
  scanTextOf: TextScan,
  ownAddresses: readonly string[] = [],
): RecordScan {
  const findings: Finding[] = [];
  const values: FoundValue[] = [];
  if (maskedOnlyKinds.has(record.kind))
    return { findings, values: contactValues(record, scanTextOf) };
  if (record.scope !== 'in-scope' || !scannedKinds.has(record.kind) || record.text === null) {
    return { findings, values };
  }
  const scanned = scanTextOf(record.text, record.kind);
  // The scan's matches are shared through its memo: a copy when the address adds some.
  const own =
    ownAddresses.length === 0 ? [] : ownAddressMatches(record.text, scanned, ownAddresses);
  const matches = own.length === 0 ? scanned : [...scanned, ...own].sort(byPlace);
  for (const match of matches) {
    findings.push({
      code: match.code,
      recordId: record.id,
      field: 'text',
      start: match.start,
      end: match.end,
      preview: options.showValues ? match.value : match.preview,
    });
    if (match.masksValue) values.push(foundValue(match));
  }
  return { findings, values };
}

export function scanContext(options: ScanOptions): DetectorContext {
  return { phoneCountry: phoneCountryFor(options.region) };
}

/** The scan of several records: their findings in order, each value's last mask, longest first. */
function scanOf(findings: Finding[], { masks, glued }: FoundMasks): SensitiveScan {
  return {
    findings,
    masks: [...masks]
      .map(([value, mask]) =>
        glued.has(value) ? { value, mask, anywhere: true } : { value, mask },
      )
      .sort((a, b) => b.value.length - a.value.length),
  };
}

/** What reading found before a scan: what was scanned as read, and the profile's address. */
export type EarlierScan = { findings: readonly Finding[] } & Readonly<FoundMasks> & {
    ownAddresses: readonly string[];
  };

/**
 * Finds sensitive content in the in-scope records (docs/sensitive-content.md), after what an
 * earlier scan found (`before`: the scan made while reading), in order.
 */
export function scanRecords(
  records: readonly ClassifiedRecord[],
  options: ScanOptions,
  scanTextOf: TextScan,
  before: EarlierScan = {
    findings: [],
    masks: new Map(),
    glued: new Set(),
    ownAddresses: [],
  },
): SensitiveScan {
  const findings = [...before.findings];
  const found: FoundMasks = { masks: new Map(before.masks), glued: new Set(before.glued) };
  for (const record of records) {
    const scan = scanRecord(record, options, scanTextOf, before.ownAddresses);
    for (const finding of scan.findings) findings.push(finding);
    for (const value of scan.values) addFoundValue(found, value);
  }
  return scanOf(findings, found);
}

import type { CountryCode } from 'libphonenumber-js/max';
import type { FindingCode, FindingGroup } from './codes.js';

/** A span of a text, in UTF-16 code units, end exclusive (`text.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
}

export interface DetectorContext {
  /** Country whose national phone numbers are read; null: international forms only. */
  phoneCountry: CountryCode | null;
}

/**
 * One detector: data (code, group, severity, whether its values are masked) plus two small
 * functions. Detectors never build sentences; messages.ts words their findings.
 */
export interface Detector {
  code: FindingCode;
  group: FindingGroup;
  /** Points a finding adds to a suggestion's score (plan/score.ts), 40–70. */
  severity: number;
  /**
   * Whether the matched value is an identifier to hide (numbers, addresses): it is masked in
   * previews and everywhere else in the report unless values are shown. Topic words are not
   * masked: they are the member's own words, shown so the member can judge (see the docs).
   */
  masksValue: boolean;
  find: (text: string, context: DetectorContext) => Span[];
  /** The masked preview of a match (`+44 •••• ••• 123`); for topics, the words around it. */
  preview: (text: string, span: Span, context: DetectorContext) => string;
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}

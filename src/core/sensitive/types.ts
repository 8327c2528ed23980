import type { CountryCode } from 'libphonenumber-js/max';
import type { FindingCode, FindingGroup } from './codes.js';
import { allNeeds, textMeets, type AllNeeds, type Needs } from './needs.js';

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
  /** What a text must have for `find` to find anything (needs.ts); scanText skips the rest. */
  needs: AllNeeds;
  find: (text: string, context: DetectorContext) => Span[];
  /** The masked preview of a match (`+44 •••• ••• 123`); for topics, the words around it. */
  preview: (text: string, span: Span, context: DetectorContext) => string;
}

/** A detector whose `find` looks only at texts that meet its needs (none: every text). */
export function defineDetector(detector: Omit<Detector, 'needs'> & { needs?: Needs }): Detector {
  const { code, group, severity, masksValue, find, preview } = detector;
  const needs = allNeeds(detector.needs ?? {});
  // Spelled out, in one order: every detector has the same shape, which V8 reads fastest.
  return {
    code,
    group,
    severity,
    masksValue,
    needs,
    find: (text, context) => (textMeets(text, needs) ? find(text, context) : []),
    preview,
  };
}

import { birthDateDetector } from './detectors/birth-date.js';
import { emailDetector } from './detectors/email.js';
import { ibanDetector } from './detectors/iban.js';
import { inAadhaarDetector } from './detectors/in-aadhaar.js';
import { inPanDetector } from './detectors/in-pan.js';
import { passportNumberDetector } from './detectors/passport-number.js';
import { paymentCardDetector } from './detectors/payment-card.js';
import { phoneDetector } from './detectors/phone.js';
import { postalAddressDetector } from './detectors/postal-address.js';
import { salaryDetector } from './detectors/salary.js';
import {
  criminalRecordDetector,
  disabilityDetector,
  ethnicOriginDetector,
  healthDetector,
  politicalOpinionDetector,
  religionDetector,
  sexualOrientationDetector,
  tradeUnionDetector,
  workAuthorisationDetector,
} from './detectors/topics.js';
import { ukNinoDetector } from './detectors/uk-nino.js';
import { usSsnDetector } from './detectors/us-ssn.js';
import type { FindingCode } from './codes.js';
import type { Detector } from './types.js';

/**
 * Every detector, in the order of `findingCodes`. An explicit list, no discovery, so that the
 * browser bundle holds exactly these; a test checks that each code has exactly one detector.
 */
export const detectors: readonly Detector[] = [
  emailDetector,
  phoneDetector,
  postalAddressDetector,
  birthDateDetector,
  ibanDetector,
  paymentCardDetector,
  usSsnDetector,
  ukNinoDetector,
  inAadhaarDetector,
  inPanDetector,
  passportNumberDetector,
  healthDetector,
  disabilityDetector,
  ethnicOriginDetector,
  politicalOpinionDetector,
  religionDetector,
  tradeUnionDetector,
  sexualOrientationDetector,
  criminalRecordDetector,
  workAuthorisationDetector,
  salaryDetector,
];

const byCode = new Map(detectors.map((detector) => [detector.code, detector]));

export function detectorFor(code: FindingCode): Detector {
  const detector = byCode.get(code);
  if (detector === undefined) throw new Error(`no detector for ${code}`);
  return detector;
}

export { findingCodes, findingGroups, type FindingCode, type FindingGroup } from './codes.js';
export type { Detector, DetectorContext, Span } from './types.js';

import { criminalRecordWords } from '../words/criminal-record.js';
import { disabilityWords } from '../words/disability.js';
import { ethnicOriginWords } from '../words/ethnic-origin.js';
import { healthWords } from '../words/health.js';
import { politicalOpinionWords } from '../words/political-opinion.js';
import { religionWords } from '../words/religion.js';
import { sexualOrientationWords } from '../words/sexual-orientation.js';
import { tradeUnionWords } from '../words/trade-union.js';
import { workAuthorisationWords } from '../words/work-authorisation.js';
import { topicDetector } from './topic.js';

/** GDPR Art. 9 special categories and Art. 10 criminal records, from the word lists. */
export const healthDetector = topicDetector('health', 'special-category', 60, healthWords);
export const disabilityDetector = topicDetector(
  'disability',
  'special-category',
  60,
  disabilityWords,
);
export const ethnicOriginDetector = topicDetector(
  'ethnic-origin',
  'special-category',
  60,
  ethnicOriginWords,
);
export const politicalOpinionDetector = topicDetector(
  'political-opinion',
  'special-category',
  60,
  politicalOpinionWords,
);
export const religionDetector = topicDetector('religion', 'special-category', 60, religionWords);
export const tradeUnionDetector = topicDetector(
  'trade-union',
  'special-category',
  60,
  tradeUnionWords,
);
export const sexualOrientationDetector = topicDetector(
  'sexual-orientation',
  'special-category',
  60,
  sexualOrientationWords,
);
export const criminalRecordDetector = topicDetector(
  'criminal-record',
  'special-category',
  60,
  criminalRecordWords,
);

/** Visa, permit and citizenship status: not Art. 9, but what members most regret sharing. */
export const workAuthorisationDetector = topicDetector(
  'work-authorisation',
  'employment',
  50,
  workAuthorisationWords,
);

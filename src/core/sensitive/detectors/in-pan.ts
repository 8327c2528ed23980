import { AsciiTwinPattern } from '../ascii-twin.js';
import { hidden } from '../mask.js';
import { allMatches } from '../patterns.js';
import { defineDetector } from '../types.js';

// Income Tax Department: five letters, four digits, a letter. The fourth letter is the holder's
// type (P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority, J artificial
// juridical person, G government). The last letter is a check character whose rule is not public.
const panPattern = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![\p{L}\p{N}])/gu,
);

export const inPanDetector = defineDetector({
  code: 'in-pan',
  group: 'identifier',
  severity: 70,
  masksValue: true,
  needs: { digits: 4 },
  find: (text) => allMatches(panPattern.for(text), text),
  preview: (text, { end }) => `${hidden.repeat(8)}${text.slice(end - 2, end)}`,
});

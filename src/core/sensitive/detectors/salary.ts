import { AsciiTwinPattern } from '../ascii-twin.js';
import { ListMatcher } from '../list-matcher.js';
import { hidden } from '../mask.js';
import { execAll, nearAny } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';
import { jobAdCues } from '../words/job-ad-cues.js';
import { salaryCues } from '../words/salary-cues.js';

const cues = new ListMatcher(salaryCues);
const jobAd = new ListMatcher(jobAdCues);

const currencySymbol = '(?:US\\$|R\\$|CA\\$|A\\$|[$€£₹]|Rs\\.?)';
const currencyCode = '(?:USD|EUR|GBP|CHF|INR|CAD|AUD|BRL|HKD)';
const currencyWord =
  '(?:euros?|Euro|dollars?|Dollar|pounds?|Franken|francs?|francos?|franchi|rupees?|reais|libras?|sterline?)';
// 85,000 · 85.000 · 85 000 · 85'000 · 85000 · 85k · 4.500,50
const number = "\\d{1,3}(?:[.,\\u00a0\\u202f' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d{2,7}(?:[.,]\\d{1,2})?";
const scale = '(?:\\s?(?:[kK](?![\\p{L}])|Mio\\.?|million|Millionen|mil|mille|lakh|LPA))';

const amountPattern = new AsciiTwinPattern(
  new RegExp(
    [
      `${currencySymbol}\\s?(?:${number})${scale}?`,
      `(?:${currencyCode})\\s?(?:${number})${scale}?`,
      `(?:${number})${scale}?\\s?(?:${currencySymbol}|${currencyCode}|${currencyWord})(?![\\p{L}])`,
      `(?:${number})${scale}(?:\\s?(?:${currencySymbol}|${currencyCode}|${currencyWord}))?`,
    ]
      .map((alternative) => `(?<![\\p{L}\\p{N}])(?:${alternative})`)
      .join('|'),
    'gu',
  ),
);

/**
 * A salary figure: an amount of money with a word of pay within a few words before or after it,
 * in a text that is no job advertisement (the pay of a vacancy is not the member's).
 */
function findSalaries(text: string): Span[] {
  const cueSpans = cues.find(text);
  if (cueSpans.length === 0 || jobAd.find(text).length > 0) return [];
  const spans: Span[] = [];
  for (const match of execAll(amountPattern.for(text), text)) {
    const span = { start: match.index, end: match.index + match[0].trimEnd().length };
    if (nearAny(cueSpans, span, 40, 24)) spans.push(span);
  }
  return spans;
}

export const salaryDetector = defineDetector({
  code: 'salary',
  group: 'employment',
  severity: 40,
  masksValue: true,
  // Every form of `number` has two digits or more, and a word of pay is near it.
  needs: { digits: 2, words: cues },
  find: findSalaries,
  preview: (text, { start, end }) => text.slice(start, end).replace(/\d/gu, hidden),
});

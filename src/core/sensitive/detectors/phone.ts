import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import { AsciiTwinPattern } from '../ascii-twin.js';
import { hidden } from '../mask.js';
import { ListMatcher } from '../list-matcher.js';
import { nearAny } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';
import { phoneCues } from '../words/phone-cues.js';

const cues = new ListMatcher(phoneCues);

/** `2024-11-05`, `05.11.2024`, `2019 2020`: digit runs that libphonenumber may take for numbers. */
const dateLike =
  /^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|(?:19|20)\d{2}(?:\s*[-\u2013/ ]\s*(?:19|20)\d{2})+)$/u;

/**
 * The fewest digits of a number libphonenumber takes for valid, as the scan reads them: five for a
 * national number of the member's country (Hong Kong's shortest; the US, UK, Canada and
 * Switzerland have seven or more), six for an international one (`+54` and four digits). A test
 * checks both against the metadata, national-prefix rules included.
 */
export const minPhoneDigits = 5;

function international(raw: string): boolean {
  return /^(?:\+|00)/u.test(raw.trim());
}

/**
 * Phone numbers (libphonenumber-js, full metadata: only numbers valid for their country).
 * International forms (`+44 …`, `0044 …`) anywhere; national forms only for the country of the
 * member's region, and only after a word such as "phone" or "Handy" (words/phone-cues.ts) or on a
 * line with an email address (a resume's contact line).
 */
function findPhones(text: string, country: CountryCode | null): Span[] {
  // Only what starts `+` or `00`, or has a cue before it, is kept below: without either in the
  // text, libphonenumber (a tenth of a millisecond on a line of dates) need not read it.
  const cueMayMatch = country !== null && (cues.mayMatch(text) || text.includes('@'));
  if (!cueMayMatch && !text.includes('+') && !text.includes('00')) return [];
  const readable = withPlusForZeroZero(text);
  const found = findPhoneNumbersInText(
    readable,
    country === null ? {} : { defaultCountry: country },
  );
  let cueSpans: Span[] | null = null;
  return found
    .map((match) => {
      // A number written `0049 …` was read from ` +49 …`: its span starts at the zeros.
      const start =
        readable.charAt(match.startsAt) === '+' && text.charAt(match.startsAt) === '0'
          ? match.startsAt - 1
          : match.startsAt;
      return { start, end: match.endsAt, raw: text.slice(start, match.endsAt) };
    })
    .filter(({ raw }) => !dateLike.test(raw))
    .filter(
      (span) =>
        international(span.raw) ||
        (country !== null &&
          (nearAny((cueSpans ??= cues.find(text)), span, 24) || onContactLine(text, span))),
    )
    .map(({ start, end }) => ({ start, end }));
}

/** An email address: a line with one is a line of contact details. */
const emailLike = /[^\s@<>()[\]]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/u;

/**
 * A resume's head or a signature lists a number without a word for it, beside an email address:
 * `Jane Doe · 07400 123456 · jane@example.co.uk`. Its line is its cue.
 */
function onContactLine(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  return emailLike.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
}

const zeroZeroPrefix = new AsciiTwinPattern(/(?<![\p{N}+])00(?=[1-9]\d)/gu);

/**
 * `0049 30 901820` → ` +49 30 901820`: libphonenumber reads the `00` international prefix only
 * with a default country, so it is rewritten as `+`, padded to keep every offset.
 */
function withPlusForZeroZero(text: string): string {
  return text.replace(zeroZeroPrefix.for(text), ' +');
}

/** `(512) 471-3434` → `(•••) •••-•434`: every digit but the last three hidden, as written. */
export function hideDigitsButLastThree(raw: string): string {
  return raw.replace(/\d(?=(?:\D*\d){3})/gu, hidden);
}

/** `+44 7400 123456` → `+44 •••• ••• 456`: the country and the last three digits stay. */
export function maskPhone(raw: string, country: CountryCode | null): string {
  const [match] = findPhoneNumbersInText(
    withPlusForZeroZero(raw),
    country === null ? {} : { defaultCountry: country },
  );
  if (match === undefined) return hideDigitsButLastThree(raw);
  const formatted = match.number.formatInternational();
  const [code = '', ...groups] = formatted.split(' ');
  const digits = groups.join('');
  const last = digits.slice(-3);
  let remaining = digits.length - last.length;
  const maskedGroups = groups
    .map((group) => {
      const take = Math.min(group.length, remaining);
      remaining -= take;
      return hidden.repeat(take);
    })
    .filter((group) => group !== '');
  // A lone hidden digit before the last three reads as a typo: it joins the group before.
  const lastGroup = maskedGroups.at(-1);
  if (lastGroup?.length === 1 && maskedGroups.length > 1) {
    maskedGroups.pop();
    const previous = maskedGroups.pop() ?? '';
    maskedGroups.push(previous + hidden);
  }
  return [code, ...maskedGroups, last].join(' ');
}

export const phoneDetector = defineDetector({
  code: 'phone',
  group: 'contact',
  severity: 55,
  masksValue: true,
  needs: { phoneDigits: minPhoneDigits },
  find: (text, context) => findPhones(text, context.phoneCountry),
  preview: (text, { start, end }, context) =>
    maskPhone(text.slice(start, end), context.phoneCountry),
});

/**
 * How a number written in international form (`+1 512-471-3434`) is written at home: its national
 * format (`(512) 471-3434`) and its national digits alone (`5124713434`). The member's own numbers
 * are masked in these forms too, wherever they were written so.
 */
export function nationalForms(value: string): string[] {
  const parsed = parsePhoneNumberFromString(withPlusForZeroZero(value).trim());
  if (!parsed?.isValid()) return [];
  return [...new Set([parsed.formatNational(), parsed.nationalNumber])].filter(
    (form) => form !== value,
  );
}

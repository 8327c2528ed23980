import { AsciiTwinPattern } from '../ascii-twin.js';
import { maskEmail } from '../mask.js';
import { allMatches } from '../patterns.js';
import { defineDetector, type Span } from '../types.js';

// The practical subset of RFC 5322 that people type: no quoted local parts, a dotted domain with
// a letter-only top-level label. `\p{L}` admits internationalised addresses (RFC 6531).
const emailPattern = new AsciiTwinPattern(
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|:[^\s])/gu,
);

/**
 * File extensions that are no top-level domain: `logo@2x.png` is an image's name. (`git@host:path`
 * is excluded by the pattern: a colon and a path right after the domain.)
 */
const fileExtensions = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'ico',
  'pdf',
  'js',
  'css',
  'json',
  'html',
  'htm',
  'txt',
  'csv',
  'git',
]);

function findEmails(text: string): Span[] {
  return allMatches(emailPattern.for(text), text).filter((span) => {
    const value = text.slice(span.start, span.end);
    return !fileExtensions.has(value.slice(value.lastIndexOf('.') + 1).toLowerCase());
  });
}

export const emailDetector = defineDetector({
  code: 'email',
  group: 'contact',
  severity: 45,
  masksValue: true,
  needs: { character: '@' },
  find: findEmails,
  preview: (text, { start, end }) => maskEmail(text.slice(start, end)),
});

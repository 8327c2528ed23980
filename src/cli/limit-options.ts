import { Option } from 'commander';
import { defaultLimits } from '../core/archive/limits.js';
import { ExposureInputError } from '../core/errors.js';
import type { AnalyzeOptions } from '../core/index.js';

const units: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** `500MB`, `2GiB`, `1048576`: sizes count in 1024s, as file managers mostly show them. */
export function parseSize(option: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(value.trim());
  const unit = units[match?.[2]?.toLowerCase() ?? 'invalid'];
  const bytes = Math.round(Number(match?.[1]) * (unit ?? Number.NaN));
  // Beyond 2^53 bytes a size is no longer a whole number to JavaScript, and no disk holds it.
  if (!match?.[1] || unit === undefined || bytes <= 0 || !Number.isSafeInteger(bytes)) {
    throw new ExposureInputError('INVALID_OPTION', {
      option,
      value,
      expected: 'a size such as 500MB or 4GB',
    });
  }
  return bytes;
}

function parseCount(option: string, value: string, allowZero: boolean): number {
  const number = Number(value);
  if (
    !/^\d+$/u.test(value.trim()) ||
    (!allowZero && number === 0) ||
    !Number.isSafeInteger(number)
  ) {
    throw new ExposureInputError('INVALID_OPTION', {
      option,
      value,
      expected: allowZero ? 'a whole number, 0 or more' : 'a whole number above 0',
    });
  }
  return number;
}

export interface LimitFlags {
  maxEntrySize?: string;
  maxTotalSize?: string;
  maxEntries?: string;
  maxRatio?: string;
  maxDepth?: string;
}

const gigabytes = (bytes: number) => `${String(bytes / 1024 ** 3)}GB`;

/** The archive safety limits as options; defaults and meaning in the README ("Limits"). */
export const limitOptions = (): Option[] => [
  new Option(
    '--max-entry-size <size>',
    `largest file inflated from the archive (default ${gigabytes(defaultLimits.maxEntryBytes)})`,
  ),
  new Option(
    '--max-total-size <size>',
    `largest total inflated from the archive (default ${gigabytes(defaultLimits.maxTotalBytes)})`,
  ),
  new Option(
    '--max-entries <count>',
    `most files an archive may list (default ${String(defaultLimits.maxEntries)})`,
  ),
  new Option(
    '--max-ratio <ratio>',
    `largest compression ratio of one file (default ${String(defaultLimits.maxCompressionRatio)})`,
  ),
  new Option(
    '--max-depth <levels>',
    `how deep ZIPs inside ZIPs are opened (default ${String(defaultLimits.maxNestingDepth)})`,
  ),
];

export function limitsFrom(flags: LimitFlags): AnalyzeOptions['limits'] {
  return {
    ...(flags.maxEntrySize === undefined
      ? {}
      : { maxEntryBytes: parseSize('--max-entry-size', flags.maxEntrySize) }),
    ...(flags.maxTotalSize === undefined
      ? {}
      : { maxTotalBytes: parseSize('--max-total-size', flags.maxTotalSize) }),
    ...(flags.maxEntries === undefined
      ? {}
      : { maxEntries: parseCount('--max-entries', flags.maxEntries, false) }),
    ...(flags.maxRatio === undefined
      ? {}
      : { maxCompressionRatio: parseCount('--max-ratio', flags.maxRatio, false) }),
    ...(flags.maxDepth === undefined
      ? {}
      : { maxNestingDepth: parseCount('--max-depth', flags.maxDepth, true) }),
  };
}

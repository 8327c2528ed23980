import { defaultOlderThan } from './defaults.js';
import { z } from 'zod';
import { archiveLimitsSchema, type ArchiveLimits } from './archive/limits.js';
import { inflateRawWithWebStreams, type InflateRaw } from './archive/inflate.js';
import { isUtf8InJs, type IsUtf8 } from './csv/utf8-check.js';
import { ExposureInputError } from './errors.js';
import type { CountElsewhere } from './read/count-elsewhere.js';
import type { KeepRecords } from './read/record-collector.js';
import type { ClassifiedRecord } from './report/schema.js';
import { defaultPolicy } from './policy/index.js';
import { policySchema, type Policy, type Region } from './policy/schema.js';
import { isIsoDate, parseDuration, type Duration } from './util/dates.js';

export const progressEventSchema = z.object({
  /** Bytes of export files read so far, and in all (uncompressed where the archive says). */
  bytesDone: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  filesDone: z.number().int().nonnegative(),
  filesTotal: z.number().int().nonnegative(),
  /** The file being read; '' once everything is read. */
  file: z.string(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

export const analyzeOptionsSchema = z.object({
  /** Region id of the policy (`eu`, `us`, …); sets the training start date the report counts from. */
  region: z.string().optional(),
  /** `YYYY-MM-DD`: the day ages are counted from (default: the export date). */
  asOf: z.string().optional(),
  /** Items older than this before the export date are suggested for deletion (`6m`, `1y`, `90d`). */
  olderThan: z.string().optional(),
  /** A policy definition in place of the built-in one (see `parsePolicy`). */
  policy: policySchema.optional(),
  /** Safety limits against decompression bombs (defaults in `archive/limits.ts`). */
  limits: archiveLimitsSchema.partial().optional(),
  /** Called as files are read (the CLI's progress bar, the web page's). */
  onProgress: z
    .custom<(event: ProgressEvent) => void>((value) => typeof value === 'function')
    .optional(),
  /**
   * Stops the analysis (the web page: newer settings came): it rejects with the signal's reason
   * at the next chunk or file it reads.
   */
  signal: z
    .custom<AbortSignal>(
      (value) => typeof AbortSignal !== 'undefined' && value instanceof AbortSignal,
    )
    .optional(),
  /** Show found phone numbers, emails, addresses … instead of masks (`--show-values`). */
  showValues: z.boolean().optional(),
  /** Suggestion ids the member keeps (`--keep`): left out of the plan, and counted. */
  keep: z.array(z.string()).optional(),
  /**
   * Which records `report.records` keeps; every record is counted whatever this says. `all` (the
   * default); `in-scope`: in-scope records, resumes and saved answers (what `diff` compares);
   * `flagged`: of the posts and comments only those holding findings, the plan being chosen as
   * they are read. The fewer kept, the flatter memory stays on a large export.
   */
  keepRecords: z.enum(['all', 'in-scope', 'flagged']).optional(),
  /**
   * Receives every record, in order and masked as `report.records` would hold it, instead of the
   * report holding them: the report comes back with no records and the export is read twice.
   */
  onRecord: z
    .custom<(record: ClassifiedRecord) => void>((value) => typeof value === 'function')
    .optional(),
  /** Raw-deflate inflater for ZIP entries; the default is the platform's DecompressionStream. */
  inflateRaw: z.custom<InflateRaw>((value) => typeof value === 'function').optional(),
  /** UTF-8 check for files that are counted, not decoded; the default decodes with TextDecoder. */
  isUtf8: z.custom<IsUtf8>((value) => typeof value === 'function').optional(),
  /** Counts large files of uncounted categories on another thread (read/count-elsewhere.ts). */
  countElsewhere: z.custom<CountElsewhere>((value) => typeof value === 'function').optional(),
});
export type AnalyzeOptions = z.input<typeof analyzeOptionsSchema>;

export interface ResolvedOptions {
  policy: Policy;
  region: Region | null;
  asOf: string | null;
  olderThan: Duration;
  olderThanText: string;
  limits: ArchiveLimits;
  onProgress: (event: ProgressEvent) => void;
  signal: AbortSignal | null;
  showValues: boolean;
  keep: ReadonlySet<string>;
  keepRecords: KeepRecords;
  onRecord: ((record: ClassifiedRecord) => void) | null;
  inflateRaw: InflateRaw;
  isUtf8: IsUtf8;
  countElsewhere: CountElsewhere | null;
}

function invalid(option: string, value: string, expected: string): ExposureInputError {
  return new ExposureInputError('INVALID_OPTION', { option, value, expected });
}

export function resolveOptions(options: AnalyzeOptions): ResolvedOptions {
  const parsed = analyzeOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw invalid(String(issue?.path[0] ?? 'options'), '', issue?.message ?? 'valid options');
  }
  const { region, asOf, olderThan, onProgress } = parsed.data;
  const policy = parsed.data.policy ?? defaultPolicy;
  let resolvedRegion: Region | null = null;
  if (region !== undefined) {
    resolvedRegion =
      policy.regions.find((candidate) => candidate.id === region.toLowerCase()) ?? null;
    if (!resolvedRegion) {
      const ids = policy.regions.map((candidate) => candidate.id).join(', ');
      throw invalid('--region', region, `one of ${ids}`);
    }
  }
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw invalid('--as-of', asOf, 'a day of the calendar written YYYY-MM-DD, such as 2026-11-28');
  }
  const olderThanText = olderThan ?? defaultOlderThan;
  const duration = parseDuration(olderThanText);
  if (!duration) {
    throw invalid(
      '--older-than',
      olderThanText,
      'a number of up to 4 digits and a unit d, w, m or y, such as 6m, 1y or 90d',
    );
  }
  return {
    policy,
    region: resolvedRegion,
    asOf: asOf ?? null,
    olderThan: duration,
    olderThanText: `${String(duration.amount)}${duration.unit}`,
    limits: archiveLimitsSchema.parse(parsed.data.limits ?? {}),
    onProgress: onProgress ?? (() => undefined),
    signal: parsed.data.signal ?? null,
    showValues: parsed.data.showValues ?? false,
    keep: new Set(parsed.data.keep ?? []),
    // Records handed on one by one are not kept as well.
    keepRecords: parsed.data.onRecord ? 'flagged' : (parsed.data.keepRecords ?? 'all'),
    onRecord: parsed.data.onRecord ?? null,
    inflateRaw: parsed.data.inflateRaw ?? inflateRawWithWebStreams,
    isUtf8: parsed.data.isUtf8 ?? isUtf8InJs,
    countElsewhere: parsed.data.countElsewhere ?? null,
  };
}

import { z } from 'zod';
import { ExposureInputError } from './errors.js';
import { defaultPolicy } from './policy/index.js';
import type { Policy, Region } from './policy/schema.js';
import { isIsoDate, parseDuration, type Duration } from './util/dates.js';

export interface ProgressEvent {
  /** Files read so far and in all. */
  filesDone: number;
  filesTotal: number;
  file: string;
}

export interface AnalyzeOptions {
  /** Region id of the policy (`eu`, `us`, …); sets the training start date the report counts from. */
  region?: string | undefined;
  /** `YYYY-MM-DD`: the day ages are counted from (default: the export date). */
  asOf?: string | undefined;
  /** Items older than this before the export date are suggested for deletion (`6m`, `1y`, `90d`). */
  olderThan?: string | undefined;
  /** A policy definition in place of the built-in one (already parsed with `parsePolicy`). */
  policy?: Policy | undefined;
  onProgress?: ((event: ProgressEvent) => void) | undefined;
}

export interface ResolvedOptions {
  policy: Policy;
  region: Region | null;
  asOf: string | null;
  olderThan: Duration;
  olderThanText: string;
  onProgress: (event: ProgressEvent) => void;
}

const optionsShape = z.object({
  region: z.string().optional(),
  asOf: z.string().optional(),
  olderThan: z.string().optional(),
});

export function resolveOptions(options: AnalyzeOptions): ResolvedOptions {
  const { region, asOf, olderThan } = optionsShape.parse({
    region: options.region,
    asOf: options.asOf,
    olderThan: options.olderThan,
  });
  const policy = options.policy ?? defaultPolicy;
  let resolvedRegion: Region | null = null;
  if (region !== undefined) {
    resolvedRegion =
      policy.regions.find((candidate) => candidate.id === region.toLowerCase()) ?? null;
    if (!resolvedRegion) {
      throw new ExposureInputError('INVALID_OPTION', {
        option: '--region',
        value: region,
        expected: `one of ${policy.regions.map((candidate) => candidate.id).join(', ')}`,
      });
    }
  }
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw new ExposureInputError('INVALID_OPTION', {
      option: '--as-of',
      value: asOf,
      expected: 'a date written YYYY-MM-DD, such as 2026-11-28',
    });
  }
  const olderThanText = olderThan ?? '6m';
  const duration = parseDuration(olderThanText);
  if (!duration) {
    throw new ExposureInputError('INVALID_OPTION', {
      option: '--older-than',
      value: olderThanText,
      expected: 'a number and a unit d, w, m or y, such as 6m, 1y or 90d',
    });
  }
  return {
    policy,
    region: resolvedRegion,
    asOf: asOf ?? null,
    olderThan: duration,
    olderThanText: `${String(duration.amount)}${duration.unit}`,
    onProgress: options.onProgress ?? (() => undefined),
  };
}

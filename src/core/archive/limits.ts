import { z } from 'zod';

const mebibyte = 1024 * 1024;

/**
 * Safety limits on what an archive may make the analyzer inflate or open. The defaults are far
 * above any real export (the largest real ones hold a few hundred MB of CSV in under 100 files)
 * and far below what a decompression bomb needs. Each is a CLI option (README "Limits").
 * Written out rather than parsed from the schema: a zod parse at load costs the CLI's start.
 */
export const defaultLimits = {
  /** Largest size of one inflated file. */
  maxEntryBytes: 2048 * mebibyte,
  /** Largest total of all inflated files. */
  maxTotalBytes: 8192 * mebibyte,
  /** Most files one archive may list. */
  maxEntries: 10_000,
  /** Largest inflated/compressed ratio of one file once it has inflated past 1 MiB. */
  maxCompressionRatio: 300,
  /** How many ZIPs deep a ZIP inside a ZIP is still opened. */
  maxNestingDepth: 2,
};

export const archiveLimitsSchema = z.object({
  maxEntryBytes: z.number().int().positive().default(defaultLimits.maxEntryBytes),
  maxTotalBytes: z.number().int().positive().default(defaultLimits.maxTotalBytes),
  maxEntries: z.number().int().positive().default(defaultLimits.maxEntries),
  maxCompressionRatio: z.number().positive().default(defaultLimits.maxCompressionRatio),
  maxNestingDepth: z.number().int().nonnegative().default(defaultLimits.maxNestingDepth),
});

export type ArchiveLimits = z.output<typeof archiveLimitsSchema>;

/** Files this small may compress as well as they like (a CSV of empty rows does). */
export const ratioFloorBytes = mebibyte;

/** Tracks what all files together have inflated so far. */
export class InflateBudget {
  private used = 0;

  constructor(readonly limits: ArchiveLimits) {}

  get remaining(): number {
    return Math.max(0, this.limits.maxTotalBytes - this.used);
  }

  spend(bytes: number): void {
    this.used += bytes;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * mebibyte) return `${(bytes / (1024 * mebibyte)).toFixed(1)} GiB`;
  if (bytes >= mebibyte) return `${(bytes / mebibyte).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${String(bytes)} bytes`;
}

import { formatBytes, type ArchiveLimits } from './limits.js';

export type EntryLimitReason =
  'declared-size' | 'actual-size' | 'beyond-declared' | 'total-size' | 'ratio';

/** One file of the archive passed a safety limit: it is skipped and named in a warning. */
export class EntryLimitError extends Error {
  override readonly name = 'EntryLimitError';

  constructor(
    readonly reason: EntryLimitReason,
    readonly path: string,
    readonly bytes: number,
    readonly limits: ArchiveLimits,
  ) {
    super(`${path}: ${reason} limit (${formatBytes(bytes)})`);
  }
}

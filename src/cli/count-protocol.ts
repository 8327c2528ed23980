import type { EntryCheck } from '../core/archive/entry-check.js';
import type { EntryLimitReason } from '../core/archive/entry-limit-error.js';
import type { TableSpec } from '../core/catalog/schema.js';
import type { CountedElsewhere } from '../core/read/count-elsewhere.js';
import type { DeferredSource } from './archive-read.js';

/** A file for the counting worker (src/cli/count-worker.ts) to inflate and count. */
export interface CountRequest {
  job: number;
  spec: TableSpec;
  trainingSince: string;
  /** The entry as stored; a view of the archive's shared memory, so handing it over copies nothing. */
  bytes: Uint8Array;
  deflated: boolean;
  check: EntryCheck;
  /** Parts of `bytes` left in the file (archive-read.ts): the worker reads them from there. */
  deferred: DeferredSource | null;
}

/** What the worker answers: progress, the count, or why the file failed. */
export type CountReply =
  | { type: 'progress'; job: number; bytes: number }
  | ({ type: 'done'; job: number } & CountedElsewhere)
  | {
      type: 'failed';
      job: number;
      message: string;
      /** Set when a limit stopped the file: the main thread throws the same error. */
      limit: { reason: EntryLimitReason; path: string; bytes: number } | null;
      /** Set when a row passed the length no LinkedIn row reaches (csv/oversized-text.ts). */
      oversizedRow: { limit: number } | null;
    };

import type { StoredEntry } from '../archive/types.js';
import type { TableSpec } from '../catalog/schema.js';
import type { CountedFile } from './count-file.js';

/** A count made on another thread, and how many bytes the entry held. */
export interface CountedElsewhere {
  /** Null when the file needs a full read after all (read/count-file.ts). */
  counted: CountedFile | null;
  inflated: number;
}

/**
 * Counts a file of a category the report keeps no records of (private messages) on another
 * thread, inflating it there from its stored bytes with the same limits (archive/entry-check.ts),
 * while this thread reads the in-scope files: both cores work. Returns null when counting it here
 * is better (a small file: handing it over costs more than it saves); resolves to null when the
 * other thread could not count it after all (it broke): then it is counted here. A limit that
 * stops the file rejects with the same EntryLimitError a read here would throw. The CLI passes
 * Node worker threads (src/cli/count-threads.ts).
 */
export type CountElsewhere = (
  spec: TableSpec,
  trainingSince: string,
  entry: StoredEntry,
  onBytes: (bytes: number) => void,
) => Promise<CountedElsewhere | null> | null;

import { EntryLimitError } from './entry-limit-error.js';
import { ratioFloorBytes, type ArchiveLimits } from './limits.js';

/**
 * What reading one ZIP entry must check, as plain data: the same checks run wherever the entry is
 * inflated, on this thread or another (read/count-elsewhere.ts).
 */
export interface EntryCheck {
  path: string;
  /** Sizes the archive declares; null when unknown. */
  uncompressed: number | null;
  compressed: number | null;
  limits: ArchiveLimits;
  /** What the archive's total limit leaves for this entry (infinite once it was counted). */
  remaining: number;
}

/** The declared size against the limits, before a byte is inflated. */
function checkDeclared({ path, uncompressed, limits, remaining }: EntryCheck): void {
  if (uncompressed !== null && uncompressed > limits.maxEntryBytes) {
    throw new EntryLimitError('declared-size', path, uncompressed, limits);
  }
  if (uncompressed !== null && uncompressed > remaining) {
    throw new EntryLimitError('total-size', path, uncompressed, limits);
  }
}

/**
 * The inflated chunks, each counted against the limits before it is handed on, so a bomb stops at
 * the limit. The declared size is checked first, before the source is even made. Returns how many
 * bytes the entry held.
 */
export async function* checkedChunks(
  source: () => AsyncIterable<Uint8Array>,
  check: EntryCheck,
): AsyncGenerator<Uint8Array, number> {
  checkDeclared(check);
  const { path, uncompressed, compressed, limits, remaining } = check;
  let inflated = 0;
  for await (const chunk of source()) {
    inflated += chunk.length;
    if (inflated > limits.maxEntryBytes) {
      throw new EntryLimitError('actual-size', path, inflated, limits);
    }
    // Files read side by side are held to the total limit by their declared sizes
    // (read/read-files.ts): no entry may hold more than the archive says it does.
    if (uncompressed !== null && inflated > uncompressed) {
      throw new EntryLimitError('beyond-declared', path, uncompressed, limits);
    }
    if (inflated > remaining) throw new EntryLimitError('total-size', path, inflated, limits);
    if (
      compressed !== null &&
      inflated > ratioFloorBytes &&
      inflated > limits.maxCompressionRatio * Math.max(1, compressed)
    ) {
      throw new EntryLimitError('ratio', path, inflated, limits);
    }
    yield chunk;
  }
  return inflated;
}

/**
 * The most characters one CSV row may hold, and the most bytes one article page. LinkedIn writes
 * nothing near either (a post holds 3,000 characters, an article some 125,000); a crafted file of
 * one endless field or page within every archive limit would otherwise be held whole and copied
 * until the heap ran out, a crash where a warning belongs.
 */
export const maxRowCharacters = 16 * 1024 * 1024;
/**
 * The same for a table counted on its bytes (csv/byte-rows.ts), whose scan starts again at the
 * unfinished row with each chunk.
 */
export const maxRowBytes = 16 * 1024 * 1024;
export const maxArticleBytes = 16 * 1024 * 1024;

/** One row or article page of a file passed its limit: the file is skipped with a warning. */
export class OversizedTextError extends Error {
  override readonly name = 'OversizedTextError';

  constructor(
    readonly what: 'row' | 'article',
    readonly limit: number,
    /** What `limit` counts: a row read as text counts characters, one counted on bytes bytes. */
    readonly unit: 'characters' | 'bytes' = what === 'row' ? 'characters' : 'bytes',
  ) {
    super(`${what} over the limit of ${String(limit)}`);
  }
}

/** A row (or rejoined comment) of this many characters is no LinkedIn row: its file is skipped. */
export function checkRowLength(length: number): void {
  if (length > maxRowCharacters) throw new OversizedTextError('row', maxRowCharacters);
}

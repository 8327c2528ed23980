import { fileNoteText, formatCount } from '../messages.js';
import { EntryLimitError } from '../archive/entry-limit-error.js';
import { OversizedTextError } from '../csv/oversized-text.js';
import { formatBytes } from '../archive/limits.js';
import type { WarningSink } from '../report/warnings.js';
import { errorMessage } from '../util/error-message.js';

/** A file that could not be inflated or read becomes a warning and a short note for its row. */
export function describeReadFailure(error: unknown, file: string, warnings: WarningSink): string {
  if (error instanceof EntryLimitError) {
    const { limits } = error;
    switch (error.reason) {
      case 'declared-size':
        warnings.add(
          'entry-declared-too-large',
          { file, size: formatBytes(error.bytes), limit: formatBytes(limits.maxEntryBytes) },
          file,
        );
        return fileNoteText.declaresTooMuch({ size: formatBytes(error.bytes) });
      case 'actual-size':
        warnings.add('entry-too-large', { file, limit: formatBytes(limits.maxEntryBytes) }, file);
        return fileNoteText.tooLarge({ limit: formatBytes(limits.maxEntryBytes) });
      case 'beyond-declared':
        warnings.add('entry-beyond-declared', { file, size: formatBytes(error.bytes) }, file);
        return fileNoteText.beyondDeclared({ size: formatBytes(error.bytes) });
      case 'total-size':
        warnings.add(
          'entry-total-too-large',
          { file, limit: formatBytes(limits.maxTotalBytes) },
          file,
        );
        return fileNoteText.totalTooLarge({ limit: formatBytes(limits.maxTotalBytes) });
      case 'ratio':
        warnings.add('entry-compression-ratio', { file, ratio: limits.maxCompressionRatio }, file);
        return fileNoteText.ratio({ ratio: limits.maxCompressionRatio });
    }
  }
  if (error instanceof OversizedTextError) {
    if (error.what === 'article') {
      const limit = formatBytes(error.limit);
      warnings.add('article-too-large', { file, limit }, file);
      return fileNoteText.tooLarge({ limit });
    }
    const limit =
      error.unit === 'characters'
        ? `${formatCount(error.limit)} characters`
        : formatBytes(error.limit);
    warnings.add('row-too-long', { file, limit }, file);
    return fileNoteText.rowTooLong({ limit });
  }
  const problem = errorMessage(error);
  warnings.add('unreadable-table', { file, problem }, file);
  return problem;
}

import { EntryLimitError } from '../archive/entry-limit-error.js';
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
        return `not read: declares ${formatBytes(error.bytes)}`;
      case 'actual-size':
        warnings.add('entry-too-large', { file, limit: formatBytes(limits.maxEntryBytes) }, file);
        return `not read: over ${formatBytes(limits.maxEntryBytes)}`;
      case 'beyond-declared':
        warnings.add('entry-beyond-declared', { file, size: formatBytes(error.bytes) }, file);
        return `not read: holds more than the ${formatBytes(error.bytes)} it declares`;
      case 'total-size':
        warnings.add(
          'entry-total-too-large',
          { file, limit: formatBytes(limits.maxTotalBytes) },
          file,
        );
        return `not read: total over ${formatBytes(limits.maxTotalBytes)}`;
      case 'ratio':
        warnings.add('entry-compression-ratio', { file, ratio: limits.maxCompressionRatio }, file);
        return `not read: compression ratio over ${String(limits.maxCompressionRatio)}:1`;
    }
  }
  const problem = errorMessage(error);
  warnings.add('unreadable-table', { file, problem }, file);
  return problem;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';
import { problemText } from '../core/messages.js';

/**
 * A text file the user named with `option` (`--policy`, `--keep`); a missing one is
 * OPTION_FILE_NOT_FOUND, exit 2, naming the option rather than the export.
 */
export async function readUserFile(
  file: string,
  cwd: string,
  option: '--policy' | '--keep',
): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    // EISDIR: a folder named where a file belongs is no missing file.
    const problem =
      error instanceof Error && 'code' in error && error.code === 'EISDIR'
        ? problemText.folderNotFile()
        : null;
    if (problem) throw new ExposureInputError('FILE_UNREADABLE', { path: file, problem });
    throw new ExposureInputError('OPTION_FILE_NOT_FOUND', { option, path: file });
  }
}

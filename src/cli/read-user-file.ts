import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';

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
  } catch {
    throw new ExposureInputError('OPTION_FILE_NOT_FOUND', { option, path: file });
  }
}

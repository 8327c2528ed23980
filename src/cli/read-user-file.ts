import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';

/** A text file the user named (`--policy`, `--keep`); a missing one is FILE_NOT_FOUND, exit 2. */
export async function readUserFile(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new ExposureInputError('FILE_NOT_FOUND', { path: file });
  }
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';
import { problemText } from '../core/messages.js';

/**
 * The text of a file a person saved: Windows editors write UTF-8 with a byte-order mark, and
 * PowerShell 5.1's `linkedin-exposure policy > my-policy.json` writes UTF-16 with one. Both read
 * as the text they hold (TextDecoder drops a UTF-8 mark itself).
 */
function savedText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  return new TextDecoder().decode(bytes);
}

/**
 * A text file the user named with `option` (`--policy`, `--keep`); a missing one is
 * OPTION_FILE_NOT_FOUND, exit 2, naming the option rather than the export.
 */
export function readUserFile(file: string, cwd: string, option: '--policy' | '--keep'): string {
  try {
    return savedText(readFileSync(path.resolve(cwd, file)));
  } catch (error) {
    // EISDIR: a folder named where a file belongs is no missing file.
    const problem =
      error instanceof Error && 'code' in error && error.code === 'EISDIR'
        ? problemText.folderNotFile()
        : null;
    if (problem) throw new ExposureInputError('FILE_UNREADABLE', { path: file, problem, option });
    throw new ExposureInputError('OPTION_FILE_NOT_FOUND', { option, path: file });
  }
}

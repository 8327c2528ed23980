import { closeSync, constants, openSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';
import { errorMessage } from '../core/util/error-message.js';

/** Whether two paths are one file: also through a hard link, which no path comparison sees. */
function sameFile(a: string, b: string): boolean {
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.isFile() && first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

function canonical(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Opens `--output` for writing: never onto one of the inputs, and never over an existing file
 * unless `force` (the archive and everything beside it stay untouched). Synchronous, so that
 * records handed on one by one can be written as they come.
 */
export function openOutputFile(
  target: string,
  options: { cwd: string; inputs: readonly string[]; force: boolean },
): number {
  const absolute = path.resolve(options.cwd, target);
  const resolvedTarget = canonical(absolute);
  for (const input of options.inputs) {
    const resolvedInput = canonical(path.resolve(options.cwd, input));
    if (resolvedTarget.startsWith(`${resolvedInput}${path.sep}`)) {
      throw new ExposureInputError('OUTPUT_IS_INPUT', { path: target, folder: input });
    }
    if (resolvedTarget === resolvedInput || sameFile(resolvedTarget, resolvedInput)) {
      throw new ExposureInputError('OUTPUT_IS_INPUT', { path: target });
    }
  }
  // Said before opening: the system's own words (EISDIR, ENOENT) would not tell the member why.
  const existing = statSync(absolute, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new ExposureInputError('OUTPUT_IS_FOLDER', { path: target });
  const folder = path.dirname(absolute);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ExposureInputError('OUTPUT_FOLDER_MISSING', {
      path: target,
      folder: path.dirname(target),
    });
  }
  const flags = options.force
    ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC
    : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
  try {
    return openSync(absolute, flags, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ExposureInputError('OUTPUT_EXISTS', { path: target });
    }
    throw new ExposureInputError('OUTPUT_UNWRITABLE', {
      path: target,
      problem: errorMessage(error),
    });
  }
}

/**
 * Writes text to an opened `--output` file; a write that fails (a full disk) is the member's to
 * fix, not a crash.
 */
export function writeToOutput(descriptor: number, target: string, text: string): void {
  try {
    writeFileSync(descriptor, text, 'utf8');
  } catch (error) {
    throw new ExposureInputError('OUTPUT_UNWRITABLE', {
      path: target,
      problem: errorMessage(error),
    });
  }
}

/** Writes `--output` whole (see `openOutputFile`). */
export function writeOutputFile(
  target: string,
  content: string,
  options: { cwd: string; inputs: readonly string[]; force: boolean },
): void {
  const descriptor = openOutputFile(target, options);
  try {
    writeToOutput(descriptor, target, content);
  } finally {
    closeSync(descriptor);
  }
}

import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ExposureInputError } from '../core/errors.js';

async function canonical(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Writes `--output`: never onto one of the inputs, and never over an existing file unless
 * `force` (the archive and everything beside it stay untouched).
 */
export async function writeOutputFile(
  target: string,
  content: string,
  options: { cwd: string; inputs: readonly string[]; force: boolean },
): Promise<void> {
  const absolute = path.resolve(options.cwd, target);
  const resolvedTarget = await canonical(absolute);
  for (const input of options.inputs) {
    const resolvedInput = await canonical(path.resolve(options.cwd, input));
    if (
      resolvedTarget === resolvedInput ||
      resolvedTarget.startsWith(`${resolvedInput}${path.sep}`)
    ) {
      throw new ExposureInputError('OUTPUT_IS_INPUT', { path: target });
    }
  }
  const flags = options.force
    ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC
    : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
  let handle;
  try {
    handle = await open(absolute, flags, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ExposureInputError('OUTPUT_EXISTS', { path: target });
    }
    throw new ExposureInputError('OUTPUT_UNWRITABLE', {
      path: target,
      problem: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
}

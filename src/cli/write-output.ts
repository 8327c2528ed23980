import {
  closeSync,
  constants,
  linkSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
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

export interface OutputTargetOptions {
  cwd: string;
  inputs: readonly string[];
  force: boolean;
}

/**
 * What the file system says of a path of `--output`, or null where there is nothing. A path
 * through a file (`report.csv/plan.csv`), too long, in a loop of links or in a folder the member
 * may not open is theirs to change: said in one line, not as a crash.
 */
function statOutput(path: string, target: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch (error) {
    throw new ExposureInputError('OUTPUT_UNWRITABLE', {
      path: target,
      problem: errorMessage(error),
    });
  }
}

/** Where `--output` goes, and what is there now (null: nothing). */
interface CheckedTarget {
  absolute: string;
  existing: Stats | null;
}

/**
 * Checks `--output` before anything is read, so that a wrong path is said at once rather than
 * after minutes of reading a large export: never onto one of the inputs, never into a folder
 * that is missing, never over an existing file unless `force` (the archive and everything
 * beside it stay untouched).
 */
export function checkOutputTarget(target: string, options: OutputTargetOptions): CheckedTarget {
  // A spreadsheet program's own format is no text this tool writes: Excel would refuse the file.
  if (/\.(?:xlsx|xlsm|xls|ods|numbers)$/iu.test(target)) {
    throw new ExposureInputError('INVALID_OPTION', {
      option: '--output',
      value: target,
      expected: 'a .csv, .json, .md or .txt name (Excel, Numbers and LibreOffice open .csv)',
    });
  }
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
  const existing = statOutput(absolute, target);
  if (existing?.isDirectory()) throw new ExposureInputError('OUTPUT_IS_FOLDER', { path: target });
  if (existing && !options.force) throw new ExposureInputError('OUTPUT_EXISTS', { path: target });
  const folder = path.dirname(absolute);
  if (!statOutput(folder, target)?.isDirectory()) {
    throw new ExposureInputError('OUTPUT_FOLDER_MISSING', {
      path: target,
      folder: path.dirname(target),
    });
  }
  return { absolute, existing };
}

function unwritable(target: string, error: unknown): ExposureInputError {
  return new ExposureInputError('OUTPUT_UNWRITABLE', {
    path: target,
    problem: errorMessage(error),
  });
}

/** Opens a checked target: over an existing file only with `force`, which O_EXCL holds to. */
function openChecked(target: string, absolute: string, force: boolean): number {
  const flags = force
    ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC
    : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
  try {
    return openSync(absolute, flags, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ExposureInputError('OUTPUT_EXISTS', { path: target });
    }
    throw unwritable(target, error);
  }
}

/**
 * Opens `--output` for writing (see `checkOutputTarget`). Synchronous, so that records handed on
 * one by one can be written as they come.
 */
export function openOutputFile(target: string, options: OutputTargetOptions): number {
  return openChecked(target, checkOutputTarget(target, options).absolute, options.force);
}

/**
 * `--output` written piece by piece (`records`, which can take minutes): into a hidden file
 * beside it, which takes the name only once it is complete, so that an interrupted run (Ctrl-C)
 * leaves neither half a file nor, with `--force`, the earlier file destroyed. The partial file
 * is removed when the process exits without `commit`. A target that exists and is no regular
 * file (a device such as `/dev/stdout`, a named pipe) is written to directly: renaming a file
 * over it would replace the device.
 */
export class OutputInParts {
  private readonly absolute: string;
  /** Null when writing to the target directly. */
  private readonly partial: string | null;
  private readonly descriptor: number;
  private readonly removePartial = () => {
    if (this.partial === null) return;
    try {
      unlinkSync(this.partial);
    } catch {
      // Already gone.
    }
  };
  /** Ctrl-C (or a `kill`) ends the process without its exit handlers: the file is removed first. */
  private readonly interrupted = (signal: NodeJS.Signals) => {
    this.removePartial();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };

  constructor(
    private readonly target: string,
    private readonly options: OutputTargetOptions,
  ) {
    const { absolute, existing } = checkOutputTarget(target, options);
    this.absolute = absolute;
    if (existing !== null && !existing.isFile()) {
      this.partial = null;
      this.descriptor = openChecked(target, absolute, options.force);
      return;
    }
    this.partial = path.join(
      path.dirname(this.absolute),
      `.${path.basename(this.absolute)}.${String(process.pid)}.partial`,
    );
    try {
      this.descriptor = openSync(
        this.partial,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
        0o644,
      );
    } catch (error) {
      throw unwritable(target, error);
    }
    this.listen(true);
  }

  private listen(on: boolean): void {
    const method = on ? 'on' : 'off';
    process[method]('exit', this.removePartial);
    process[method]('SIGINT', this.interrupted);
    process[method]('SIGTERM', this.interrupted);
  }

  write(text: string): void {
    writeToOutput(this.descriptor, this.target, text);
  }

  /** Closes the file and gives it its name: over an existing one only with `force`. */
  commit(): void {
    closeSync(this.descriptor);
    if (this.partial === null) return;
    try {
      if (this.options.force) renameSync(this.partial, this.absolute);
      else {
        // A link fails where a file of that name appeared meanwhile, which a rename would replace.
        linkSync(this.partial, this.absolute);
        this.removePartial();
      }
    } catch (error) {
      this.removePartial();
      this.listen(false);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new ExposureInputError('OUTPUT_EXISTS', { path: this.target });
      }
      throw unwritable(this.target, error);
    }
    this.listen(false);
  }

  /** Closes and removes the partial file: the run failed. */
  abandon(): void {
    try {
      closeSync(this.descriptor);
    } catch {
      // Closed already.
    }
    if (this.partial === null) return;
    this.removePartial();
    this.listen(false);
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
  options: OutputTargetOptions,
): void {
  const descriptor = openOutputFile(target, options);
  try {
    writeToOutput(descriptor, target, content);
  } finally {
    closeSync(descriptor);
  }
}

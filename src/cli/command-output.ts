import type { FormatName, FormatOptions } from '../format/types.js';
import { cliText } from '../core/messages.js';
import type { CliIo } from './io.js';
import { checkOutputTarget, writeOutputFile } from './write-output.js';

export interface OutputFlags {
  format: FormatName;
  output?: string;
  force?: boolean;
  bom?: boolean;
}

/** How a command's output is laid out: colour and terminal width only when it goes to a terminal. */
export function formatOptionsFor(flags: OutputFlags, io: CliIo): FormatOptions {
  const toFile = flags.output !== undefined;
  return {
    color:
      !toFile &&
      flags.format === 'table' &&
      io.stdoutIsTty &&
      !('NO_COLOR' in io.env) &&
      io.env.FORCE_COLOR !== '0' &&
      io.env.TERM !== 'dumb',
    width: toFile || !io.stdoutIsTty ? 120 : Math.max(60, io.columns),
    bom: flags.bom === true,
  };
}

/**
 * How output shown on a terminal is made safe for it (format/terminal-text.ts). CSV, JSON and
 * Markdown keep an export's text as it is for files and pipes, but a terminal would obey the
 * escape sequences a crafted message or a percent-encoded link holds. Tables are made safe cell
 * by cell already, and carry colour.
 */
export async function terminalGuard(
  flags: OutputFlags,
  io: CliIo,
): Promise<(text: string) => string> {
  if (flags.output !== undefined || !io.stdoutIsTty || flags.format === 'table') {
    return (text) => text;
  }
  const { terminalSafe } = await import('../format/terminal-text.js');
  return (text) => terminalSafe(text, { keepNewlines: true });
}

/**
 * Checks `--output`, if given, before the export is read: a wrong path is said at once, not after
 * the minutes a large export takes (write-output.ts).
 */
export function checkOutputFirst(flags: OutputFlags, io: CliIo, inputs: readonly string[]): void {
  if (flags.output === undefined) return;
  checkOutputTarget(flags.output, { cwd: io.cwd, inputs, force: flags.force === true });
}

/** Prints a command's output, or writes it to `--output` (never onto or over an input). */
export async function emitOutput(
  text: string,
  flags: OutputFlags,
  io: CliIo,
  inputs: readonly string[],
): Promise<void> {
  if (flags.output === undefined) {
    const guard = await terminalGuard(flags, io);
    io.stdout(guard(text));
    return;
  }
  writeOutputFile(flags.output, text, {
    cwd: io.cwd,
    inputs,
    force: flags.force === true,
  });
  await announceWritten(flags.output, io);
}

/** Says on stderr which file the output went to (its name made safe for the terminal). */
export async function announceWritten(file: string, io: CliIo): Promise<void> {
  const { terminalSafe } = await import('../format/terminal-text.js');
  io.stderr(`${cliText.wrote({ file: terminalSafe(file) })}\n`);
}

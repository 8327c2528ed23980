import type { FormatName, FormatOptions } from '../format/types.js';
import type { CliIo } from './io.js';
import { writeOutputFile } from './write-output.js';

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
    color: !toFile && flags.format === 'table' && io.stdoutIsTty && !('NO_COLOR' in io.env),
    width: toFile || !io.stdoutIsTty ? 120 : Math.max(60, io.columns),
    bom: flags.bom === true,
  };
}

/** Prints a command's output, or writes it to `--output` (never onto or over an input). */
export async function emitOutput(
  text: string,
  flags: OutputFlags,
  io: CliIo,
  inputs: readonly string[],
): Promise<void> {
  if (flags.output === undefined) {
    io.stdout(text);
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
  io.stderr(`Wrote ${terminalSafe(file)}.\n`);
}

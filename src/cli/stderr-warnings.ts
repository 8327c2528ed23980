import { formatText } from '../core/messages.js';
import type { CliIo } from './io.js';

/**
 * Warnings on stderr, after an output that has no place for them (a CSV, the plan alone): the
 * same heading and list for every command. They quote the export's file names, which are the
 * export's, so no control character reaches the terminal.
 */
export async function writeWarningsToStderr(messages: readonly string[], io: CliIo): Promise<void> {
  if (messages.length === 0) return;
  const { terminalSafe } = await import('../format/terminal-text.js');
  const lines = messages.map((message) => `- ${terminalSafe(message)}\n`);
  io.stderr(`${formatText.heading.warnings}:\n${lines.join('')}`);
}

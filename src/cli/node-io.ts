import type { CliIo } from './io.js';

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY,
    stderrIsTty: process.stderr.isTTY,
    columns: process.stdout.columns || 100,
    env: process.env,
    cwd: process.cwd(),
  };
}

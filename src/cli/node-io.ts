import { ExposureInputError } from '../core/errors.js';
import { cliText } from '../core/messages.js';
import { errorMessage } from '../core/util/error-message.js';
import { exitCodes } from './exit-codes.js';
import type { CliIo } from './io.js';

/**
 * `linkedin-exposure records … | head`: a closed pipe means the reader has seen enough. Any other
 * failed write (`> report.csv` on a full disk) is the member's to fix: one line and exit 2, as
 * for `--output`, not the stack trace of an error thrown from an event.
 */
function handleWriteErrors(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCodes.ok);
    const failure = new ExposureInputError('OUTPUT_UNWRITABLE', {
      path: cliText.standardOutput,
      problem: errorMessage(error),
    });
    process.stderr.write(`linkedin-exposure: ${failure.message}\n`);
    process.exit(exitCodes.unusableInput);
  });
}

export function nodeIo(): CliIo {
  handleWriteErrors(process.stdout);
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

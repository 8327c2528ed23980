import type { CliIo } from './io.js';

/** `linkedin-exposure records … | head`: a closed pipe means the reader has seen enough. */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export function nodeIo(): CliIo {
  exitQuietlyOnClosedPipe(process.stdout);
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

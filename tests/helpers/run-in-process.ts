import { run } from '../../src/cli/main.js';
import { repoRoot } from './fixtures.js';
import type { CliResult } from './run-cli.js';

/**
 * Drives the CLI's `run(argv, io)` without a process, as a piped, colourless terminal would (or
 * with `stdoutIsTty`, as a terminal without colour would show it).
 */
export async function runInProcess(
  args: readonly string[],
  options: { stdoutIsTty?: boolean; stderrIsTty?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTty: options.stdoutIsTty === true,
    stderrIsTty: options.stderrIsTty === true,
    columns: 120,
    env: { NO_COLOR: '1' },
    cwd: repoRoot,
  });
  return { code, stdout, stderr };
}

import { describe, expect, it } from 'vitest';
import { formatOptionsFor } from '../src/cli/command-output.js';
import type { CliIo } from '../src/cli/io.js';

function terminal(env: Record<string, string>): CliIo {
  return {
    cwd: '/',
    env,
    stdoutIsTty: true,
    stderrIsTty: true,
    columns: 100,
    stdout: () => undefined,
    stderr: () => undefined,
  };
}

describe('colour in the report table', () => {
  it.each([
    [{}, true],
    [{ TERM: 'xterm-256color' }, true],
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb' }, false],
    [{ FORCE_COLOR: '0' }, false],
  ])('on a terminal with %j: %s', (env, color) => {
    expect(formatOptionsFor({ format: 'table' }, terminal(env)).color).toBe(color);
  });

  it('never in a file or another format', () => {
    expect(formatOptionsFor({ format: 'table', output: 'a.txt' }, terminal({})).color).toBe(false);
    expect(formatOptionsFor({ format: 'csv' }, terminal({})).color).toBe(false);
  });
});

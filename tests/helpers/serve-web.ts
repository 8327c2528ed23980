import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { repoRoot } from './fixtures.js';

export interface ServedPage {
  /** `http://127.0.0.1:PORT/`, as the command printed it. */
  url: string;
  origin: string;
  /** Everything the command printed so far. */
  output: () => string;
  /** Sends SIGTERM, as Ctrl+C would SIGINT, and resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/** Runs the built `linkedin-exposure web --port 0` as a user would, until `stop`. */
export async function serveBuiltPage(args: readonly string[] = []): Promise<ServedPage> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin', 'linkedin-exposure.js'), 'web', '--port', '0', ...args],
    { cwd: repoRoot, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`linkedin-exposure web printed no address in 10 s: ${stdout}${stderr}`));
    }, 10_000);
    const check = () => {
      const line = /^(http:\/\/\S+)\n/u.exec(stdout)?.[1];
      if (line === undefined) return;
      clearTimeout(timer);
      resolve(line);
    };
    child.stdout.on('data', check);
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`linkedin-exposure web exited with ${String(code)}: ${stderr}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    output: () => stdout + stderr,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
  };
}

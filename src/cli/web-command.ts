import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { ExposureInputError } from '../core/errors.js';
import { cliText } from '../core/messages.js';
import type { CliIo } from './io.js';
import type { WebServer } from './web-server.js';

/** Tried when `--port` is not given; taken by another program, any free port is used instead. */
const defaultWebPort = 5178;

interface WebOptions {
  port?: string;
  open?: boolean;
}

export function parsePort(text: string): number {
  const port = /^\d{1,5}$/u.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new ExposureInputError('INVALID_OPTION', {
      option: '--port',
      value: text,
      expected: 'a whole number from 0 to 65535 (0: any free port)',
    });
  }
  return port;
}

/** The operating system's own way of opening a link in the default browser. */
export function browserOpener(
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start`'s first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

function openInBrowser(url: string, io: CliIo): void {
  const { command, args } = browserOpener(process.platform, url);
  // Loaded here, not when the CLI starts (about 7 ms): only `web --open` starts another program.
  // Required, not imported: the bundled CLI runs as a script, which cannot import().
  const { spawn } = createRequire(import.meta.url)('node:child_process') as typeof ChildProcess;
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {
    io.stderr(`${cliText.browserFailed({ command, url })}\n`);
  });
  child.unref();
}

async function start(options: WebOptions): Promise<WebServer> {
  // The HTTP server is loaded only by this command, not by every start of the CLI.
  const { builtPageDir, startWebServer } = await import('./web-server.js');
  if (options.port !== undefined) {
    return startWebServer({ root: builtPageDir, port: parsePort(options.port) });
  }
  try {
    return await startWebServer({ root: builtPageDir, port: defaultWebPort });
  } catch (error) {
    if (error instanceof ExposureInputError && error.code === 'PORT_UNAVAILABLE') {
      return startWebServer({ root: builtPageDir, port: 0 });
    }
    throw error;
  }
}

/** Resolves on Ctrl+C or a termination request, so the server closes cleanly and exits 0. */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function serve(options: WebOptions, io: CliIo): Promise<void> {
  const server = await start(options);
  io.stdout(`${cliText.serving({ url: server.url })}\n`);
  if (options.open === true) openInBrowser(server.url, io);
  await untilInterrupted();
  await server.close();
}

/**
 * Adds `linkedin-exposure web`: the page of `src/web/`, built into `dist/web/`, on 127.0.0.1.
 * Made with `program.command` so that it inherits the program's output and exit handling.
 */
export function addWebCommand(
  program: Command,
  io: CliIo,
  onAction: (work: Promise<void>) => void,
): void {
  program
    .command('web')
    .description('serve the web page on this computer (127.0.0.1): drop the export in your browser')
    .option(
      '-p, --port <port>',
      `port to listen on (default ${String(defaultWebPort)}; 0: any free port)`,
    )
    .option('--open', 'open the page in your default browser')
    .action((options: WebOptions) => {
      onAction(serve(options, io));
    });
}

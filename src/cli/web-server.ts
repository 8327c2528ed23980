import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExposureInputError } from '../core/errors.js';
import { securityHeaders } from './web-headers.js';

/** Loopback only: the page is for the person at this computer, never for the network. */
const loopbackHost = '127.0.0.1';

/** `dist/web/` of this package, whether this module runs from `dist/cli/` or `src/cli/`. */
export const builtPageDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'dist',
  'web',
);

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface WebServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  close: () => Promise<void>;
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** The file under `root` a URL path names, or null when it would leave `root`. */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}

/**
 * Only `127.0.0.1:PORT` and `localhost:PORT` are served: a page elsewhere that points its own host
 * name at 127.0.0.1 (DNS rebinding) gets nothing.
 */
function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  return (
    hostHeader === `${loopbackHost}:${String(port)}` || hostHeader === `localhost:${String(port)}`
  );
}

async function handle(
  root: string,
  port: number,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (!isOwnHost(request.headers.host, port)) {
    send(response, 421, 'This server only answers to its own address on this computer.\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed.\n', { Allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(request.url ?? '/', `http://${loopbackHost}`);
  const file = resolveRequestPath(root, pathname);
  const found = file !== null && (await stat(file).catch(() => null))?.isFile() === true;
  if (file === null || !found) {
    send(response, 404, 'Not found.\n');
    return;
  }
  const body = await readFile(file);
  send(response, 200, body, {
    'Content-Type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new ExposureInputError('PORT_UNAVAILABLE', {
          port,
          problem: error.code === 'EADDRINUSE' ? 'another program uses it' : error.message,
        }),
      );
    };
    server.once('error', onError);
    server.listen(port, loopbackHost, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Serves the built page from `root` on 127.0.0.1 (`port` 0: any free port). */
export async function startWebServer(options: { root: string; port: number }): Promise<WebServer> {
  const root = path.resolve(options.root);
  const index = await stat(path.join(root, 'index.html')).catch(() => null);
  if (!index?.isFile()) throw new ExposureInputError('WEB_NOT_BUILT', { dir: root });

  let boundPort = options.port;
  const server = createServer((request, response) => {
    handle(root, boundPort, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'The file could not be read.\n');
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });
  boundPort = await listen(server, options.port);
  return {
    url: `http://${loopbackHost}:${String(boundPort)}/`,
    port: boundPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOpener, parsePort } from '../src/cli/web-command.js';
import { headerContentSecurityPolicy, metaContentSecurityPolicy } from '../src/cli/web-headers.js';
import {
  builtPageDir,
  resolveRequestPath,
  startWebServer,
  type WebServer,
} from '../src/cli/web-server.js';
import { repoRoot } from './helpers/fixtures.js';
import { runInProcess } from './helpers/run-in-process.js';
import { serveBuiltPage } from './helpers/serve-web.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path exactly as given (no URL normalising) and any Host header. */
function get(
  server: WebServer,
  rawPath: string,
  options: { method?: string; host?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: rawPath,
        method: options.method ?? 'GET',
        headers: options.host === undefined ? {} : { Host: options.host },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function pageFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-page-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body {}');
  writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'not for the page');
  return root;
}

describe('the web server', () => {
  let server: WebServer;

  beforeAll(async () => {
    server = await startWebServer({ root: pageFolder(), port: 0 });
  });

  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 only, at the address it gives', () => {
    expect(server.url).toBe(`http://127.0.0.1:${String(server.port)}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s with the privacy headers', async (file, type) => {
    const answer = await get(server, file);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({
      'content-type': type,
      'content-security-policy': headerContentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    });
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%00',
    '/..\\secret.txt',
  ])('never serves a file outside its folder: %s', async (attempt) => {
    const answer = await get(server, attempt);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('not for the page');
    expect(answer.headers['content-security-policy']).toBe(headerContentSecurityPolicy);
  });

  it('answers only to its own address (no DNS rebinding)', async () => {
    expect((await get(server, '/', { host: 'attacker.example' })).status).toBe(421);
    expect((await get(server, '/', { host: `localhost:${String(server.port)}` })).status).toBe(200);
  });

  it('serves reading only', async () => {
    const answer = await get(server, '/', { method: 'POST' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    const head = await get(server, '/', { method: 'HEAD' });
    expect({ status: head.status, body: head.body }).toEqual({ status: 200, body: '' });
  });

  it('says so when the port is taken', async () => {
    await expect(startWebServer({ root: pageFolder(), port: server.port })).rejects.toThrow(
      `Port ${String(server.port)} cannot be used (another program uses it): choose another with --port, or --port 0 for any free port.`,
    );
  });

  it('says how to build the page when it is missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'linkedin-exposure-unbuilt-'));
    await expect(startWebServer({ root: empty, port: 0 })).rejects.toThrow(
      'run npm run build first',
    );
  });
});

describe('resolveRequestPath', () => {
  const root = path.resolve('/srv/page');
  it.each([
    ['/', path.join(root, 'index.html')],
    ['/assets/a.js', path.join(root, 'assets', 'a.js')],
    ['/a%20b.css', path.join(root, 'a b.css')],
    ['/x/../index.html', path.join(root, 'index.html')],
  ])('%s is %s', (urlPath, file) => {
    expect(resolveRequestPath(root, urlPath)).toBe(file);
  });

  it.each(['/%E0%A4%A', '/a\\..\\b', '/\u0000'])('%s is refused', (urlPath) => {
    expect(resolveRequestPath(root, urlPath)).toBeNull();
  });
});

describe('linkedin-exposure web', () => {
  it('serves the built page, says where, and stops cleanly on SIGTERM', async () => {
    const served = await serveBuiltPage();
    const answer = await fetch(served.url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toBe(headerContentSecurityPolicy);
    expect(await answer.text()).toContain('<div id="drop-zone"');
    expect(served.output()).toContain('never uploaded');
    expect(await served.stop()).toBe(0);
  });

  it('refuses a port that is no port, with exit code 2', async () => {
    const result = await runInProcess(['web', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'linkedin-exposure: --port "eighty" is not valid: expected a whole number from 0 to 65535 (0: any free port).\n',
    );
  });

  it.each([
    ['0', 0],
    ['5178', 5178],
    ['65535', 65535],
  ])('reads --port %s', (text, port) => {
    expect(parsePort(text)).toBe(port);
  });

  it.each(['-1', '65536', '1e3', '', ' 80'])('refuses --port %j', (text) => {
    expect(() => parsePort(text)).toThrow('--port');
  });

  it.each([
    ['darwin', 'open', ['http://127.0.0.1:5178/']],
    ['linux', 'xdg-open', ['http://127.0.0.1:5178/']],
    ['win32', 'cmd', ['/c', 'start', '""', 'http://127.0.0.1:5178/']],
  ] as const)('opens the browser on %s with %s', (platform, command, args) => {
    expect(browserOpener(platform, 'http://127.0.0.1:5178/')).toEqual({ command, args });
  });
});

describe('docs/web.md', () => {
  it('gives hosts the very CSP header the server sends', () => {
    const docs = readFileSync(path.join(repoRoot, 'docs', 'web.md'), 'utf8');
    expect(docs).toContain(`Content-Security-Policy: ${headerContentSecurityPolicy}\n`);
  });
});

describe('the built page (dist/web/)', () => {
  const html = readFileSync(path.join(builtPageDir, 'index.html'), 'utf8');

  it('carries the CSP as a meta tag before anything it governs', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(html);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(metaContentSecurityPolicy);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(metaContentSecurityPolicy).toContain("connect-src 'none'");
  });

  it('refers to no other origin: every file it loads is its own', () => {
    const files = readdirSync(builtPageDir, { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => /\.(html|css)$/u.test(name))) {
      const text = readFileSync(path.join(builtPageDir, file), 'utf8');
      const loads = [...text.matchAll(/(?:src|href)="([^"]+)"|url\(([^)]+)\)/gu)].map(
        (match) => match[1] ?? match[2] ?? '',
      );
      for (const target of loads) expect(target, `${file} loads ${target}`).toMatch(/^\.\//u);
    }
  });
});

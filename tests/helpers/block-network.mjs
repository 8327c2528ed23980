// Loaded with `node --import` before the CLI: every way Node can open a connection throws and is
// logged to $NETWORK_LOG, so a test can prove the tool opened none.
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const log = process.env.NETWORK_LOG;

function blocked(what) {
  return () => {
    if (log) appendFileSync(log, `${what}\n`);
    throw new Error(`network blocked in this test: ${what}`);
  };
}

const targets = [
  [net, ['connect', 'createConnection', 'createServer'], 'net'],
  [net.Socket.prototype, ['connect'], 'net.Socket'],
  [tls, ['connect', 'createServer'], 'tls'],
  [http, ['request', 'get', 'createServer'], 'http'],
  [https, ['request', 'get', 'createServer'], 'https'],
  [http2, ['connect', 'createServer', 'createSecureServer'], 'http2'],
  [dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns'],
  [dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns.promises'],
  [dgram, ['createSocket'], 'dgram'],
  [globalThis, ['fetch', 'WebSocket', 'EventSource'], 'global'],
];
for (const [target, names, label] of targets) {
  for (const name of names) {
    Object.defineProperty(target, name, {
      value: blocked(`${label}.${name}`),
      configurable: true,
      writable: true,
    });
  }
}

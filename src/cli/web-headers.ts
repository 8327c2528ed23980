/**
 * The web page's Content-Security-Policy, shared by the server's header and the `<meta>` tag of the
 * static build (vite.config.ts), so the two cannot drift. `connect-src 'none'` is the privacy
 * proof: the page may load its own files and nothing else, and may not open any connection.
 */
const pageDirectives = [
  "default-src 'self'",
  "connect-src 'none'",
  "img-src 'self'",
  "style-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** For the `<meta http-equiv>` tag: browsers ignore `frame-ancestors` there (CSP3 §6.4.2). */
export const metaContentSecurityPolicy = pageDirectives.join('; ');

export const headerContentSecurityPolicy = [...pageDirectives, "frame-ancestors 'none'"].join('; ');

/** Sent with every response of `linkedin-exposure web`, errors included. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // A rebuilt page must never be mixed with a cached older worker.
  'Cache-Control': 'no-store',
};

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { metaContentSecurityPolicy } from './src/cli/web-headers.js';

const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The built page carries its CSP as a `<meta>` tag too, so that `dist/web/` keeps it on any static
 * host. Build only: Vite's dev server needs inline code the policy forbids.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'linkedin-exposure:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('src/web/', import.meta.url)),
  // Relative URLs: `dist/web/` works from any folder of a static host.
  base: './',
  publicDir: 'public',
  define: { __APP_VERSION__: JSON.stringify(manifest.version) },
  plugins: [contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('dist/web/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Vite's preload polyfill fetches modules with fetch(), which `connect-src 'none'` forbids;
    // every browser with module Workers supports <link rel="modulepreload"> natively.
    modulePreload: { polyfill: false },
    // Everything as files from the page's own origin, nothing inlined as data: URLs.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  worker: { format: 'es' },
});

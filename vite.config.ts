import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { jszipReaderVitePlugin } from './src/build/jszip-reader-plugin.js';
import { metaContentSecurityPolicy } from './src/cli/web-headers.js';
import { webText } from './src/core/messages.js';

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

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * The words index.html shares with the page's script (a section's heading is also its table's
 * caption) are written into it from messages.ts (`{{key}}` is `webText.page[key]`), so that the
 * markup and the script cannot word one thing two ways. A key the table lacks fails the build.
 */
function pageWords(): Plugin {
  const words: Readonly<Record<string, string>> = webText.page;
  return {
    name: 'linkedin-exposure:page-words',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/\{\{(\w+)\}\}/gu, (placeholder, key: string) => {
          const text = Object.hasOwn(words, key) ? words[key] : undefined;
          if (text === undefined) {
            throw new Error(`index.html: ${placeholder} is not in webText.page (messages.ts)`);
          }
          return text.replace(/[&<>"]/gu, (char) => htmlEscapes[char] ?? char);
        }),
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('src/web/', import.meta.url)),
  // Relative URLs: `dist/web/` works from any folder of a static host.
  base: './',
  publicDir: 'public',
  define: { __APP_VERSION__: JSON.stringify(manifest.version) },
  plugins: [pageWords(), contentSecurityPolicyMeta()],
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
  // The Worker opens the archives (src/web/worker/); the page itself never imports jszip.
  worker: { format: 'es', plugins: () => [jszipReaderVitePlugin()] },
});

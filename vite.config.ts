import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './server/http/content-security-policy';

/**
 * A strict Content-Security-Policy for built pages (written once, in server/http/content-security-policy.ts).
 * Only in builds: the dev server injects inline styles and a websocket that a strict policy would block.
 */
function contentSecurityPolicy(): Plugin {
  const policy = META_CONTENT_SECURITY_POLICY;
  return {
    name: 'shortlist-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

/**
 * Builds with mocking off (`--mode server`, .env.server) leave out MSW's service worker, which Vite copies
 * from public/ with everything else: only the mock backend registers it, and a server build has none
 * (main.tsx drops it at compile time; tests/e2e/server/bundle.spec.ts checks both).
 */
function noMockWorkerWithMockingOff(): Plugin {
  let worker: string | null = null;
  return {
    name: 'shortlist-no-mock-worker',
    apply: 'build',
    configResolved: (config) => {
      worker = config.env.VITE_API_MOCKING === 'off' ? resolve(config.root, config.build.outDir, 'mockServiceWorker.js') : null;
    },
    writeBundle: () => {
      if (worker) rmSync(worker, { force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), noMockWorkerWithMockingOff()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Everything the first load imports statically goes in one chunk. Left to itself, Rolldown
        // splits modules the entry shares with lazy screens into several small "common" chunks (the
        // query client, the domain, the toasts' store…), which compress worse apart and cost requests:
        // about 3 kB gzip of the 150 kB budget. Screens, menus and the mock stay in their own chunks.
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
        // `npm run bench` builds with VITE_BENCH=1: component names survive minification, so its render
        // counts name components. Production builds are untouched.
        ...(process.env.VITE_BENCH === '1' ? { keepNames: true } : {}),
      },
    },
  },
  preview: { host: '127.0.0.1' },
});

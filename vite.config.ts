import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for built pages. Only in builds: the dev server injects inline
 * styles and a websocket that a strict policy would block. (`frame-ancestors` only works as an HTTP
 * header, so the hosting server should send `Content-Security-Policy: frame-ancestors 'none'`.)
 */
/**
 * The one inline <style> the app ever needs: the scroll lock Radix dialogs inject (react-remove-scroll).
 * Its text is constant here because the app shell never scrolls the body (no scrollbar gap to pad).
 * tests/e2e/csp.spec.ts fails on any CSP violation, so a library update that changes it is caught.
 */
const DIALOG_SCROLL_LOCK_STYLE_HASH = "'sha256-nzTgYzXYDNe6BAHiiI7NNlfK8n/auuOAhh2t92YvuXo='";

function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${DIALOG_SCROLL_LOCK_STYLE_HASH}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'shortlist-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // `npm run bench` builds with VITE_BENCH=1: component names survive minification, so its render
    // counts name components. Production builds are untouched.
    ...(process.env.VITE_BENCH === '1' ? { rolldownOptions: { output: { keepNames: true } } } : {}),
  },
  preview: { host: '127.0.0.1' },
});

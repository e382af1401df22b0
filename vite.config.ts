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

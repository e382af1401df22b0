import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { SERVER_APP_DIR } from '../../../playwright.config';
import { checkNoMockCode, MOCK_ONLY_MARKERS } from '../../../scripts/size-budget.mjs';

/**
 * Checks the build this project's server serves (`npm run build:server`, `vite build --mode server`:
 * mocking off), the one `npm test` has just made: neither the mock backend nor the developer panel and
 * its `/__mock` requests may be built in, not even as a chunk nothing loads (the design: the `__mock`
 * controls exist only in mock builds). The mock project's bundle.spec.ts checks that every marker does
 * occur in a mock build, so this cannot pass because a marker is misspelled.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const APP = resolve(ROOT, SERVER_APP_DIR);

test('the server build carries no mock backend, no developer panel and no mock service worker', () => {
  expect(existsSync(join(APP, 'index.html')), `${APP}/index.html exists (run npm run build:server)`).toBe(true);
  const scripts = readdirSync(join(APP, 'assets')).filter((file) => file.endsWith('.js'));
  expect(scripts.length, 'the build has JS chunks').toBeGreaterThan(0);
  const chunks = scripts.map((file) => ({ file: `assets/${file}`, code: readFileSync(join(APP, 'assets', file), 'utf8') }));
  expect(checkNoMockCode(chunks), `no chunk contains any of ${MOCK_ONLY_MARKERS.join(', ')}`).toEqual([]);
  // Nor MSW's service worker, which Vite would copy from public/ (vite.config.ts leaves it out).
  expect(existsSync(join(APP, 'mockServiceWorker.js')), 'mockServiceWorker.js is in the server build').toBe(false);
});

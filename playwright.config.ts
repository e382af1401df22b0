import { defineConfig, devices } from '@playwright/test';

/**
 * `E2E_SLOT=n` (1–9) gives a run its own ports, build folders and results, so several runs can share a
 * machine (people working in parallel); without it, the defaults below.
 */
const SLOT = Number(process.env.E2E_SLOT ?? 0);
const suffix = SLOT ? `-${SLOT}` : '';
const MOCK_PORT = 4173 + SLOT * 10;
const SERVER_PORT = 4300 + SLOT * 10;
/** The server project's data folder: removed before each run, so every run starts from the demo seed. */
export const E2E_SERVER_DATA = `test-results/e2e-server-data${suffix}`;
/** Where the mock project's production build goes (bundle.spec.ts inspects it). */
export const MOCK_DIST = `dist-e2e${suffix}`;
/** The production build the server project serves (`npm run build:server` makes dist-app). */
export const SERVER_APP_DIR = process.env.SHORTLIST_E2E_APP_DIR ?? 'dist-app';

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

/**
 * Browser tests in the system Chromium (Playwright's own browser download does not work on this
 * project's machines), in two projects:
 * - `mock`: a production build with the in-browser mock backend, served by `vite preview`;
 * - `server`: the real server (`npm start`'s code) on a fresh embedded PostgreSQL.
 * Never reuses a server already on a port: a stale one would test old code.
 */
export default defineConfig({
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: `test-results/e2e${suffix}.json` }]],
  outputDir: `test-results/e2e-artifacts${suffix}`,
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'mock', testDir: 'tests/e2e/mock', use: { ...chromium, baseURL: `http://127.0.0.1:${MOCK_PORT}` } },
    { name: 'server', testDir: 'tests/e2e/server', use: { ...chromium, baseURL: `http://127.0.0.1:${SERVER_PORT}` } },
  ],
  webServer: [
    {
      command: `npx vite build --outDir ${MOCK_DIST} --emptyOutDir && npx vite preview --outDir ${MOCK_DIST} --host 127.0.0.1 --port ${MOCK_PORT} --strictPort`,
      url: `http://127.0.0.1:${MOCK_PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `rm -rf ${E2E_SERVER_DATA} && node --import tsx server/main.ts`,
      url: `http://127.0.0.1:${SERVER_PORT}/readyz`,
      env: { PORT: String(SERVER_PORT), SHORTLIST_DATA_DIR: E2E_SERVER_DATA, SHORTLIST_LOG: 'off', SHORTLIST_APP_DIR: SERVER_APP_DIR },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});

// The board's boot in Chromium against the real server: sign in once through the sign-in form, then
// load `/` in fresh contexts (empty HTTP cache, the session cookie only) and time the first card.
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1440, height: 900 };

const firstAppliedCard = (page) => page.getByRole('region', { name: 'Applied', exact: true }).getByRole('article').first();

/** Everything read back from the page once the first card shows (times from navigation start, ms). */
function readTimings() {
  const now = performance.now();
  const dom = document.getElementsByTagName('*').length;
  const mark = performance.getEntriesByName('board:data-painted').at(-1)?.startTime ?? null;
  const list = performance
    .getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname === '/api/candidates')
    .at(-1);
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    visible: now,
    dom,
    mark,
    documentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    list: list
      ? {
          start: list.startTime,
          requestStart: list.requestStart,
          responseStart: list.responseStart,
          responseEnd: list.responseEnd,
          transferSize: list.transferSize,
          encodedBodySize: list.encodedBodySize,
          decodedBodySize: list.decodedBodySize,
        }
      : null,
  };
}

/**
 * The page's API requests but the event stream: `settled()` waits until none is pending, then tells when
 * the last one ended (ms from navigation start, Resource Timing) and which one took longest.
 */
function trackApi(page) {
  const pending = new Map();
  let slowest = { path: null, ms: 0 };
  const isApi = (request) => {
    const { pathname } = new URL(request.url());
    return pathname.startsWith('/api/') && pathname !== '/api/events';
  };
  page.on('request', (request) => isApi(request) && pending.set(request, performance.now()));
  const done = (request) => {
    if (!pending.has(request)) return;
    const ms = performance.now() - pending.get(request);
    pending.delete(request);
    if (ms > slowest.ms) slowest = { path: new URL(request.url()).pathname, ms };
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settled(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (pending.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const settledAt = await page.evaluate(() =>
        Math.max(0, ...performance.getEntriesByType('resource').filter((e) => /^\/api\/(?!events$)/.test(new URL(e.name).pathname)).map((e) => e.responseEnd)),
      );
      return { ...slowest, settledAt: settledAt || null, pending: pending.size };
    },
  };
}

const round = (value) => (value === null || value === undefined ? null : Math.round(value * 10) / 10);

/**
 * `runs` fresh page loads of the board; the first (unrecorded) load is the sign-in itself, which also
 * warms the server's list cache.
 */
export async function measureBoardBoot({ url, email, password, runs, timeoutMs = 60_000 }) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const first = await browser.newContext({ viewport: VIEWPORT });
    const page = await first.newPage();
    const signInApi = trackApi(page);
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Email' }).fill(email, { timeout: timeoutMs });
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await firstAppliedCard(page).waitFor({ state: 'visible', timeout: timeoutMs });
    await signInApi.settled(timeoutMs);
    const storageState = await first.storageState();
    await first.close();

    const results = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT, storageState });
      try {
        const tab = await context.newPage();
        const api = trackApi(tab);
        await tab.goto(url, { waitUntil: 'commit' });
        await firstAppliedCard(tab).waitFor({ state: 'visible', timeout: timeoutMs });
        const timings = await tab.evaluate(readTimings);
        // Every other request of the board answered too (the server is idle again for the next run).
        const slowest = await api.settled(timeoutMs);
        await tab.waitForTimeout(300);
        const domSettled = await tab.evaluate(() => document.getElementsByTagName('*').length);
        const list = timings.list;
        results.push({
          apiSettled: round(slowest.settledAt),
          slowestApi: slowest.path,
          slowestApiMs: round(slowest.ms),
          cardVisible: round(timings.visible),
          boardPainted: round(timings.mark),
          documentLoaded: round(timings.documentLoaded),
          listRequested: round(list?.start),
          listWaiting: round(list && list.responseStart - list.requestStart),
          listDownload: round(list && list.responseEnd - list.responseStart),
          listToPaint: round(list && timings.mark !== null ? timings.mark - list.responseEnd : null),
          listTransferMB: list ? Math.round(list.transferSize / 1e4) / 100 : null,
          listDecodedMB: list ? Math.round(list.decodedBodySize / 1e4) / 100 : null,
          domAtCard: timings.dom,
          domSettled,
        });
      } finally {
        await context.close();
      }
    }
    return { browserVersion: browser.version(), runs: results };
  } finally {
    await browser.close();
  }
}

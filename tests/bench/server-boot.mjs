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
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Email' }).fill(email, { timeout: timeoutMs });
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await firstAppliedCard(page).waitFor({ state: 'visible', timeout: timeoutMs });
    const storageState = await first.storageState();
    await first.close();

    const results = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT, storageState });
      try {
        const tab = await context.newPage();
        await tab.goto(url, { waitUntil: 'commit' });
        await firstAppliedCard(tab).waitFor({ state: 'visible', timeout: timeoutMs });
        const timings = await tab.evaluate(readTimings);
        await tab.waitForTimeout(500);
        const domSettled = await tab.evaluate(() => document.getElementsByTagName('*').length);
        const list = timings.list;
        results.push({
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

// The insights part of the server bench: GET /api/insights at the large seed (sequential, and right after
// a write), the CSV export of every candidate, and the Insights screen's time until its charts are painted
// in Chromium.
import { chromium } from '@playwright/test';
import { percentile } from './stats.mjs';

const round = (value, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));
const summary = (values) => ({ p50: round(percentile(values, 50)), p99: round(percentile(values, 99)), max: round(Math.max(...values)) });

/** `request(url, options)` is the server bench's HTTP helper (it answers `{ status, ms, body, headers }`). */
export async function benchInsightsApi({ server, cookie, request, rotation, runs = 20 }) {
  const get = async (path, gzip = true) => {
    const answer = await request(`${server.url}${path}`, { headers: { Cookie: cookie, ...(gzip ? { 'Accept-Encoding': 'gzip' } : {}) } });
    if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`);
    return answer;
  };
  for (let i = 0; i < 3; i++) await get('/api/insights');
  const warm = [];
  for (let i = 0; i < runs; i++) warm.push((await get('/api/insights')).ms);
  const afterWrite = [];
  for (let i = 0; i < 5; i++) {
    const taken = rotation.take();
    const moved = await request(`${server.url}/api/candidates/${taken.candidate.id}/moves`, {
      method: 'POST',
      headers: { Origin: server.url, Cookie: cookie, 'If-Match': `"${taken.candidate.version}"`, 'Idempotency-Key': `bench-insights-${Date.now()}-${i}` },
      body: { toStage: taken.toStage },
    });
    rotation.settle(taken, { status: moved.status, version: Number(/"(\d+)"/.exec(moved.headers.etag ?? '')?.[1]) });
    afterWrite.push((await get('/api/insights')).ms);
  }
  const exports = [];
  let rows = 0;
  for (let i = 0; i < 5; i++) {
    // As a download: the body as it arrives, uncompressed, so its rows can be counted.
    const answer = await get('/api/candidates/export.csv?closed=1', false);
    exports.push(answer.ms);
    rows = answer.body.toString().split('\r\n').length - 2;
  }
  return { insights: summary(warm), insightsAfterWrite: summary(afterWrite), export: { ...summary(exports), rows } };
}

/** Signs in through the form once, then opens /insights in fresh contexts until its charts are painted. */
export async function measureInsightsScreen({ url, email, password, runs = 5, timeoutMs = 60_000 }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const first = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await first.newPage();
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Email' }).fill(email, { timeout: timeoutMs });
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor({ timeout: timeoutMs });
    const storageState = await first.storageState();
    await first.close();
    const painted = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState });
      try {
        const tab = await context.newPage();
        await tab.goto(`${url.replace(/\/$/, '')}/insights`, { waitUntil: 'commit' });
        // Every chart's canvas is on screen; one more frame for Chart.js to have drawn it.
        await tab.waitForFunction(() => document.querySelectorAll('figure canvas').length >= 3, null, { timeout: timeoutMs });
        painted.push(await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))));
      } finally {
        await context.close();
      }
    }
    painted.sort((a, b) => a - b);
    return { runs: painted.map((ms) => round(ms)), median: round(percentile(painted, 50)), min: round(painted[0]), max: round(painted.at(-1)) };
  } finally {
    await browser.close();
  }
}

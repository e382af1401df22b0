import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { MOCK_DIST } from '../../../playwright.config';
import { expectNoViolations, signIn } from './helpers';

/** A message only Chart.js carries: marks its code wherever it is bundled. */
const CHART_MARKER = 'Canvas is already in use';
const DIST = fileURLToPath(new URL(`../../../${MOCK_DIST}/`, import.meta.url));

function scriptsLoaded(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) urls.push(new URL(response.url()).pathname);
  });
  return urls;
}

async function expectInsightsShown(page: Page, candidates: RegExp) {
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  for (const name of ['Funnel', 'Time in stage', 'Sources']) {
    const section = page.getByRole('region', { name, exact: true });
    await expect(section.getByRole('img')).toBeVisible();
    await expect(section.getByRole('button', { name: /^Download CSV/ })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Heatmap pages' })).toContainText(candidates);
  await expect(page.getByRole('grid', { name: 'Qualification heatmap' }).getByRole('row')).toHaveCount(51);
}

test('insights render at the default size, load the chart library only with the screen and pass axe', async ({ page }) => {
  const scripts = scriptsLoaded(page);
  await signIn(page, 'Priya Raman');
  const beforeInsights = [...scripts];
  expect(beforeInsights.some((path) => path.includes('InsightsRoute'))).toBe(false);
  for (const path of beforeInsights) {
    expect(readFileSync(join(DIST, path), 'utf8').includes(CHART_MARKER), `${path}, loaded by the board, carries Chart.js`).toBe(false);
  }

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expectInsightsShown(page, /of 60 candidates/);
  const insightsChunks = scripts.filter((path) => !beforeInsights.includes(path));
  expect(insightsChunks.some((path) => readFileSync(join(DIST, path), 'utf8').includes(CHART_MARKER))).toBe(true);
  // Nothing else in the build carries the chart library: it is in the insights chunk only.
  const withCharts = readdirSync(join(DIST, 'assets')).filter((file) => file.endsWith('.js') && readFileSync(join(DIST, 'assets', file), 'utf8').includes(CHART_MARKER));
  expect(withCharts.every((file) => insightsChunks.includes(`/assets/${file}`))).toBe(true);

  await expectNoViolations(page);
  await page.getByRole('region', { name: 'Funnel' }).getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('table', { name: 'Candidates who reached each stage' })).toBeVisible();
  await page.getByRole('radio', { name: 'Last 30 days' }).check();
  await expect(page).toHaveURL(/period=30d/);
  await expect(page.getByText(/^Since /)).toBeVisible();
  await expectNoViolations(page);

  // The heatmap by keyboard: into the grid, along a row, and into a candidate.
  const grid = page.getByRole('grid', { name: 'Qualification heatmap' });
  const firstLink = grid.getByRole('rowheader').first().getByRole('link');
  const name = (await firstLink.innerText()).trim();
  await firstLink.focus();
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('gridcell').first()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/candidates\//);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('insights render at 10,000 candidates', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'Priya Raman');
  await page.goto('/insights?mock-size=10000');
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('navigation', { name: 'Heatmap pages' })).toContainText(/of 10,000 candidates/, { timeout: 60_000 });
  await expectInsightsShown(page, /of 10,000 candidates/);
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
  expect(nodes).toBeLessThan(1500);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('navigation', { name: 'Heatmap pages' })).toContainText('51–100 of 10,000 candidates');
  await expectNoViolations(page);
});

test('interviewers get no insights link, and /insights says it is not for them', async ({ page }) => {
  await signIn(page, 'Dana Whitfield');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' })).toHaveCount(0);
  await page.goto('/insights');
  await expect(page.getByRole('heading', { name: 'Insights are not available to you' })).toBeVisible();
  await expectNoViolations(page);
});

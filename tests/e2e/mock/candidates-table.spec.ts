import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations, signIn, toast } from './helpers';
import { parseCsv } from '../../support/csv';

const grid = (page: Page) => page.getByRole('grid', { name: 'Candidates' });
const dataRows = (page: Page) => grid(page).locator('[role=row][data-candidate-id]');

async function openTable(page: Page, persona: string, query = '') {
  await signIn(page, persona, `/${query}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  await expect(grid(page)).toBeVisible();
  await expect(dataRows(page).first()).toBeVisible();
}


test('selects a range by keyboard, and axe finds nothing on the table with a selection', async ({ page }) => {
  await openTable(page, 'Priya Raman');
  await dataRows(page).nth(0).locator('[role=gridcell]').nth(2).click();
  await expect(dataRows(page).nth(0)).toBeFocused();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(dataRows(page).nth(3)).toBeFocused();
  for (const index of [0, 1, 2, 3]) await expect(dataRows(page).nth(index)).toHaveAttribute('aria-selected', 'true');
  await expect(dataRows(page).nth(4)).toHaveAttribute('aria-selected', 'false');
  // Back up with Shift+↑ keeps the range; Space on a row takes it out.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect(dataRows(page).nth(2)).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByRole('button', { name: /Export 3 selected as CSV/ })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: 'Select all shown' })).not.toBeChecked();
});

test('exports the filtered view for an interviewer: BOM, header without contact details, one line per row shown', async ({ page }) => {
  await openTable(page, 'Dana Whitfield', '?closed=1');
  const shown = Number(await grid(page).getAttribute('aria-rowcount')) - 1;
  expect(shown).toBeGreaterThan(0);
  await page.getByRole('columnheader', { name: /^Name/ }).getByRole('button').click();
  await expect(page).toHaveURL(/sort=name/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shortlist-candidates-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(rows[0]).toEqual(['Name', 'Current title', 'Company', 'Stage', 'Status', 'Days in stage', 'Source', 'Qualifications met', 'Which qualifications', 'Scorecards', 'Last activity']);
  expect(rows.length - 1).toBe(shown);
  expect(bytes.toString('utf8')).not.toMatch(/@/);
  // In the table's order.
  const firstNames = await dataRows(page).locator('a').allInnerTexts();
  expect(rows.slice(1, 4).map((r) => r[0])).toEqual(firstNames.slice(0, 3));
  await expect(toast(page, 'CSV exported')).toBeVisible();
});

test('exports 10,000 rows without freezing the page, and never scrolls sideways at 900 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 900, height: 800 });
  await signIn(page, 'Priya Raman');
  await page.goto('/candidates?mock-size=10000&closed=1');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '10001', { timeout: 60_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);

  // The longest stall of the main thread while the file is made and saved.
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const download = await downloading;
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.split('\r\n').length - 2).toBe(10_000);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  expect(longest).toBeLessThan(1_000);
});

test('at 1280 px every column shows without scrolling the table sideways, and no tally or coverage cell is cut', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'Priya Raman');
  await page.goto('/candidates?closed=1');
  await expect(dataRows(page).first()).toBeVisible();
  const box = await grid(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  // Content wider than its cell (a cut tally, a clipped qualification) shows as scrollWidth > clientWidth.
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ctable__cell--scorecards, .ctable__cell--met, .ctable__cell--days, .ctable__cell--activity, .coverage__cell')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
});

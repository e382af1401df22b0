import { expect, test } from '@playwright/test';
import { followNavLink, signIn } from './helpers';

test.describe('wide content scrolls in its own box, never the page, at 900 px', () => {
  test('never scrolls sideways at 900 px: the matrix scrolls in its own box', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 800 });
    await signIn(page, 'Marcus Okafor');
    await followNavLink(page, /^Review/);
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await page.getByRole('listitem').getByRole('heading', { level: 2 }).getByRole('link').first().click();
    const matrix = page.getByRole('region', { name: 'Ratings by qualification and interview' });
    await expect(matrix).toBeVisible();
    const { page: pageWidth, viewport } = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(pageWidth).toBeLessThanOrEqual(viewport);
    // The matrix itself may be wider: it scrolls inside its box.
    const box = await matrix.evaluate((el) => ({ client: el.clientWidth, overflow: getComputedStyle(el).overflowX }));
    expect(box.client).toBeLessThanOrEqual(viewport);
    expect(box.overflow).toBe('auto');
  });

  test('the insights page: the heatmap and the tables scroll inside their boxes', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 800 });
    await signIn(page, 'Marcus Okafor');
    await followNavLink(page, 'Insights');
    await expect(page.getByRole('grid')).toBeVisible();
    // Open every table alternative too: each must stay inside its own box.
    const showTable = page.getByRole('button', { name: 'Show as table' });
    const tables = await showTable.count();
    expect(tables).toBeGreaterThan(0);
    for (let shown = 0; shown < tables; shown += 1) await showTable.first().click();
    await expect(showTable).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

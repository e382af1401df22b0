import { expect, type Page, test } from '@playwright/test';
import { column, signIn } from './helpers';

const WIDTHS = [900, 1280, 1440, 2560] as const;

/** What the top bar shows, measured: its height, and every visible item whose text is wider than its box. */
function measureTopBar(page: Page) {
  return page.getByRole('banner').evaluate((bar) => {
    const barBox = bar.getBoundingClientRect();
    const items = [...bar.querySelectorAll<HTMLElement>('p, a, button, .topbar__nav, .topbar__end')].filter(
      (el) => el.getClientRects().length > 0 && !el.classList.contains('skip-link'), // the skip link waits above the bar until focused
    );
    const clipped = items
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > barBox.right + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.trim()}" ${el.scrollWidth} > ${el.clientWidth}`);
    // One row: every item's vertical centre within the bar.
    const offRow = items
      .filter((el) => !el.closest('.topbar__links') || getComputedStyle(el.closest('.topbar__links')!).position !== 'absolute')
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.top < barBox.top || box.bottom > barBox.bottom;
      })
      .map((el) => el.textContent?.trim());
    return { height: barBox.height, barScroll: bar.scrollWidth - bar.clientWidth, clipped, offRow };
  });
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the top bar is one row with nothing cut, and the board never scrolls the page sideways nor cuts a tally', async ({ page }) => {
      await signIn(page, 'Marcus Okafor');
      const bar = await measureTopBar(page);
      expect(bar.height).toBeLessThanOrEqual(57); // 56 px and its border
      expect(bar.barScroll).toBeLessThanOrEqual(0);
      expect(bar.clipped).toEqual([]);
      expect(bar.offRow).toEqual([]);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

      // Tallies are never cut: each whole inside its card, text no wider than its box.
      const tallies = page.locator('.card .tally');
      await expect(tallies.first()).toBeVisible();
      const cut = await tallies.evaluateAll((elements) =>
        elements
          .filter((el) => {
            const card = el.closest('.card')!.getBoundingClientRect();
            const box = el.getBoundingClientRect();
            return el.scrollWidth > el.clientWidth + 1 || box.right > card.right || box.left < card.left;
          })
          .map((el) => el.textContent),
      );
      expect(cut).toEqual([]);
      // A name or headline cut with an ellipsis can still be read whole (hover title; screen readers get the text).
      const untitled = await page.locator('.card__name, .card__headline').evaluateAll((elements) =>
        elements.filter((el) => el.scrollWidth > el.clientWidth && !el.getAttribute('title')).map((el) => el.textContent),
      );
      expect(untitled).toEqual([]);
      // All four stages show side by side: the board does not scroll sideways in its own box either.
      const board = await page.locator('.board').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(board).toBeLessThanOrEqual(0);
    });

    test('the main navigation reaches every screen, through the Menu button where the bar is narrow', async ({ page }) => {
      await signIn(page, 'Marcus Okafor');
      const nav = page.getByRole('navigation', { name: 'Main' });
      const menu = nav.getByRole('button', { name: 'Menu' });
      if (width < 1280) {
        await expect(nav.getByRole('link', { name: 'Insights' })).toBeHidden();
        await menu.focus();
        await page.keyboard.press('Enter');
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
      } else {
        await expect(menu).toBeHidden();
      }
      for (const name of [/^Pipeline/, /^My interviews/, /^Review/, /^Insights/, /^Role/]) await expect(nav.getByRole('link', { name })).toBeVisible();
      await nav.getByRole('link', { name: 'Insights' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Role' })).toBeVisible({ visible: width >= 1280 });
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    });

    test('the candidate and review pages never scroll sideways, and keep their lines a readable length', async ({ page }) => {
      await signIn(page, 'Marcus Okafor');
      await column(page, 'Onsite').getByRole('article').first().getByRole('link').click();
      await expect(page.getByRole('heading', { level: 2, name: 'Qualifications' })).toBeVisible();
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      const content = await page.locator('#main > *').first().evaluate((el) => el.getBoundingClientRect().width);
      expect(content).toBeLessThanOrEqual(1440);

      await page.goto('/review');
      await page.getByRole('listitem').getByRole('heading', { level: 2 }).getByRole('link').first().click();
      await expect(page.getByRole('table', { name: 'Ratings by qualification and interview' })).toBeVisible();
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('at 2560 px', () => {
  test.use({ viewport: { width: 2560, height: 1300 } });
  test('the board columns grow to use the width', async ({ page }) => {
    await signIn(page, 'Marcus Okafor');
    const widths = await page.locator('.board > *').evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().width));
    expect(widths).toHaveLength(4);
    for (const columnWidth of widths) expect(columnWidth).toBeGreaterThan(500);
  });
});

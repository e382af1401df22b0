import { expect, type Page, test } from '@playwright/test';
import { column, expectNoViolations, signIn, toast } from './helpers';

/**
 * The whole day by keyboard alone: no click, no hover, no mouse at all. Sign in, find and move a
 * candidate with the command palette, come back to the board where it was left, decide on a review and
 * undo it.
 */

const HIRING_MANAGER = 'Marcus Okafor';

/** Presses Tab until `target` has focus (at most `max` times): what a keyboard user does to reach a control. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const focusedCardId = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-candidate-id]')?.getAttribute('data-candidate-id') ?? null);
const appliedScroll = (page: Page) => column(page, 'Applied').locator('.column__scroll').evaluate((el) => el.scrollTop);

/** Opens the palette with Ctrl+K, types `query` and runs the first result with Enter. */
async function runFromPalette(page: Page, query: string, first: RegExp) {
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(palette(page).getByRole('combobox')).toBeFocused();
  await page.keyboard.type(query);
  // The first enabled result is the selected one: the one Enter runs.
  await expect(palette(page).locator('[role=option][aria-selected=true]')).toHaveText(first);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
}

test('keyboard only: sign in, palette, move, back to the board as left, review decision, undo', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await tabTo(page, page.getByRole('button', { name: `Continue as ${HIRING_MANAGER}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
  await expect(column(page, 'Applied').getByRole('article').first()).toBeVisible();

  // Onto the board: "/" to the search, Esc out of it to the first card; then down the Applied column
  // far enough that it scrolls.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search candidates' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(column(page, 'Applied').getByRole('article').first()).toBeFocused();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => appliedScroll(page)).toBeGreaterThan(100);
  const leftCard = await focusedCardId(page);
  expect(leftCard).not.toBeNull();
  const leftScroll = await appliedScroll(page);

  // → goes to the nearest card in Screen, ← comes back.
  await page.keyboard.press('ArrowRight');
  await expect(column(page, 'Screen').locator('article:focus')).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(column(page, 'Applied').locator('article:focus')).toHaveCount(1);
  expect(await focusedCardId(page)).toBe(leftCard);

  // Ctrl+K: jump to a Screen candidate by name and open them.
  const name = (await column(page, 'Screen').getByRole('heading', { level: 3 }).first().innerText()).trim();
  await runFromPalette(page, name, new RegExp(`^${name}`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();

  // Move them from the palette (the candidate whose page is open).
  await runFromPalette(page, 'move to onsite', /^Move to Onsite$/);
  await expect(toast(page, `Moved ${name} to Onsite`)).toBeVisible();
  await expect(page.locator('[aria-current=step]')).toHaveText(/Onsite/);

  // Back to the board: the Applied column scrolled as it was, focus on the card left, the move shown.
  await runFromPalette(page, 'pipeline', /^Pipeline$/);
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
  await expect.poll(() => focusedCardId(page)).toBe(leftCard);
  expect(Math.abs((await appliedScroll(page)) - leftScroll)).toBeLessThan(4);
  await expect(column(page, 'Onsite').getByRole('article', { name, exact: true })).toBeVisible();

  // A review decision, by keys: the queue, J to the first waiting candidate, Enter, A to advance.
  await runFromPalette(page, 'review', /^Review queue$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await page.keyboard.press('j');
  const first = page.locator('a.queue-row__link').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const reviewed = page.getByRole('heading', { level: 1 });
  await expect(reviewed).not.toHaveText('Review');
  const reviewedName = (await reviewed.innerText()).trim();
  await expect(page.getByRole('table', { name: 'Ratings by qualification and interview' })).toBeVisible();
  await page.keyboard.press('a');
  await expect(toast(page, `Advanced ${reviewedName} to Offer`)).toBeVisible();

  // Ctrl+Z undoes it.
  await page.keyboard.press('Control+z');
  await expect(toast(page, `Undone: ${reviewedName} is back in Onsite`)).toBeVisible();
});

test('the open palette passes axe, and Esc returns focus to the card it was opened from', async ({ page }) => {
  await signIn(page, HIRING_MANAGER);
  const first = column(page, 'Applied').getByRole('article').first();
  await first.focus();
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.type('a');
  await expect(palette(page).getByRole('group', { name: 'Candidates' })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(first).toBeFocused();
});

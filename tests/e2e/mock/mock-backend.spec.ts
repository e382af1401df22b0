import { expect, test } from '@playwright/test';
import { candidateTotals, card, column, searchForCandidateIn, signIn } from './helpers';

test('unreadable saved data is reset with a visible notice, never a crash', async ({ page }) => {
  await page.goto('/');
  // Wait until the mock backend has started (and saved), so nothing overwrites the corrupt value below.
  await expect(page.getByRole('button', { name: 'Continue as Priya Raman' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('shortlist.mock-db', '{"schemaVersion": 2, "seed": "not a number"'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Saved demo data could not be read' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue as Priya Raman' }).click();
  await expect(column(page, 'Applied').getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Saved demo data could not be read')).toHaveCount(0);
});

test('the seed size comes from the URL and stays after a reload', async ({ page }) => {
  await signIn(page, 'Priya Raman');
  await page.goto('/?mock-size=1000');
  // Generating 1,000 candidates takes a moment on a busy machine: wait for the condition itself, as long as
  // it takes within the test's own timeout, not for the 5 s expect default.
  const totalOnBoard = async () => (await candidateTotals(page)).total;
  await expect.poll(totalOnBoard, { timeout: 25_000, intervals: [250] }).toBe(1000);
  await page.goto('/');
  await expect.poll(totalOnBoard, { timeout: 25_000, intervals: [250] }).toBe(1000);
});

test('"Reset demo data" undoes every change', async ({ page }) => {
  await signIn(page, 'Priya Raman');
  const name = await searchForCandidateIn(page, 'Applied');
  await card(column(page, 'Applied'), name).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(card(column(page, 'Screen'), name)).toBeVisible();

  await page.getByRole('button', { name: 'Mock API' }).click();
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Demo data reset to the seeded candidates');
  await page.keyboard.press('Escape');
  await expect(card(column(page, 'Applied'), name)).toBeVisible();
  await page.reload();
  await expect(card(column(page, 'Applied'), name)).toBeVisible();
});

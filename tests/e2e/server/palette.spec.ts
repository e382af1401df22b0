import { expect, test } from '@playwright/test';
import { card, column } from '../mock/helpers';
import { signInWithPassword } from './helpers';

/** The command palette against the real server: its list, the move it sends, what PostgreSQL keeps. */
test('the palette finds a candidate on the server, moves them, and the move is still there after a reload', async ({ page }) => {
  await signInWithPassword(page, 'Priya Raman');
  await expect(column(page, 'Applied').getByRole('article').first()).toBeVisible();
  const name = (await column(page, 'Applied').getByRole('heading', { level: 3 }).first().innerText()).trim();

  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.press('Control+k');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(name);
  await expect(palette.locator('[role=option][aria-selected=true]')).toHaveText(new RegExp(`^${name}`));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('move to screen');
  await expect(palette.locator('[role=option][aria-selected=true]')).toHaveText('Move to Screen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Notifications' }).getByText(`Moved ${name} to Screen`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('[aria-current=step]')).toHaveText(/Screen/);
  await page.goto(`/?q=${encodeURIComponent(name)}`);
  await expect(card(column(page, 'Screen'), name).first()).toBeVisible();
});

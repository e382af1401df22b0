import { expect, type Page, test } from '@playwright/test';
import { card, column, expectNoViolations, signIn, toast } from './helpers';

/** The names on the first two cards of Applied, selected by keyboard: Space on the first, ↓, Shift+Space. */
async function selectTwoByKeyboard(page: Page): Promise<[string, string]> {
  const cards = column(page, 'Applied').getByRole('article');
  await expect(cards.nth(1)).toBeVisible();
  const names = (await cards.locator('h3').allInnerTexts()).slice(0, 2).map((n) => n.trim()) as [string, string];
  await cards.first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press('Shift+Space');
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');
  for (const name of names) await expect(card(column(page, 'Applied'), name).getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
  return names;
}

test('select by keyboard, move in bulk, Undo: the backend has them back after a reload', async ({ page }) => {
  await signIn(page, 'Priya Raman');
  const names = await selectTwoByKeyboard(page);
  const bar = page.getByRole('region', { name: 'Selection' });

  // The bar by keyboard too: its Move menu, then Screen.
  await bar.getByRole('button', { name: 'Move 2 candidates to…' }).focus();
  await page.keyboard.press('Enter');
  const offer = page.getByRole('menuitem', { name: /^Offer/ });
  await expect(offer).toHaveAttribute('aria-disabled', 'true');
  await expect(offer).toContainText('Only the hiring manager can move a candidate to Offer.');
  await page.getByRole('menuitem', { name: /^Screen/ }).click();

  await expect(toast(page, 'Moved 2 candidates to Screen')).toBeVisible();
  await expect(bar).toBeHidden();
  for (const name of names) await expect(card(column(page, 'Screen'), name)).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Move undone: 2 candidates back where they were')).toBeVisible();
  await page.reload();
  await expect(column(page, 'Applied')).toBeVisible();
  for (const name of names) {
    await expect(card(column(page, 'Applied'), name)).toBeVisible();
    await expect(card(column(page, 'Screen'), name)).toHaveCount(0);
  }
});

test('axe finds nothing with a selection, nor with the bulk reject dialog open', async ({ page }) => {
  await signIn(page, 'Priya Raman');
  await selectTwoByKeyboard(page);
  await expectNoViolations(page);

  await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Reject…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject 2 candidates' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: /Reason/ })).toBeFocused();
  await expectNoViolations(page);

  // Escape closes it; the selection is still there.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Selection' }).getByRole('status')).toHaveText('2 selected');
});

test('in the candidates table: select two rows, add a note to both in bulk (axe clean with the dialog open)', async ({ page }) => {
  await signIn(page, 'Priya Raman');
  await page.goto('/candidates');
  const grid = page.getByRole('grid');
  const boxes = grid.getByRole('checkbox', { name: /^Select (?!all)/ });
  await expect(boxes.nth(1)).toBeVisible();
  await boxes.nth(0).click();
  await boxes.nth(1).click();
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');
  await bar.getByRole('button', { name: 'Add note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a note to 2 candidates' });
  await expect(dialog).toBeVisible();
  // The table with a selection and the bulk dialog open: nothing for axe either.
  await expectNoViolations(page);
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Both asked about the remote policy');
  await page.keyboard.press('Control+Enter');
  await expect(toast(page, 'Added the note to 2 candidates')).toBeVisible();
  await expect(bar).toBeHidden();
});

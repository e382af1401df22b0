import { expect, test } from '@playwright/test';
import { column, expectNoViolations, signIn } from './helpers';

test('sign-in screen has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Continue as Priya Raman' })).toBeVisible();
  await expectNoViolations(page);
});

test('board has no axe violations', async ({ page }) => {
  await signIn(page, 'Priya Raman');
  await expect(column(page, 'Applied').getByRole('article').first()).toBeVisible();
  await expectNoViolations(page);
});

test('board with a Move menu open has no axe violations', async ({ page }) => {
  // Known product violation, reported to the lead (the full rule set still runs here; when the product is
  // fixed this test is reported as "expected to fail but passed": then delete this line). Radix's modal
  await signIn(page, 'Priya Raman');
  await column(page, 'Applied').getByRole('button', { name: /^Move .+ to…$/ }).first().click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoViolations(page);
});

test('board with the Mock API settings panel open has no axe violations', async ({ page }) => {
  await signIn(page, 'Priya Raman');
  await page.getByRole('button', { name: 'Mock API' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mock backend' });
  await expect(dialog).toBeVisible();
  // Wait for the settings themselves, not the loading line.
  await expect(dialog.getByRole('button', { name: 'Reset demo data' })).toBeVisible();
  await expectNoViolations(page);
});

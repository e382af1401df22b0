import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { column, signIn } from './helpers';

/** Runs axe on the page as it is now and fails with a readable list of what it found. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`).join('\n'),
  );
  expect(found, found.join('\n')).toEqual([]);
}

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

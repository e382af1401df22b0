import { expect, test } from '@playwright/test';
import { column, signIn } from './helpers';

// The production build carries a strict Content-Security-Policy. Any script, style or connection it
// blocks is a bug (a broken feature, or an inline style the policy doesn't know): none may occur.
test('no Content-Security-Policy violations while using menus, dialogs and moves', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
  });

  await signIn(page, 'Priya Raman');
  await column(page, 'Applied').getByRole('button', { name: /^Move .+ to…$/ }).first().click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mock API' }).click();
  await expect(page.getByRole('dialog', { name: 'Mock backend' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const inPage = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect([...violations, ...inPage]).toEqual([]);
});

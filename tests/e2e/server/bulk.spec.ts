import { expect, type Page, test } from '@playwright/test';
import { card, column } from '../mock/helpers';
import { signInWithPassword } from './helpers';

async function boardOf(page: Page, name: string) {
  await signInWithPassword(page, name);
  await expect(column(page, 'Applied').getByRole('article').nth(1)).toBeVisible();
}

test('a bulk move by the recruiter shows on the hiring manager’s board without a reload', async ({ browser }) => {
  const recruiter = await (await browser.newContext()).newPage();
  const manager = await (await browser.newContext()).newPage();
  await boardOf(recruiter, 'Priya Raman');
  await boardOf(manager, 'Marcus Okafor');

  // The first two in Applied: checkbox, then Shift+click for the range.
  const cards = column(recruiter, 'Applied').getByRole('article');
  const names = (await cards.locator('h3').allInnerTexts()).slice(0, 2).map((n) => n.trim());
  await cards.nth(0).getByRole('checkbox').click();
  await cards.nth(1).getByRole('checkbox').click({ modifiers: ['Shift'] });
  const bar = recruiter.getByRole('region', { name: 'Selection' });
  await expect(bar.getByRole('status')).toHaveText('2 selected');

  // Counted on the manager's board by name (a namesake may already be in Onsite).
  const onsiteNamed = async (name: string) => {
    await manager.getByRole('searchbox', { name: 'Search candidates' }).fill(name);
    await expect(manager).toHaveURL(/[?&]q=/);
    return card(column(manager, 'Onsite'), name);
  };
  const before = await Promise.all(names.map(async (name) => (await onsiteNamed(name)).count()));

  await bar.getByRole('button', { name: 'Move 2 candidates to…' }).click();
  await recruiter.getByRole('menuitem', { name: /^Onsite/ }).click();
  await expect(recruiter.getByRole('region', { name: 'Notifications' }).getByText('Moved 2 candidates to Onsite')).toBeVisible();

  // Live updates: no reload on the manager's side.
  for (const [index, name] of names.entries()) {
    await expect(await onsiteNamed(name)).toHaveCount(before[index]! + 1);
  }
});

import { expect, test } from '@playwright/test';
import { card, column, searchBox, searchForCandidateIn, signIn } from './helpers';

test('two tabs of the demo never overwrite each other: a move in one shows in the other, and both survive a reload', async ({ context }) => {
  const tabA = await context.newPage();
  await signIn(tabA, 'Priya Raman');
  const tabB = await context.newPage();
  await tabB.goto('/');
  await expect(column(tabB, 'Applied')).toBeVisible();

  const first = await searchForCandidateIn(tabA, 'Applied');
  await column(tabA, 'Applied').getByRole('button', { name: `Move ${first} to…` }).click();
  await tabA.getByRole('menu').getByRole('menuitem', { name: 'Screen' }).click();
  await expect(card(column(tabA, 'Screen'), first)).toBeVisible();

  // Tab B learns of it without a reload, then makes a change of its own.
  await searchBox(tabB).fill(first);
  await expect(card(column(tabB, 'Screen'), first)).toBeVisible({ timeout: 3_000 });
  await searchBox(tabB).fill('');
  const second = await searchForCandidateIn(tabB, 'Applied');
  await column(tabB, 'Applied').getByRole('button', { name: `Move ${second} to…` }).click();
  await tabB.getByRole('menu').getByRole('menuitem', { name: 'Onsite' }).click();
  await expect(card(column(tabB, 'Onsite'), second)).toBeVisible();

  for (const [name, stage] of [[first, 'Screen'], [second, 'Onsite']] as const) {
    await tabA.reload();
    await searchBox(tabA).fill(name);
    await expect(card(column(tabA, stage), name)).toBeVisible();
  }
});

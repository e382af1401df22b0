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

test('signing out in one tab signs the other out too: its next action leads to sign-in, saying why', async ({ context }) => {
  const tabA = await context.newPage();
  await signIn(tabA, 'Priya Raman');
  const tabB = await context.newPage();
  await tabB.goto('/');
  await expect(column(tabB, 'Applied')).toBeVisible();

  await tabA.getByRole('button', { name: /Switch persona/ }).click();
  await tabA.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(tabA.getByRole('heading', { name: 'Who are you today?' })).toBeVisible();

  const name = await searchForCandidateIn(tabB, 'Applied');
  await column(tabB, 'Applied').getByRole('button', { name: `Move ${name} to…` }).click();
  await tabB.getByRole('menu').getByRole('menuitem', { name: 'Screen' }).click();
  await expect(tabB.getByRole('heading', { name: 'Who are you today?' })).toBeVisible();
  await expect(tabB.getByRole('region', { name: 'Notifications' }).getByText('Your session has ended')).toBeVisible();

  // The signed-out session never comes back: a reload still asks who you are.
  await tabB.reload();
  await expect(tabB.getByRole('heading', { name: 'Who are you today?' })).toBeVisible();
});

import { expect, type Page, test } from '@playwright/test';
import { card, column, expectNoViolations, searchForCandidateIn } from '../mock/helpers';
import { signInWithPassword } from './helpers';

const RECRUITER = 'Priya Raman';
const HIRING_MANAGER = 'Marcus Okafor';

test.describe.configure({ mode: 'serial' });

test('the sign-in screen asks for email and password, refuses a wrong one, and is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Continue as/ })).toHaveCount(0);
  await expectNoViolations(page);
  await page.getByRole('textbox', { name: 'Email' }).fill('priya@shortlist.example');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That email and password do not match an active account.');
  await expect(page.getByLabel('Password')).toHaveValue('');
});

async function boardOf(page: Page, name: string) {
  await signInWithPassword(page, name);
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
  await expect(column(page, 'Applied')).toBeVisible();
}

test('a move by the recruiter shows on the hiring manager’s board without a reload', async ({ browser }) => {
  const recruiter = await (await browser.newContext()).newPage();
  const manager = await (await browser.newContext()).newPage();
  await boardOf(recruiter, RECRUITER);
  await boardOf(manager, HIRING_MANAGER);

  const name = await searchForCandidateIn(recruiter, 'Applied');
  await manager.getByRole('searchbox', { name: 'Search candidates' }).fill(name);
  await expect(card(column(manager, 'Applied'), name)).toBeVisible();

  await column(recruiter, 'Applied').getByRole('button', { name: `Move ${name} to…` }).click();
  await recruiter.getByRole('menu').getByRole('menuitem', { name: 'Screen' }).click();
  await expect(card(column(recruiter, 'Screen'), name)).toBeVisible();

  // Live update: within 2 seconds, no reload.
  await expect(card(column(manager, 'Screen'), name)).toBeVisible({ timeout: 2_000 });
  await expect(card(column(manager, 'Applied'), name)).toHaveCount(0);
  await expectNoViolations(manager);
});

test('the hiring manager’s stale edit gets the conflict message with the fresh state', async ({ browser }) => {
  const recruiter = await (await browser.newContext()).newPage();
  const manager = await (await browser.newContext()).newPage();
  await boardOf(recruiter, RECRUITER);
  await boardOf(manager, HIRING_MANAGER);

  const name = await searchForCandidateIn(manager, 'Screen');
  await column(manager, 'Screen').getByRole('link', { name, exact: true }).click();
  await expect(manager.getByRole('heading', { level: 1, name })).toBeVisible();
  const url = manager.url();
  await recruiter.goto(url);
  await expect(recruiter.getByRole('heading', { level: 1, name })).toBeVisible();

  const label = 'Security & privacy';
  const editIn = async (page: Page) => {
    const row = page.getByRole('region', { name: 'Qualifications' }).getByRole('listitem').filter({ hasText: label });
    await row.getByRole('button', { name: `Edit ${label}` }).click();
    return row.getByRole('form');
  };
  const managerForm = await editIn(manager);
  await managerForm.getByRole('textbox', { name: /Evidence/ }).fill('Marcus: tokenisation design was thin.');

  const recruiterForm = await editIn(recruiter);
  await recruiterForm.getByRole('radio', { name: /Not met$/ }).check();
  await recruiterForm.getByRole('textbox', { name: /Evidence/ }).fill('Priya: no PCI exposure at all.');
  await recruiter.keyboard.press('Control+Enter');
  await expect(recruiterForm).toHaveCount(0);

  await manager.keyboard.press('Control+Enter');
  // Their value is shown beside the manager's, and what the manager typed is kept.
  await expect(managerForm.getByText('Priya: no PCI exposure at all.')).toBeVisible();
  await expect(managerForm.getByText(/Priya Raman/)).toBeVisible();
  await expect(managerForm.getByRole('textbox', { name: 'Your evidence' })).toHaveValue('Marcus: tokenisation design was thin.');
});

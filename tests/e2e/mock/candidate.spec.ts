import { expect, type Locator, type Page, test } from '@playwright/test';
import { column, expectNoViolations, searchForCandidateIn, signIn } from './helpers';

const RECRUITER = 'Priya Raman';

/** Opens a candidate in `stage` from the board by their name link; resolves with their name. */
async function openCandidateFrom(page: Page, stage: 'Applied' | 'Screen' | 'Onsite'): Promise<string> {
  const name = await searchForCandidateIn(page, stage);
  await column(page, stage).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/candidates\/c\d+$/);
  return name;
}

function checklist(page: Page): Locator {
  return page.getByRole('region', { name: 'Qualifications' });
}

function activity(page: Page): Locator {
  return page.getByRole('list', { name: 'Activity, newest first' });
}

test('a recruiter records a qualification, rejects with a reason, restores; every step is in the timeline after a reload', async ({ page }) => {
  await signIn(page, RECRUITER);
  const name = await openCandidateFrom(page, 'Screen');

  // 1. The first qualification not yet met: mark it met, with evidence, by keyboard.
  const rows = checklist(page).getByRole('listitem');
  const count = await rows.count();
  let row: Locator | null = null;
  let label = '';
  for (let i = 0; i < count; i += 1) {
    const candidateRow = rows.nth(i);
    const status = (await candidateRow.locator('.assessment-pill').first().innerText()).replace(/[^A-Za-z ]/g, '').trim();
    if (status === 'Met') continue;
    row = candidateRow;
    label = (await candidateRow.getByRole('heading', { level: 3 }).innerText()).replace(/^\d+\s*/, '').trim();
    break;
  }
  expect(row, 'a qualification that is not yet met').not.toBeNull();
  await row!.getByRole('button', { name: `Edit ${label}` }).click();
  const form = row!.getByRole('form', { name: `Assess ${label}` });
  await form.getByRole('radio', { name: /^✓? ?Met$/ }).check();
  const evidence = 'Walked through a Kafka consumer with retries and dead-lettering, end to end.';
  await form.getByRole('textbox', { name: /Evidence/ }).fill(evidence);
  await page.keyboard.press('Control+Enter');
  await expect(form).toHaveCount(0);
  await expect(row!.getByText(evidence)).toBeVisible();
  await expect(row!.locator('.assessment-pill').first()).toHaveText(/^\W*Met$/);

  // 2. Reject with a reason.
  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Reject ${name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: /Reason/ }).selectOption('System design did not meet the bar');
  await dialog.getByRole('textbox', { name: /Note/ }).fill('Design stayed monolithic.');
  await dialog.getByRole('button', { name: 'Reject candidate' }).click();
  await expect(dialog).toHaveCount(0);
  const record = page.getByRole('region', { name: /Rejection reason/ });
  await expect(record).toContainText('System design did not meet the bar');

  // 3. Restore them to the stage they left from.
  await page.getByRole('button', { name: 'Restore to Screen' }).click();
  await expect(record).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reject', exact: true })).toBeVisible();

  // 4. After a reload, the timeline has every step, newest first.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const items = activity(page).getByRole('listitem');
  await expect(items.nth(0)).toContainText(`${RECRUITER} restored them (they were rejected)`);
  await expect(items.nth(1)).toContainText(`${RECRUITER} rejected them — System design did not meet the bar`);
  await expect(items.nth(1)).toContainText('Design stayed monolithic.');
  await expect(items.nth(2)).toContainText(`${RECRUITER} assessed ${label}:`);
  await expect(items.nth(2)).toContainText('→ Met');
  await expect(items.nth(2)).toContainText(evidence);
  await expect(page.locator('.candidate-header .status-badge')).toHaveText(/^\W*Active$/);
});

test('Enter on a focused board card opens the candidate, and the back link returns to the filtered board', async ({ page }) => {
  await signIn(page, RECRUITER);
  const name = await searchForCandidateIn(page, 'Applied');
  await column(page, 'Applied').getByRole('article', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: 'Back to pipeline' }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(column(page, 'Applied').getByRole('article', { name, exact: true })).toBeVisible();
});

test('the candidate page has no axe violations', async ({ page }) => {
  await signIn(page, RECRUITER);
  await openCandidateFrom(page, 'Onsite');
  await expect(activity(page).getByRole('listitem').first()).toBeVisible();
  await expectNoViolations(page);
});

test('the candidate page with a qualification being edited and the reject dialog open has no axe violations', async ({ page }) => {
  await signIn(page, RECRUITER);
  await openCandidateFrom(page, 'Screen');
  await checklist(page).getByRole('button', { name: /^Edit / }).first().click();
  await expect(checklist(page).getByRole('form')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page);
});

test('the add-candidate form has no axe violations, empty and with errors shown', async ({ page }) => {
  await signIn(page, RECRUITER);
  await page.getByRole('link', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a candidate' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('alert', { name: /things to fix/ })).toBeFocused();
  await expectNoViolations(page);
});

test('adding a candidate opens their page, and they are on the board', async ({ page }) => {
  await signIn(page, RECRUITER);
  await page.getByRole('link', { name: 'Add candidate' }).click();
  await page.getByRole('textbox', { name: /Full name/ }).fill('Ada Quinn');
  await page.getByRole('textbox', { name: /Email/ }).fill(`ada.quinn.${Date.now()}@example.org`);
  await page.getByRole('textbox', { name: /Current title/ }).fill('Staff Engineer');
  await page.getByRole('textbox', { name: /Current company/ }).fill('Ledgerline');
  await page.getByRole('textbox', { name: /Location/ }).fill('Oslo, Norway');
  await page.getByRole('textbox', { name: /Years of experience/ }).fill('9');
  await page.getByRole('combobox', { name: /Source/ }).selectOption('Referral');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Quinn' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to pipeline' }).click();
  await expect(column(page, 'Applied').getByRole('article', { name: 'Ada Quinn', exact: true })).toBeVisible();
});

test('the role page shows each qualification with a bar and counts, and has no axe violations', async ({ page }) => {
  await signIn(page, RECRUITER);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Role' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Backend Engineer' })).toBeVisible();
  const qualifications = page.getByRole('region', { name: 'Qualifications' }).getByRole('listitem');
  await expect(qualifications).toHaveCount(8);
  await expect(qualifications.first()).toContainText(/\d+ of \d+ meet/);
  await expectNoViolations(page);
});

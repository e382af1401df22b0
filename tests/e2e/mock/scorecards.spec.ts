import { expect, type Locator, type Page, test } from '@playwright/test';
import { column, expectNoViolations, searchBox, signIn, stageOf, toast } from './helpers';

const INTERVIEWER = 'Dana Whitfield';
const HIRING_MANAGER = 'Marcus Okafor';

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** From "My interviews", opens the first onsite interview still to write (or, failing that, a draft). */
async function openOnsiteScorecardToWrite(page: Page): Promise<{ name: string; candidateId: string }> {
  await nav(page).getByRole('link', { name: /^My interviews/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My interviews' })).toBeVisible();
  for (const group of ['To write', 'Drafts']) {
    const rows = page.getByRole('region', { name: new RegExp(`^${group}`) }).getByRole('listitem').filter({ hasText: 'Onsite' });
    if ((await rows.count()) === 0) continue;
    await rows.first().getByRole('link').click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(page.getByRole('form', { name: /^Scorecard for / })).toBeVisible();
    const name = (await heading.innerText()).trim();
    const href = await page.getByRole('link', { name: 'Candidate profile' }).getAttribute('href');
    const candidateId = href?.split('/').pop() ?? '';
    expect(candidateId).not.toBe('');
    return { name, candidateId };
  }
  throw new Error('The interviewer has no onsite scorecard to write');
}

function saveStatus(page: Page): Locator {
  return page.getByTestId('save-status');
}

test('an interviewer writes and submits a scorecard; the hiring manager reviews it and advances the candidate to Offer', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  await signIn(page, INTERVIEWER);
  const { name, candidateId } = await openOnsiteScorecardToWrite(page);

  // Focus qualifications first, by keyboard where it is natural: every focus qualification rated Yes.
  const form = page.getByRole('form', { name: `Scorecard for ${name}` });
  const overall = form.getByRole('radiogroup', { name: /Overall recommendation/ });
  const groups = form.getByRole('radiogroup');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const group = groups.nth(i);
    if ((await group.getAttribute('aria-labelledby')) === (await overall.getAttribute('aria-labelledby'))) continue;
    await group.getByRole('radio', { name: 'Yes', exact: true }).check();
  }
  await overall.getByRole('radio', { name: 'Strong yes' }).check();
  const takeaways = `Walked through an idempotent ledger write path end to end (${Date.now()}).`;
  await form.getByRole('textbox', { name: /Key takeaways/ }).fill(takeaways);
  await form.getByRole('textbox', { name: /Private notes/ }).fill('Would pair well with the payouts team.');
  await expect(saveStatus(page)).toContainText('Saved', { timeout: 10_000 });

  // A reload loses nothing.
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Key takeaways/ })).toHaveValue(takeaways);

  await page.getByRole('button', { name: /Submit scorecard/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your scorecard?' });
  await expect(dialog).toContainText('Submitting is final.');
  await dialog.getByRole('button', { name: 'Submit scorecard' }).click();
  await expect(page.getByText(/Submitted\. Your scorecard is final/)).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  // The hiring manager, in the same browser (the mock backend keeps its data): switch persona.
  await page.getByRole('button', { name: /^Signed in as Dana Whitfield/ }).click();
  await page.getByRole('menuitem', { name: HIRING_MANAGER }).click();
  await expect(page.getByRole('button', { name: /^Signed in as Marcus Okafor/ })).toBeVisible();
  await page.goto(`/review/${candidateId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Ratings by qualification and interview' });
  const danaColumn = matrix.getByRole('columnheader').filter({ hasText: INTERVIEWER });
  await expect(danaColumn).toHaveCount(1);
  await expect(matrix.getByRole('row', { name: /Overall recommendation/ })).toContainText('Strong yes');
  await expect(page.getByRole('region', { name: 'Takeaways' })).toContainText(takeaways);

  await page.getByRole('button', { name: /Advance to Offer/ }).click();
  // Other onsite scorecards may not be in yet: then the page asks first, naming them.
  const confirm = page.getByRole('alertdialog', { name: `Advance ${name} to Offer?` });
  await expect(toast(page, `Advanced ${name} to Offer`).or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Advance anyway' }).click();
  await expect(toast(page, `Advanced ${name} to Offer`)).toBeVisible();

  // The board, after a reload, has them in Offer.
  await page.goto('/');
  await page.reload();
  await expect(column(page, 'Applied')).toBeVisible();
  await searchBox(page).fill(name);
  await expect(column(page, 'Offer').getByRole('article', { name, exact: true })).toBeVisible();
  expect(await stageOf(page, name)).toBe('Offer');
  expect(cspViolations).toEqual([]);
});

test('the scorecard form has no axe violations, empty, with submit errors, and with the confirmation open', async ({ page }) => {
  await signIn(page, INTERVIEWER);
  await openOnsiteScorecardToWrite(page);
  await expect(page.getByRole('region', { name: 'Other scorecards' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('textbox', { name: /Key takeaways/ }).fill('');
  await page.getByRole('radiogroup', { name: /Overall recommendation/ }).getByRole('radio', { name: 'No decision' }).check();
  await page.getByRole('button', { name: /Submit scorecard/ }).click();
  await expect(page.getByRole('main').getByText('Choose an overall recommendation before submitting.')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('radiogroup', { name: /Overall recommendation/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('textbox', { name: /Key takeaways/ }).fill('Solid.');
  await page.getByRole('button', { name: /Submit scorecard/ }).click();
  await expect(page.getByRole('dialog', { name: 'Submit your scorecard?' })).toBeVisible();
  await expectNoViolations(page);
});

test('my interviews, the review queue and the review page have no axe violations', async ({ page }) => {
  await signIn(page, HIRING_MANAGER);
  await nav(page).getByRole('link', { name: /^My interviews/ }).click();
  await expect(page.getByRole('region', { name: /^Submitted/ })).toBeVisible();
  await expectNoViolations(page);

  await nav(page).getByRole('link', { name: /^Review/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  const first = page.locator('a.queue-row__link').first();
  await expect(first).toBeVisible();
  await expectNoViolations(page);

  const name = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Ratings by qualification and interview' })).toBeVisible();
  await expectNoViolations(page);

  // Keyboard: R opens the reject dialog (checked too), Escape closes it, J moves on.
  await page.keyboard.press('r');
  await expect(page.getByRole('dialog', { name: `Reject ${name}` })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { level: 1, name })).toHaveCount(0);
});

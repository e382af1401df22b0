import { expect, test } from '@playwright/test';
import { candidateTotals, card, column, searchForCandidateIn, signIn, stageOf, toast } from './helpers';

const RECRUITER = 'Priya Raman';
const INTERVIEWER = 'Dana Whitfield';

test.describe('recruiter moves candidates', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, RECRUITER);
  });

  test('by keyboard: Shift+ArrowRight moves a card to the next stage, and the move survives a reload', async ({ page }) => {
    const name = await searchForCandidateIn(page, 'Applied');

    const applied = card(column(page, 'Applied'), name);
    await applied.focus();
    await expect(applied).toBeFocused();
    await page.keyboard.press('Shift+ArrowRight');

    await expect(card(column(page, 'Screen'), name)).toBeVisible();
    await expect(card(column(page, 'Applied'), name)).toHaveCount(0);
    await expect(toast(page, `Moved ${name} to Screen`)).toBeVisible();

    await page.reload();
    await expect(card(column(page, 'Screen'), name)).toBeVisible();
    await expect(card(column(page, 'Applied'), name)).toHaveCount(0);
  });

  // Regression test: focus must follow a keyboard-moved card into its new column. At c47093a it fell to
  // <body> (the source column consumed the focus request before the optimistic move landed).
  test('by keyboard: focus follows the moved card to its new column', async ({ page }) => {
    const first = column(page, 'Applied').getByRole('article').first();
    const name = (await first.getByRole('heading', { level: 3 }).innerText()).trim();
    await first.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(toast(page, `Moved ${name} to Screen`)).toBeVisible();
    await expect(card(column(page, 'Screen'), name)).toBeFocused();
  });

  test('by drag and drop: Applied to Onsite, and the move survives a reload', async ({ page }) => {
    const name = await searchForCandidateIn(page, 'Applied');

    await card(column(page, 'Applied'), name).dragTo(column(page, 'Onsite'));

    await expect(card(column(page, 'Onsite'), name)).toBeVisible();
    await expect(card(column(page, 'Applied'), name)).toHaveCount(0);
    await expect(toast(page, `Moved ${name} to Onsite`)).toBeVisible();

    await page.reload();
    await expect(card(column(page, 'Onsite'), name)).toBeVisible();
    await expect(card(column(page, 'Applied'), name)).toHaveCount(0);
  });

  test('through the Move menu, and Undo in the toast puts the candidate back', async ({ page }) => {
    const name = await searchForCandidateIn(page, 'Applied');

    await column(page, 'Applied').getByRole('button', { name: `Move ${name} to…` }).click();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: 'Screen' }).click();
    await expect(menu).toBeHidden();

    await expect(card(column(page, 'Screen'), name)).toBeVisible();
    const moved = toast(page, `Moved ${name} to Screen`);
    await expect(moved).toBeVisible();

    await moved.getByRole('button', { name: /^Undo/ }).click();

    await expect(card(column(page, 'Applied'), name)).toBeVisible();
    await expect(card(column(page, 'Screen'), name)).toHaveCount(0);
    await expect(toast(page, `${name} is back in Applied`)).toBeVisible();

    // The undo reached the server too, not only the screen.
    await page.reload();
    await expect(card(column(page, 'Applied'), name)).toBeVisible();
    await expect(card(column(page, 'Screen'), name)).toHaveCount(0);
  });

  test('cannot move into Offer: the menu item is disabled and says why', async ({ page }) => {
    const name = await searchForCandidateIn(page, 'Applied');

    const moveButton = column(page, 'Applied').getByRole('button', { name: `Move ${name} to…` });
    await moveButton.click();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();

    const offer = menu.getByRole('menuitem', { name: /^Offer\b/ });
    await expect(offer).toBeDisabled();
    await expect(offer).toContainText(/hiring manager/i);
    // The stages a recruiter may choose stay enabled.
    await expect(menu.getByRole('menuitem', { name: 'Screen' })).toBeEnabled();
    await expect(menu.getByRole('menuitem', { name: 'Onsite' })).toBeEnabled();

    await offer.click({ force: true });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    // Escape hands focus back to the card the menu belongs to, not its Move button (the menu does it a
    // tick after closing); wait for it so that return cannot land after a later step's focus.
    const applied = card(column(page, 'Applied'), name);
    await expect(applied).toBeFocused();

    // The keyboard shortcut for Offer is refused as well, with the reason shown (and announced); focus stays.
    await page.keyboard.press('4');
    await expect(toast(page, 'Only the hiring manager can move a candidate to Offer.')).toBeVisible();
    await expect(applied).toBeFocused();
    await expect(card(column(page, 'Applied'), name)).toBeVisible();
    await expect(card(column(page, 'Offer'), name)).toHaveCount(0);
    await expect(toast(page, `Moved ${name}`)).toHaveCount(0);
  });
});

test('interviewer sees fewer candidates and cannot move them', async ({ page, browser }) => {
  const recruiterContext = await browser.newContext();
  try {
    const recruiterPage = await recruiterContext.newPage();
    await signIn(recruiterPage, RECRUITER);
    const recruiter = await candidateTotals(recruiterPage);
    await expect(recruiterPage.getByRole('button', { name: /^Move .+ to…$/ }).first()).toBeVisible();

    await signIn(page, INTERVIEWER);
    const interviewer = await candidateTotals(page);

    expect(interviewer.total).toBeGreaterThan(0);
    expect(interviewer.total).toBeLessThan(recruiter.total);

    const cards = page.getByRole('article');
    await expect(cards.first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move .+ to…$/ })).toHaveCount(0);

    // Shortcuts do nothing for an interviewer either (the board would move a card optimistically, at once).
    const first = cards.first();
    const name = (await first.getByRole('heading', { level: 3 }).innerText()).trim();
    const before = await stageOf(page, name);
    await first.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForTimeout(500);
    expect(await stageOf(page, name)).toBe(before);
    await expect(toast(page, `Moved ${name}`)).toHaveCount(0);
  } finally {
    await recruiterContext.close();
  }
});

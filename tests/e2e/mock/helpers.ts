import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const STAGE_NAMES = ['Applied', 'Screen', 'Onsite', 'Offer'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** Opens the app and picks a persona on the sign-in screen; resolves once the board has its columns. */
export async function signIn(page: Page, persona: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: `Continue as ${persona}` }).click();
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
  await expect(column(page, 'Applied')).toBeVisible();
}

export function column(page: Page, stage: StageName): Locator {
  return page.getByRole('region', { name: stage, exact: true });
}

export function card(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('article', { name, exact: true });
}

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search candidates' });
}

/** Which column shows the candidate's card (the first, if a namesake is elsewhere). */
export async function stageOf(page: Page, name: string): Promise<StageName | null> {
  for (const stage of STAGE_NAMES) {
    if ((await card(column(page, stage), name).count()) > 0) return stage;
  }
  return null;
}

/** The "N of M candidates" summary above the board. */
export async function candidateTotals(page: Page): Promise<{ shown: number; total: number }> {
  const summary = page.getByText(/^[\d,]+ of [\d,]+ candidates?$/);
  await expect(summary).toBeVisible();
  const match = /^([\d,]+) of ([\d,]+)/.exec((await summary.innerText()).trim());
  if (!match) throw new Error('No "N of M candidates" summary on the board');
  const toNumber = (text: string) => Number(text.replaceAll(',', ''));
  return { shown: toNumber(match[1]!), total: toNumber(match[2]!) };
}

/**
 * Reads candidate names from the cards in a column (as a person would see them) and narrows the board to
 * the first one the search finds exactly once, so later steps cannot be confused by a namesake.
 */
export async function searchForCandidateIn(page: Page, stage: StageName): Promise<string> {
  const names = column(page, stage).getByRole('heading', { level: 3 });
  await expect(names.first()).toBeVisible();
  const candidates = (await names.allInnerTexts()).map((name) => name.trim()).filter(Boolean);
  for (const name of candidates) {
    await searchBox(page).fill(name);
    await expect(page).toHaveURL(/[?&]q=/);
    try {
      await expect(page.getByRole('article')).toHaveCount(1, { timeout: 3_000 });
    } catch {
      continue; // a namesake (or a match on title or company): try the next card
    }
    await expect(card(column(page, stage), name)).toBeVisible();
    return name;
  }
  throw new Error(`No candidate in ${stage} is found alone by searching their name: ${candidates.join(', ')}`);
}

/** The toast confirming a move (visible text, as a sighted person reads it). */
export function toast(page: Page, title: string): Locator {
  return page.getByRole('region', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: title });
}

/** Runs axe on the page as it is now and fails with a readable list of what it found. */
export async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`).join('\n'),
  );
  expect(found, found.join('\n')).toEqual([]);
}

/** Follows a link of the main navigation; where the top bar is narrow (below 1280 px), through its Menu button. */
export async function followNavLink(page: Page, name: string | RegExp): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole('link', { name }).click();
}

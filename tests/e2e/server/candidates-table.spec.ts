import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signInWithPassword } from './helpers';

test('the candidates table on the real server: sorts, and exports the sorted view as CSV', async ({ page }) => {
  await signInWithPassword(page, 'Priya Raman');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  const grid = page.getByRole('grid', { name: 'Candidates' });
  const rows = grid.locator('[role=row][data-candidate-id]');
  await expect(rows.first()).toBeVisible();
  const shown = Number(await grid.getAttribute('aria-rowcount')) - 1;
  expect(shown).toBeGreaterThan(0);

  // Newest activity first: click twice (ascending, then descending).
  const header = page.getByRole('columnheader', { name: /^Last activity/ });
  await header.getByRole('button').click();
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-activity/);
  const times = await rows.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(times.length).toBeGreaterThan(1);
  expect(times.map(Date.parse)).toEqual([...times.map(Date.parse)].sort((a, b) => b - a));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const download = await downloading;
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Name,Current title,Company,Stage,Status,Days in stage,Source,Qualifications met,Which qualifications,Scorecards,Last activity,Email,Phone');
  // One line per row shown (no field of the demo data holds a line break).
  expect(lines.length - 1).toBe(shown);
  const firstName = (await rows.first().getByRole('link').innerText()).trim();
  expect(lines[1]!.startsWith(firstName) || lines[1]!.startsWith(`"${firstName}`)).toBe(true);
});

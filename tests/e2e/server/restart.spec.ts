import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SERVER_APP_DIR } from '../../../playwright.config';
import { demoCredentials, freePort, type ServerProcess, startServer } from '../../server/support/server-process';
import { card, column, searchForCandidateIn } from '../mock/helpers';

test('the server is stopped and started again: the move, the note and the session are all still there', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-e2e-restart-'));
  // The same address before and after, as a real restart: the browser keeps its cookie for it.
  const env = { SHORTLIST_DATA_DIR: dataDir, SHORTLIST_APP_DIR: SERVER_APP_DIR, PORT: String(await freePort()) };
  let server: ServerProcess | null = await startServer(env);
  try {
    const priya = demoCredentials(dataDir).find((c) => c.name === 'Priya Raman')!;
    await page.goto(server.url);
    await page.getByRole('textbox', { name: 'Email' }).fill(priya.email);
    await page.getByLabel('Password').fill(priya.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(column(page, 'Applied')).toBeVisible();

    const name = await searchForCandidateIn(page, 'Applied');
    await column(page, 'Applied').getByRole('button', { name: `Move ${name} to…` }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Screen' }).click();
    await expect(card(column(page, 'Screen'), name)).toBeVisible();
    await column(page, 'Screen').getByRole('link', { name, exact: true }).click();
    await page.getByRole('textbox', { name: 'Add a note' }).fill('Call back after the restart.');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('list', { name: 'Activity, newest first' }).getByText('Call back after the restart.')).toBeVisible();

    expect(await server.stop()).toBe(0);
    server = await startServer(env);
    await page.reload();
    // Still signed in (sessions live in the database), still on the candidate's page.
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Activity, newest first' }).getByText('Call back after the restart.')).toBeVisible();
    await page.goto(`${server.url}/?q=${encodeURIComponent(name)}`);
    await expect(card(column(page, 'Screen'), name)).toBeVisible();
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { SERVER_APP_DIR } from '../../../playwright.config';
import { Client, demoCredentials, freePort, type ServerProcess, startServer } from '../../server/support/server-process';
import { card, column, searchForCandidateIn, type StageName } from '../mock/helpers';

async function signIn(page: Page, url: string, dataDir: string, name: string): Promise<void> {
  const { email, password } = demoCredentials(dataDir).find((c) => c.name === name)!;
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(column(page, 'Applied')).toBeVisible();
}

/** A colleague signed in through the API (their own session), moving a candidate found by name. */
async function colleague(url: string, dataDir: string, name: string) {
  const client = new Client(url);
  const { email, password } = demoCredentials(dataDir).find((c) => c.name === name)!;
  await client.signIn(email, password);
  return {
    async move(candidateName: string, toStage: StageName) {
      const list = (await client.request('GET', '/candidates')).json as { items: { id: string; name: string; version: number }[] };
      const target = list.items.find((c) => c.name === candidateName)!;
      const headers = { 'If-Match': `"${target.version}"`, 'Idempotency-Key': crypto.randomUUID() };
      const answer = await client.request('POST', `/candidates/${target.id}/moves`, { toStage: toStage.toLowerCase() }, headers);
      expect(answer.status, answer.text).toBe(200);
    },
  };
}

test('the server is stopped and started again: the move, the note and the session are all still there', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-e2e-restart-'));
  // The same address before and after, as a real restart: the browser keeps its cookie for it.
  const env = { SHORTLIST_DATA_DIR: dataDir, SHORTLIST_APP_DIR: SERVER_APP_DIR, PORT: String(await freePort()) };
  let server: ServerProcess | null = await startServer(env);
  try {
    await signIn(page, server.url, dataDir, 'Priya Raman');

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

test('the server restarts behind a proxy that answers 502 meanwhile: a colleague’s move shows on the open board without a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-e2e-live-'));
  const env = { SHORTLIST_DATA_DIR: dataDir, SHORTLIST_APP_DIR: SERVER_APP_DIR, PORT: String(await freePort()) };
  let server: ServerProcess | null = await startServer(env);
  try {
    await signIn(page, server.url, dataDir, 'Priya Raman');
    const name = await searchForCandidateIn(page, 'Applied');
    // Marks this document: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const jordan = await colleague(server.url, dataDir, 'Jordan Ellis');

    // Live updates work before the restart.
    await jordan.move(name, 'Screen');
    await expect(card(column(page, 'Screen'), name)).toBeVisible({ timeout: 10_000 });

    // The palette's chunk is fetched 1.5 s after the first paint, and a failed fetch (server down) takes the
    // page down (a separate problem): open and close the palette first, so this tests live updates only.
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await page.getByRole('button', { name: 'Search or run a command' }).click();
    await expect(palette.getByRole('combobox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(palette).toHaveCount(0);

    // A proxy in front of the server answers the event stream with 502 until the stream has been refused
    // at least once: the browser closes an EventSource for good on any status but 200 (before the fix,
    // its own retry 2 s after the server ended the stream met it), so only the page's own reconnect helps.
    let refused = 0;
    await page.route('**/api/events*', (route) => {
      refused += 1;
      return route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad Gateway' });
    });
    expect(await server.stop()).toBe(0);
    server = await startServer(env);
    await expect.poll(() => refused, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.unroute('**/api/events*');
    const proxyBackAt = Date.now();

    await jordan.move(name, 'Onsite');
    // Within the backoff in force (1 s, 2 s, 4 s, 8 s… since the stream dropped), then the replayed event's refetch.
    await expect(card(column(page, 'Onsite'), name)).toBeVisible({ timeout: 30_000 });
    test.info().annotations.push({ type: 'shown after the proxy let the stream through', description: `${Date.now() - proxyBackAt} ms` });
    await expect(card(column(page, 'Screen'), name)).toHaveCount(0);
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

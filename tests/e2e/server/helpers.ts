import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { E2E_SERVER_DATA } from '../../../playwright.config';

interface Credential {
  name: string;
  email: string;
  password: string;
}

/** The demo team's passwords, made by the server at its first start (different on every installation). */
export function credentialOf(name: string): Credential {
  const all = JSON.parse(readFileSync(path.join(E2E_SERVER_DATA, 'demo-credentials.txt'), 'utf8')) as Credential[];
  const found = all.find((c) => c.name === name);
  if (!found) throw new Error(`No demo account for ${name}`);
  return found;
}

/** Signs in on the server's sign-in screen with email and password; resolves once the board shows. */
export async function signInWithPassword(page: Page, name: string, path = '/'): Promise<void> {
  const { email, password } = credentialOf(name);
  await page.goto(path);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^Signed in as ${name}`) })).toBeVisible();
}

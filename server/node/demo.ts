/**
 * Demo mode: an empty database gets the demo team and a generated pipeline. Every persona gets a random
 * password made at first start, so no password works on two installations; they are printed and kept in
 * `<data>/demo-credentials.txt` (readable by this user only) for the next starts.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { USER_ROLE_LABELS } from '../../src/domain';
import { DEFAULT_SEED, generateDataset } from '../seed/dataset';
import { SEEDED_USERS } from '../seed/seed-data';
import { isEmpty, loadDataset, type SeedAccount } from '../stores/postgres/load-dataset';
import type { PostgresStore } from '../stores/postgres/postgres-store';
import { generatePassword, hashPassword } from './passwords';

export interface DemoCredential {
  name: string;
  role: string;
  email: string;
  password: string;
}

/** A persona's sign-in email: their first name, without accents, at the demo domain. */
export function demoEmail(name: string): string {
  const first = name.split(' ')[0]!.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  return `${first}@shortlist.example`;
}

export function credentialsFile(dataDir: string): string {
  return path.join(dataDir, 'demo-credentials.txt');
}

/** Seeds an empty database; returns the credentials when it did, or those saved at first start. */
export async function seedDemo(store: PostgresStore, dataDir: string, size: number): Promise<DemoCredential[] | null> {
  const file = credentialsFile(dataDir);
  // Already seeded (a restart): skip generating the data and hashing passwords only to find that out.
  if (await isEmpty(store)) {
    const made = await seedEmpty(store, dataDir, size, file);
    if (made) return made;
  }
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as DemoCredential[];
  } catch {
    return null;
  }
}

async function seedEmpty(store: PostgresStore, dataDir: string, size: number, file: string): Promise<DemoCredential[] | null> {
  const credentials: DemoCredential[] = SEEDED_USERS.map((user) => ({
    name: user.name,
    role: USER_ROLE_LABELS[user.role],
    email: demoEmail(user.name),
    password: generatePassword(),
  }));
  const accounts: SeedAccount[] = await Promise.all(
    SEEDED_USERS.map(async (user, i) => ({ userId: user.id, email: credentials[i]!.email, passwordHash: await hashPassword(credentials[i]!.password) })),
  );
  const dataset = generateDataset({ seed: DEFAULT_SEED, size, now: new Date() });
  // Another instance starting at the same moment may have seeded first: then this one did nothing.
  if (!(await loadDataset(store, dataset, accounts))) return null;
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

export function describeCredentials(credentials: readonly DemoCredential[]): string {
  const width = Math.max(...credentials.map((c) => c.email.length));
  return credentials.map((c) => `  ${c.email.padEnd(width)}  ${c.password}   ${c.name}, ${c.role}`).join('\n');
}

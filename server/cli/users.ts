/**
 * `npm run users -- <command>`: accounts on this installation.
 *   list
 *   add --email E --name "N" --role recruiter|hiring_manager|interviewer [--title T]
 *   role --email E --role R
 *   reset-password --email E
 *   deactivate --email E
 * New and reset passwords are generated and printed once; only their argon2id hash is stored. Uses
 * DATABASE_URL, or the embedded database in ./data (the running server's, or started for the command).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserRoleSchema } from '../../src/domain';
import { readConfig } from '../node/config';
import { generatePassword, hashPassword } from '../node/passwords';
import { accountsAdmin } from '../stores/postgres/accounts-admin';
import { startEmbeddedPostgres } from '../stores/postgres/embedded';
import { isAlive } from '../stores/postgres/lock-file';
import { createPostgresStore } from '../stores/postgres/postgres-store';

const USAGE = `Usage: npm run users -- list
       npm run users -- add --email E --name "Full Name" --role recruiter|hiring_manager|interviewer [--title "Job title"]
       npm run users -- role --email E --role R
       npm run users -- reset-password --email E
       npm run users -- deactivate --email E`;

/** The embedded database a running server has open: its port from PostgreSQL's own pid file. */
function runningEmbedded(dataDir: string): string | null {
  const lock = path.join(dataDir, 'shortlist.lock');
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(lock) || !existsSync(pidFile)) return null;
  const owner = Number(readFileSync(lock, 'utf8').trim());
  if (!Number.isInteger(owner) || !isAlive(owner)) return null;
  const port = readFileSync(pidFile, 'utf8').split('\n')[3]?.trim();
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  return port ? `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/shortlist` : null;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, title: { type: 'string' } },
  });
  const command = positionals[0];
  if (!command) fail('Which command?');
  const config = readConfig();
  let stopEmbedded: (() => Promise<void>) | null = null;
  let connectionString = config.databaseUrl ?? runningEmbedded(config.dataDir);
  if (!connectionString) {
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    connectionString = embedded.connectionString;
    stopEmbedded = embedded.stop;
  }
  const store = await createPostgresStore({ connectionString });
  const admin = accountsAdmin(store);
  const email = values.email?.trim();
  const role = values.role === undefined ? undefined : UserRoleSchema.safeParse(values.role);
  if (role && !role.success) fail(`Unknown role "${values.role}".`);
  try {
    switch (command) {
      case 'list':
        for (const u of await admin.listUsers()) process.stdout.write(`${u.active ? ' ' : 'x'} ${(u.email ?? '-').padEnd(32)} ${u.role.padEnd(15)} ${u.name}\n`);
        break;
      case 'add': {
        if (!email || !values.name || !role) fail('add needs --email, --name and --role.');
        const password = generatePassword();
        await admin.addUser({ email, name: values.name, title: values.title ?? '', role: role.data, passwordHash: await hashPassword(password) });
        process.stdout.write(`Added ${values.name} <${email}> as ${role.data}. Password (shown once): ${password}\n`);
        break;
      }
      case 'role':
        if (!email || !role) fail('role needs --email and --role.');
        if (!(await admin.setRole(email, role.data))) fail(`No user has the email ${email}.`);
        process.stdout.write(`${email} is now ${role.data}.\n`);
        break;
      case 'reset-password': {
        if (!email) fail('reset-password needs --email.');
        const password = generatePassword();
        if (!(await admin.setPassword(email, await hashPassword(password)))) fail(`No user has the email ${email}.`);
        process.stdout.write(`New password for ${email} (shown once; their sessions were ended): ${password}\n`);
        break;
      }
      case 'deactivate':
        if (!email) fail('deactivate needs --email.');
        if (!(await admin.deactivate(email))) fail(`No user has the email ${email}.`);
        process.stdout.write(`${email} can no longer sign in; their sessions were ended.\n`);
        break;
      default:
        fail(`Unknown command "${command}".`);
    }
  } finally {
    await store.close();
    await stopEmbedded?.();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

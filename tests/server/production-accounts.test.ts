// @vitest-environment node
/**
 * Production mode and the users CLI, against a running server: nothing is seeded, people are added from the
 * command line (beside the running server, on its embedded database), and role changes and deactivation
 * take effect at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type ServerProcess, startServer } from './support/server-process';

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-production-'));
  server = await startServer({ SHORTLIST_DATA_DIR: dataDir, SHORTLIST_MODE: 'production' });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function users(...args: string[]): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/users.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, SHORTLIST_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('production mode and the users CLI', () => {
  it('seeds nothing: no demo team, no demo passwords', async () => {
    expect(existsSync(path.join(dataDir, 'demo-credentials.txt'))).toBe(false);
    const attempt = await new Client(server.url).request('POST', '/session', { email: 'priya@shortlist.example', password: 'anything-at-all' });
    expect(attempt.status).toBe(401);
    expect(users('list').out.trim()).toBe('');
  });

  it('adds an account whose printed password signs in; a role change and deactivation take effect at once', async () => {
    const added = users('add', '--email', 'Ana@Example.com', '--name', 'Ana Silva', '--role', 'interviewer', '--title', 'Staff Engineer');
    expect(added.status, added.out).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(added.out)?.[1];
    expect(password).toBeTruthy();

    const ana = new Client(server.url);
    const signedIn = await ana.signIn('ana@example.com', password!);
    expect(signedIn.json).toMatchObject({ user: { name: 'Ana Silva', role: 'interviewer' } });
    expect((await ana.request('GET', '/review/queue')).status).toBe(403);

    expect(users('role', '--email', 'ana@example.com', '--role', 'hiring_manager').status).toBe(0);
    expect((await ana.request('GET', '/session')).json).toMatchObject({ user: { role: 'hiring_manager' } });
    expect((await ana.request('GET', '/review/queue')).status).toBe(200);

    expect(users('deactivate', '--email', 'ana@example.com').status).toBe(0);
    expect((await ana.request('GET', '/session')).status).toBe(401);
    expect((await new Client(server.url).request('POST', '/session', { email: 'ana@example.com', password })).status).toBe(401);
  });

  it('refuses an unknown role or a missing email with usage help, changing nothing', () => {
    const wrong = users('add', '--email', 'x@example.com', '--name', 'X', '--role', 'admin');
    expect(wrong.status).toBe(2);
    expect(wrong.out).toMatch(/Unknown role "admin"/);
    expect(users('list').out).not.toMatch(/x@example.com/);
  });
});

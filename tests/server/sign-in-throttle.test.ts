// @vitest-environment node
/**
 * Sign-in throttling on the real server, under parallel attempts: 5 failures per account and 20 per
 * address in 15 minutes, then 429 with Retry-After. Behind a trusted proxy (SHORTLIST_TRUST_PROXY=on), so
 * each test throttles an address of its own: the last X-Forwarded-For hop, the one the proxy appended.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, demoCredentials, type ServerProcess, startServer } from './support/server-process';

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-throttle-'));
  server = await startServer({ SHORTLIST_DATA_DIR: dataDir, SHORTLIST_TRUST_PROXY: 'on' });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const person = (name: string) => demoCredentials(dataDir).find((c) => c.name === name)!;

/** A sign-in from `address` as the proxy saw it; `claimed` is whatever the client put before it. */
function signIn(email: string, password: string, address: string, claimed = '198.51.100.1') {
  return new Client(server.url).request('POST', '/session', { email, password }, { 'X-Forwarded-For': `${claimed}, ${address}` });
}

/** Wrong attempts one after another until the first 429: how many were answered 401 before it. */
async function failuresUntilThrottled(attempt: (n: number) => ReturnType<typeof signIn>): Promise<number> {
  for (let n = 0; n < 30; n += 1) {
    const answer = await attempt(n);
    if (answer.status === 429) return n;
    expect(answer.status).toBe(401);
  }
  throw new Error('never throttled');
}

describe('sign-in throttling', () => {
  it('lets at most five of twelve parallel wrong passwords for one account be checked; then even the right one gets 429', async () => {
    const dana = person('Dana Whitfield');
    const address = '203.0.113.10';
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => signIn(dana.email, `wrong-${n}`, address)));
    const checked = answers.filter((a) => a.status !== 429);
    expect(checked.length, answers.map((a) => a.status).join()).toBeLessThanOrEqual(5);
    expect(checked.every((a) => a.status === 401)).toBe(true);
    for (const refused of answers.filter((a) => a.status === 429)) expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Parallel attempts may be refused early, never late: with the ones after, exactly five failures count.
    expect(checked.length + (await failuresUntilThrottled((n) => signIn(dana.email, `again-${n}`, address)))).toBe(5);
    const blocked = await signIn(dana.email, dana.password, '203.0.113.11');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('throttles an address after twenty failures, whatever accounts they name, also in parallel, and by the hop the proxy appended', async () => {
    const address = '203.0.113.20';
    // Every attempt claims another client address before the proxy's hop: the claim must not matter.
    const wrong = (n: number) => signIn(`nobody-${n}@example.org`, 'wrong', address, `198.51.100.${n}`);
    const answers = await Promise.all(Array.from({ length: 25 }, (_, n) => wrong(n)));
    const checked = answers.filter((a) => a.status !== 429);
    expect(checked.length, answers.map((a) => a.status).join()).toBeLessThanOrEqual(20);
    expect(checked.length + (await failuresUntilThrottled((n) => wrong(100 + n)))).toBe(20);

    const priya = person('Priya Raman');
    expect((await signIn(priya.email, priya.password, address)).status).toBe(429);
    // The same claimed client behind another proxy hop is another address.
    expect((await signIn(priya.email, priya.password, '203.0.113.21', address)).status).toBe(200);
  });

  it('does not count successful sign-ins against their address', async () => {
    const priya = person('Priya Raman');
    const address = '203.0.113.30';
    for (let n = 0; n < 22; n += 1) expect((await signIn(priya.email, priya.password, address)).status).toBe(200);
    expect((await signIn('nobody@example.org', 'wrong', address)).status).toBe(401);
  });
});

// @vitest-environment node
/**
 * The real server's security: sessions, cookie flags, same-origin writes, sign-in throttling, headers,
 * and no password hash anywhere. One server on a fresh embedded PostgreSQL for the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, demoCredentials, type ServerProcess, startServer } from './support/server-process';

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-security-'));
  server = await startServer({ SHORTLIST_DATA_DIR: dataDir });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const priya = () => demoCredentials(dataDir).find((c) => c.name === 'Priya Raman')!;

describe('the server', () => {
  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ (not Secure on plain-HTTP localhost), and ends it on sign-out', async () => {
    const client = new Client(server.url);
    const answer = await client.signIn(priya().email, priya().password);
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('shortlist_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
    expect((await client.request('GET', '/session')).status).toBe(200);

    const sessionCookie = client.cookie;
    const out = await client.request('DELETE', '/session');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/shortlist_session=;.*Max-Age=0/);
    // The old cookie no longer opens anything, even when replayed.
    client.cookie = sessionCookie;
    expect((await client.request('GET', '/candidates')).status).toBe(401);
  });

  it('answers 401 to a made-up session id', async () => {
    const client = new Client(server.url);
    client.cookie = 'shortlist_session=made-up';
    expect((await client.request('GET', '/candidates')).status).toBe(401);
  });

  it('refuses writes from another origin (Origin, Sec-Fetch-Site) and writes with no origin at all; no CORS', async () => {
    const client = new Client(server.url);
    await client.signIn(priya().email, priya().password);
    const candidates = (await client.request('GET', '/candidates')).json as { items: { id: string; version: number }[] };
    const target = candidates.items[0]!;
    const note = { text: 'Cross-site note' };
    const attempts: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { Origin: server.url, 'Sec-Fetch-Site': 'cross-site' }, { Origin: '' }];
    for (const headers of attempts) {
      const answer = await client.request('POST', `/candidates/${target.id}/notes`, note, { 'Idempotency-Key': crypto.randomUUID(), ...headers });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
    const activity = (await client.request('GET', `/candidates/${target.id}/activity`)).json as { items: { type: string; text?: string }[] };
    expect(activity.items.filter((e) => e.text === 'Cross-site note')).toHaveLength(0);
    const preflight = await fetch(`${server.url}/api/candidates`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('throttles failed sign-ins per account: after five, even the right password is refused for a while', async () => {
    const dana = demoCredentials(dataDir).find((c) => c.name === 'Dana Whitfield')!;
    const client = new Client(server.url);
    for (let i = 0; i < 5; i += 1) expect((await client.request('POST', '/session', { email: dana.email, password: `wrong-${i}` })).status).toBe(401);
    const blocked = await client.request('POST', '/session', { email: dana.email, password: dana.password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(client.cookie).toBeNull();
  });

  it('never sends a password hash, and never a stack trace', async () => {
    const client = new Client(server.url);
    const bodies: string[] = [];
    bodies.push((await client.request('POST', '/session', { email: priya().email, password: priya().password })).text);
    for (const p of ['/session', '/candidates', '/role', '/users', '/me/interviews', '/candidates/c00001', '/candidates/c00001/activity', '/nope']) {
      bodies.push((await client.request('GET', p)).text);
    }
    bodies.push((await client.request('POST', '/candidates', '{not json', { 'Content-Type': 'application/json', 'Idempotency-Key': 'x' })).text);
    for (const body of bodies) {
      expect(body).not.toMatch(/\$argon2/);
      expect(body).not.toMatch(/password/i);
      expect(body).not.toMatch(/\n\s+at /);
    }
  });

  it('sends security headers on pages and API answers, compresses, and reports health', async () => {
    for (const p of ['/', '/api/session']) {
      const response = await fetch(`${server.url}${p}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers.get('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(response.headers.get('X-Request-Id')).toBeTruthy();
    }
    const client = new Client(server.url);
    await client.signIn(priya().email, priya().password);
    const list = await fetch(`${server.url}/api/candidates`, { headers: { Cookie: client.cookie!, 'Accept-Encoding': 'gzip' } });
    expect(list.headers.get('Content-Encoding')).toBe('gzip');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

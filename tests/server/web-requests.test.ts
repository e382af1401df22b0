// @vitest-environment node
/**
 * The server's web app (`server/node/web.ts`) over HTTP, in this process, over the in-memory store: how it
 * reads request bodies (bounded while streaming) and what its log lines say (the request id in each).
 */
import http from 'node:http';
import os from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPES } from '../../src/domain';
import { createCore } from '../../server/core';
import { systemClock } from '../../server/core/ports';
import { MAX_BODY_BYTES } from '../../server/http/request';
import { readConfig } from '../../server/node/config';
import { createWebApp } from '../../server/node/web';
import { MemoryDatabase } from '../../server/stores/memory/memory-database';
import { MemoryStore } from '../../server/stores/memory/memory-store';
import { freePort } from './support/server-process';

const store = new MemoryStore(new MemoryDatabase({ seed: 7, size: 5, now: new Date('2026-03-01T12:00:00Z') }));
const getSession = store.sessions.get;
const logged: Record<string, unknown>[] = [];
let server: ServerType;
let base = '';

beforeAll(async () => {
  const port = await freePort();
  const config = { ...readConfig({ PORT: String(port) }), appDir: os.tmpdir() };
  const app = createWebApp({ config, core: createCore({ store, clock: systemClock }), ready: async () => true, log: (line) => logged.push(line) });
  server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port });
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  store.sessions.get = getSession;
  logged.length = 0;
});

/**
 * POST /api/session with a chunked body (no Content-Length): `chunks` written one by one, and the request
 * ended only if `end`. Resolves with the answer as soon as it comes, whether or not the body was finished.
 */
function postChunked(chunks: string[], end: boolean): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}/api/session`, {
      method: 'POST',
      headers: { Origin: base, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
    });
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error('no answer within 5 s: the server is waiting for the end of the body'));
    }, 5000);
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        clearTimeout(timer);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown });
      });
    });
    request.on('error', (error) => {
      // The server may close the connection while the rest of the body is still being written.
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET' && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
    });
    for (const chunk of chunks) request.write(chunk);
    if (end) request.end();
  });
}

describe('request bodies', () => {
  it('answers 413 to a chunked body without Content-Length once it passes 64 kB, without waiting for the rest', async () => {
    const slice = 'x'.repeat(16 * 1024);
    // 80 kB written and the request never ended: a server that reads the whole body first never answers.
    const answer = await postChunked(['{"email":"', ...Array.from({ length: 5 }, () => slice)], false);
    expect(answer.status).toBe(413);
    const declared = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { Origin: base, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(declared.status).toBe(413);
    // The same problem document whether the size was declared or found while reading.
    expect(answer.body).toEqual(await declared.json());
    expect(answer.body).toMatchObject({ type: PROBLEM_TYPES.tooLarge, status: 413 });
  });

  it('reads a chunked body under the limit whole, however it is cut', async () => {
    const body = JSON.stringify({ email: 'dana@example.com', password: 'p'.repeat(40) });
    const answer = await postChunked([body.slice(0, 7), body.slice(7, 30), body.slice(30)], true);
    // Parsed and validated, then refused only because this workspace has no passwords.
    expect(answer).toMatchObject({ status: 403, body: { detail: 'This workspace signs in without passwords.' } });
  });
});

describe('request ids', () => {
  it('names the request in the log line of an unexpected error, as in its request line and its X-Request-Id', async () => {
    store.sessions.get = () => Promise.reject(new Error('the session table is gone'));
    const response = await fetch(`${base}/api/candidates`, { headers: { Cookie: 'shortlist_session=some-session' } });
    expect(response.status).toBe(500);
    const requestId = response.headers.get('X-Request-Id');
    expect(requestId).toMatch(/^[\w.:@/+=-]{1,64}$/);
    const error = logged.find((line) => line.level === 'error');
    expect(error).toMatchObject({ msg: 'unhandled error', requestId, method: 'GET', path: '/api/candidates' });
    expect(String(error?.error)).toContain('the session table is gone');
    expect(logged.find((line) => line.msg === 'request')).toMatchObject({ requestId, status: 500, path: '/api/candidates' });
    // Every line about the request names it.
    expect(logged.every((line) => line.requestId === requestId)).toBe(true);
  });

  it('keeps a plain X-Request-Id given by a proxy in front, and replaces anything else', async () => {
    const kept = await fetch(`${base}/api/session`, { headers: { 'X-Request-Id': 'lb-7f3a.42' } });
    expect(kept.headers.get('X-Request-Id')).toBe('lb-7f3a.42');
    expect(logged.at(-1)).toMatchObject({ requestId: 'lb-7f3a.42', status: 401 });
    for (const given of ['x'.repeat(65), 'two words', '"quoted"']) {
      const replaced = await fetch(`${base}/api/session`, { headers: { 'X-Request-Id': given } });
      expect(replaced.headers.get('X-Request-Id')).not.toBe(given);
      expect(replaced.headers.get('X-Request-Id')).toMatch(/^[\w-]{36}$/);
    }
  });
});

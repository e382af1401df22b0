// @vitest-environment node
/**
 * Two server instances on one PostgreSQL, as behind a load balancer: live updates cross instances
 * (LISTEN/NOTIFY), an Idempotency-Key holds across them, and parallel writes through both: one wins.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../server/stores/postgres/embedded';
import { Client, demoCredentials, type ServerProcess, startServer } from './support/server-process';

let database: EmbeddedPostgres;
let a: ServerProcess;
let b: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-two-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as its own user and must reach its folder inside
  database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'db') });
  const env = { DATABASE_URL: database.connectionString, SHORTLIST_DATA_DIR: dataDir };
  a = await startServer(env);
  b = await startServer(env);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(server: ServerProcess, name = 'Priya Raman'): Promise<Client> {
  const { email, password } = demoCredentials(dataDir).find((c) => c.name === name)!;
  const client = new Client(server.url);
  await client.signIn(email, password);
  return client;
}

interface Summary {
  id: string;
  version: number;
  stage: string;
  status: string;
}

async function activeIn(client: Client, stage: string): Promise<Summary[]> {
  const list = (await client.request('GET', '/candidates')).json as { items: Summary[] };
  return list.items.filter((c) => c.stage === stage && c.status === 'active');
}

/** Reads the SSE stream of `client` until an event about `candidateId` arrives. */
async function nextEventAbout(client: Client, candidateId: string, trigger: () => Promise<unknown>): Promise<string> {
  const controller = new AbortController();
  const response = await fetch(`${client.base}/api/events`, { headers: { Cookie: client.cookie! }, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  while (!buffer.includes('event: ready')) buffer += (await reader.read()).value ?? '';
  await trigger();
  const deadline = Date.now() + 2_000;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const event = buffer.split('\n\n').find((block) => block.includes('event: change') && block.includes(candidateId));
    if (event) {
      controller.abort();
      return event;
    }
  }
  controller.abort();
  throw new Error(`no event about ${candidateId} within 2 s; got:\n${buffer}`);
}

describe('two instances on one database', () => {
  it('a change through A reaches an event stream on B within 2 seconds', async () => {
    const onA = await signedIn(a);
    const onB = await signedIn(b, 'Marcus Okafor');
    const target = (await activeIn(onA, 'applied'))[0]!;
    const event = await nextEventAbout(onB, target.id, () =>
      onA.request('POST', `/candidates/${target.id}/moves`, { toStage: 'screen' }, { 'If-Match': `"${target.version}"`, 'Idempotency-Key': crypto.randomUUID() }),
    );
    expect(event).toContain('"type":"candidate"');
  });

  it('one Idempotency-Key sent to A, then to B, is applied once', async () => {
    const onA = await signedIn(a);
    const onB = new Client(b.url);
    onB.cookie = onA.cookie; // the same person, the same session, another instance
    const target = (await activeIn(onA, 'applied'))[0]!;
    const key = crypto.randomUUID();
    const first = await onA.request('POST', `/candidates/${target.id}/notes`, { text: 'Asked for references.' }, { 'Idempotency-Key': key });
    const again = await onB.request('POST', `/candidates/${target.id}/notes`, { text: 'Asked for references.' }, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    const activity = (await onA.request('GET', `/candidates/${target.id}/activity`)).json as { items: { text?: string }[] };
    expect(activity.items.filter((e) => e.text === 'Asked for references.')).toHaveLength(1);
  });

  it('two moves of one candidate through A and B at once: one succeeds, the other gets 412', async () => {
    const onA = await signedIn(a);
    const onB = await signedIn(b);
    const target = (await activeIn(onA, 'applied'))[1]!;
    const move = (client: Client, toStage: string) =>
      client.request('POST', `/candidates/${target.id}/moves`, { toStage }, { 'If-Match': `"${target.version}"`, 'Idempotency-Key': crypto.randomUUID() });
    const answers = await Promise.all([move(onA, 'screen'), move(onB, 'onsite')]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
    const detail = (await onA.request('GET', `/candidates/${target.id}`)).json as Summary;
    expect(detail.version).toBe(target.version + 1);
  });
});

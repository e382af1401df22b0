// @vitest-environment node
/**
 * What the server acknowledged survives: a clean stop and start, and a SIGKILL in the middle of a stream
 * of writes (the next start takes over the embedded database the killed process left running).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, demoCredentials, type ServerProcess, startServer } from './support/server-process';

let dataDir: string;
let server: ServerProcess | null = null;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-durable-'));
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(s: ServerProcess): Promise<Client> {
  const { email, password } = demoCredentials(dataDir).find((c) => c.name === 'Priya Raman')!;
  const client = new Client(s.url);
  await client.signIn(email, password);
  return client;
}

async function notesOf(client: Client, candidateId: string): Promise<string[]> {
  const activity = (await client.request('GET', `/candidates/${candidateId}/activity`)).json as { items: { type: string; text?: string }[] };
  return activity.items.filter((e) => e.type === 'note_added').map((e) => e.text!);
}

describe('durability', () => {
  it('keeps everything across a stop and a start, sessions included', async () => {
    server = await startServer({ SHORTLIST_DATA_DIR: dataDir });
    const client = await signedIn(server);
    expect((await client.request('POST', '/candidates/c00002/notes', { text: 'Before the restart.' }, { 'Idempotency-Key': 'restart-1' })).status).toBe(201);
    expect(await server.stop()).toBe(0);

    server = await startServer({ SHORTLIST_DATA_DIR: dataDir });
    const again = new Client(server.url);
    again.cookie = client.cookie;
    expect(await notesOf(again, 'c00002')).toContain('Before the restart.');
  });

  it('loses no acknowledged write when killed with SIGKILL during a stream of writes', async () => {
    server ??= await startServer({ SHORTLIST_DATA_DIR: dataDir });
    const client = await signedIn(server);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i += 1) {
        const text = `Write ${i}`;
        try {
          const answer = await client.request('POST', '/candidates/c00003/notes', { text }, { 'Idempotency-Key': `kill-${i}` });
          if (answer.status === 201) acknowledged.push(text);
        } catch {
          return; // the connection died with the server
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await server.kill();
    stop = true;
    await writer;
    expect(acknowledged.length).toBeGreaterThan(10);

    server = await startServer({ SHORTLIST_DATA_DIR: dataDir });
    const after = await signedIn(server);
    const stored = await notesOf(after, 'c00003');
    for (const text of acknowledged) expect(stored).toContain(text);
  });
});

/** One embedded PostgreSQL per test file, in a temporary folder, with a small generated dataset loaded. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateDataset, type Dataset } from '../../server/seed/dataset';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../server/stores/postgres/embedded';
import { loadDataset } from '../../server/stores/postgres/load-dataset';
import { createPostgresStore, type PostgresStore } from '../../server/stores/postgres/postgres-store';

export const NOW = new Date('2026-03-01T12:00:00.000Z');

export interface Fixture {
  dataDir: string;
  server: EmbeddedPostgres;
  dataset: Dataset;
  store: PostgresStore;
  /** Another store on the same database, as a second server instance would have. */
  openStore(): Promise<PostgresStore>;
  /** What the stores reported through `onError` (connections dropped, listener reconnecting). */
  reported: { context: string; error: unknown }[];
  stop(): Promise<void>;
}

export async function startFixture(size = 20): Promise<Fixture> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'shortlist-pg-'));
  const server = await startEmbeddedPostgres({ dataDir }).catch(async (error: unknown) => {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const stores: PostgresStore[] = [];
  const reported: Fixture['reported'] = [];
  const openStore = async () => {
    const store = await createPostgresStore({
      connectionString: server.connectionString,
      onError: (error, context) => reported.push({ context, error }),
    });
    stores.push(store);
    return store;
  };
  try {
    const store = await openStore();
    const dataset = generateDataset({ seed: 7, size, now: NOW });
    await loadDataset(store, dataset, [
      { userId: 'u-priya', email: 'Priya@Example.com', passwordHash: 'hash-priya' },
      { userId: 'u-dana', email: 'dana@example.com', passwordHash: 'hash-dana' },
    ]);
    return {
      dataDir,
      server,
      dataset,
      store,
      openStore,
      reported,
      async stop() {
        await Promise.all(stores.map((s) => s.close()));
        await server.stop();
        await fs.rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(stores.map((s) => s.close()));
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A new, empty database in the same server (for loads that need one). */
export async function createDatabase(server: EmbeddedPostgres, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server.connectionString });
  await admin.connect();
  try {
    await admin.query(`create database ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.connectionString);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The contract target for the real server: the server's own web app (`server/node/web.ts`) over HTTP on
 * 127.0.0.1, on PostgreSQL (embedded, in a temporary folder). `reset()` empties the database and loads the
 * contract seed again in one transaction; every seeded person has a known password for the suite.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { createCore } from '../../../server/core';
import { systemClock } from '../../../server/core/ports';
import { readConfig } from '../../../server/node/config';
import { demoEmail } from '../../../server/node/demo';
import { createPasswordHasher } from '../../../server/node/passwords';
import { createWebApp } from '../../../server/node/web';
import { generateDataset } from '../../../server/seed/dataset';
import { SEEDED_USERS } from '../../../server/seed/seed-data';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../../server/stores/postgres/embedded';
import { loadDataset, type SeedAccount } from '../../../server/stores/postgres/load-dataset';
import { createPostgresStore, type PostgresStore } from '../../../server/stores/postgres/postgres-store';
import { signInWith } from '../../contract/client';
import { CONTRACT_SEED, type ContractTarget, type PersonaId } from '../../contract/target';
import { freePort } from '../support/server-process';

export interface ServerTarget extends ContractTarget {
  start(): Promise<void>;
  stop(): Promise<void>;
}

const passwordOf = (userId: string) => `contract-password-${userId}`;

export function createServerTarget(): ServerTarget {
  let dataDir = '';
  let database: EmbeddedPostgres | null = null;
  let store: PostgresStore | null = null;
  let server: ServerType | null = null;
  let accounts: SeedAccount[] = [];
  const target: ServerTarget = {
    name: 'server on PostgreSQL',
    baseUrl: '',
    signInKind: 'password',
    refusesCrossOriginWrites: true,
    signInBody: (persona: PersonaId) => ({ email: demoEmail(SEEDED_USERS.find((u) => u.id === persona)!.name), password: passwordOf(persona) }),
    signIn: (persona) => signInWith(target.baseUrl, persona, target.signInBody(persona)),

    async start() {
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'shortlist-contract-'));
      chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as its own user and must reach its folder
      database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'db') });
      store = await createPostgresStore({ connectionString: database.connectionString });
      // Light argon2id parameters for the suite's hundreds of sign-ins; verification reads them from the hash.
      accounts = await Promise.all(
        SEEDED_USERS.map(async (user) => ({
          userId: user.id,
          email: demoEmail(user.name),
          passwordHash: await hash(passwordOf(user.id), { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 }),
        })),
      );
      const core = createCore({ store, clock: systemClock, passwords: await createPasswordHasher() });
      const port = await freePort();
      const config = { ...readConfig({ PORT: String(port), SHORTLIST_LOG: 'off', SHORTLIST_DATA_DIR: dataDir }), appDir: dataDir };
      const app = createWebApp({ config, core, ready: () => store!.ready(), log: () => undefined });
      server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port });
      target.baseUrl = `http://127.0.0.1:${port}/api`;
      await target.reset();
    },

    async reset() {
      const pool = new pg.Pool({ connectionString: database!.connectionString, max: 1 });
      try {
        await pool.query(
          'truncate roles, users, candidates, interviews, scorecards, activity, idempotency_keys, sessions, sign_in_failures cascade',
        );
      } finally {
        await pool.end();
      }
      await loadDataset(store!, generateDataset({ ...CONTRACT_SEED, now: new Date() }), accounts);
    },

    async stop() {
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      await store?.close();
      await database?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return target;
}

// @vitest-environment node
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../server/core/events';
import { generateDataset } from '../../server/seed/dataset';
import { accountsAdmin } from '../../server/stores/postgres/accounts-admin';
import { startEmbeddedPostgres } from '../../server/stores/postgres/embedded';
import { isEmpty, loadDataset } from '../../server/stores/postgres/load-dataset';
import { claimLock } from '../../server/stores/postgres/lock-file';
import { MIGRATIONS_FOLDER } from '../../server/stores/postgres/migrate';
import { createPostgresStore, type PostgresStore } from '../../server/stores/postgres/postgres-store';
import { createDatabase, type Fixture, NOW, startFixture, waitFor } from './postgres-support';

let fx: Fixture;
/** A second instance on the same database, as a second server process would have. */
let other: PostgresStore;

beforeAll(async () => {
  fx = await startFixture();
  other = await fx.openStore();
});
afterAll(async () => {
  await fx?.stop();
});

describe('PostgreSQL store: change events', () => {
  it('announces committed events to every instance, in order, and rolled-back ones never', async () => {
    const heard: StoredEvent[] = [];
    const heardHere: StoredEvent[] = [];
    const unsubscribe = other.events.subscribe((stored) => heard.push(stored));
    const unsubscribeHere = fx.store.events.subscribe((stored) => heardHere.push(stored));
    const start = await other.events.latest();

    const boom = new Error('rolled back');
    const rolledBack = fx.store.transaction(async (tx) => {
      tx.emit({ type: 'candidate', candidateId: 'c00007' });
      throw boom;
    });
    await expect(rolledBack).rejects.toBe(boom);
    await fx.store.transaction(async (tx) => {
      tx.emit({ type: 'candidate', candidateId: 'c00008' });
      tx.emit({ type: 'scorecard', candidateId: 'c00008', interviewId: 'c00008-coding', authorId: 'u-sam' });
    });
    await other.transaction(async (tx) => tx.emit({ type: 'activity', candidateId: 'c00009' }));
    await waitFor(() => heard.length >= 3 && heardHere.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    unsubscribe();
    unsubscribeHere();

    expect(heard.map((s) => s.event.candidateId)).toEqual(['c00008', 'c00008', 'c00009']);
    expect(heard[1]!.event).toEqual({ type: 'scorecard', candidateId: 'c00008', interviewId: 'c00008-coding', authorId: 'u-sam' });
    expect(heardHere).toEqual(heard);
    const ids = heard.map((s) => Number(s.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    expect(await fx.store.events.since(start)).toEqual(heard);
    expect(await fx.store.events.since(heard[0]!.id)).toEqual(heard.slice(1));
    expect(await fx.store.events.latest()).toBe(heard[2]!.id);
    expect(await fx.store.events.since(heard[2]!.id)).toEqual([]);
    expect(await fx.store.events.since('not-a-number')).toBeNull();
    expect(await fx.store.events.since(String(ids[2]! + 10))).toBeNull();
    // Once older events are pruned, resuming from before them is no longer possible.
    await fx.store.pool.query('delete from events where id < $1', [ids[2]]);
    expect(await fx.store.events.since(heard[0]!.id)).toBeNull();
    expect(await fx.store.events.since(heard[1]!.id)).toEqual([heard[2]]);
  });

  it('listens again after its connection drops, and delivers what committed meanwhile', async () => {
    const heard: StoredEvent[] = [];
    const unsubscribe = other.events.subscribe((stored) => heard.push(stored));
    await fx.store.pool.query(`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen shortlist_events'`);
    await waitFor(() => !other.events.listening);
    await fx.store.transaction(async (tx) => tx.emit({ type: 'candidate', candidateId: 'c00010' }));
    await waitFor(() => other.events.listening);
    await fx.store.transaction(async (tx) => tx.emit({ type: 'candidate', candidateId: 'c00011' }));
    await waitFor(() => heard.length >= 2);
    unsubscribe();
    expect(heard.map((s) => s.event.candidateId)).toEqual(['c00010', 'c00011']);
    expect(fx.reported.some((r) => r.context === 'events listener')).toBe(true);
  });
});

describe('PostgreSQL store: sessions and accounts', () => {
  it('keeps sessions and sign-in attempts in tables, each attempt counted with those before it, across instances', async () => {
    const { sessions, signInAttempts } = fx.store;
    const session = { idHash: 'hash-1', userId: 'u-dana', createdAt: NOW.toISOString(), lastSeenAt: NOW.toISOString() };
    await sessions.create(session);
    expect(await other.sessions.get('hash-1')).toEqual(session);
    await sessions.touch('hash-1', '2026-03-01T13:00:00.000Z');
    expect(await sessions.get('hash-1')).toEqual({ ...session, lastSeenAt: '2026-03-01T13:00:00.000Z' });
    await sessions.delete('hash-1');
    expect(await sessions.get('hash-1')).toBeUndefined();

    const since = '2026-03-01T11:45:00.000Z';
    const counts: number[] = [];
    for (const at of ['2026-03-01T11:00:00.000Z', '2026-03-01T11:50:00.000Z', '2026-03-01T11:55:00.000Z']) {
      counts.push((await signInAttempts.record('dana@example.com', at, since)).count);
    }
    expect(counts).toEqual([0, 1, 2]); // the first is older than `since`
    // In parallel, on two instances: the n-th attempt recorded counts at least n (2 before them + n).
    const parallel = await Promise.all([fx.store, other, fx.store, other].map((store) => store.signInAttempts.record('dana@example.com', '2026-03-01T11:58:00.000Z', since)));
    const sorted = parallel.map((a) => a.count).sort((a, b) => a - b);
    expect(sorted.every((count, n) => count >= 3 + n), sorted.join()).toBe(true);
    expect(sorted.at(-1)).toBe(6);
    await signInAttempts.forget(parallel.map((a) => a.id));
    expect((await other.signInAttempts.record('dana@example.com', '2026-03-01T11:59:00.000Z', since)).count).toBe(3);
    await signInAttempts.clear('dana@example.com');
    expect((await signInAttempts.record('dana@example.com', '2026-03-01T11:59:00.000Z', '2026-01-01T00:00:00.000Z')).count).toBe(1);
  });

  it('administers accounts: add, change role and password, deactivate (ending sessions)', async () => {
    const admin = accountsAdmin(fx.store);
    const added = await admin.addUser({ email: 'Nora@Example.com', name: 'Nora Quist', title: 'Recruiter', role: 'recruiter', passwordHash: 'h1' });
    expect(added).toMatchObject({ id: expect.stringMatching(/^u-nora-/), email: 'nora@example.com', active: true });
    await expect(admin.addUser({ email: 'NORA@example.com', name: 'Again', title: '', role: 'recruiter', passwordHash: 'h' })).rejects.toThrow(/already exists/);
    expect(await fx.store.user(added.id)).toEqual({ id: added.id, name: 'Nora Quist', title: 'Recruiter', role: 'recruiter' });

    const session = { idHash: 'nora-1', userId: added.id, createdAt: NOW.toISOString(), lastSeenAt: NOW.toISOString() };
    await fx.store.sessions.create(session);
    expect(await admin.setRole('nora@EXAMPLE.com', 'hiring_manager')).toBe(true);
    expect(await fx.store.sessions.get('nora-1')).toEqual(session);
    expect(await admin.setPassword('nora@example.com', 'h2')).toBe(true);
    expect(await fx.store.sessions.get('nora-1')).toBeUndefined();
    expect(await fx.store.accounts.byEmail('nora@example.com')).toMatchObject({ passwordHash: 'h2', active: true, user: { role: 'hiring_manager' } });

    await fx.store.sessions.create(session);
    expect(await admin.deactivate('nora@example.com')).toBe(true);
    expect(await fx.store.sessions.get('nora-1')).toBeUndefined();
    expect(await fx.store.user(added.id)).toBeUndefined();
    expect((await fx.store.users()).map((u) => u.id)).not.toContain(added.id);
    expect(await fx.store.accounts.byEmail('nora@example.com')).toMatchObject({ active: false });
    expect((await admin.listUsers()).at(-1)).toMatchObject({ id: added.id, active: false, role: 'hiring_manager' });
    expect(await admin.setRole('nobody@example.com', 'recruiter')).toBe(false);
  });
});

describe('embedded PostgreSQL and loading', () => {
  it('allows one Shortlist per data folder, and takes over a stale lock', async () => {
    await expect(startEmbeddedPostgres({ dataDir: fx.dataDir })).rejects.toThrow(/already uses/);
    expect(await fx.store.ready()).toBe(true);

    const lock = path.join(fx.dataDir, 'test.lock');
    await fs.writeFile(lock, `${process.ppid}\n`);
    await expect(claimLock(lock, './data')).rejects.toThrow(`another Shortlist is using ./data (pid ${process.ppid})`);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await fs.writeFile(lock, `${gone}\n`);
    await claimLock(lock, './data');
    expect((await fs.readFile(lock, 'utf8')).trim()).toBe(String(process.pid));
  });

  it('migrates once when several instances start at once', async () => {
    const connectionString = await createDatabase(fx.server, 'parallel');
    const stores = await Promise.all([1, 2, 3].map(() => createPostgresStore({ connectionString })));
    try {
      expect(await Promise.all(stores.map((store) => store.ready()))).toEqual([true, true, true]);
      const applied = await stores[0]!.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      const journal = JSON.parse(await fs.readFile(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(applied.rows[0].n).toBe(journal.entries.length);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('loads 10,000 candidates into an empty database (timing printed)', async () => {
    const store = await createPostgresStore({ connectionString: await createDatabase(fx.server, 'bench') });
    try {
      expect(await isEmpty(store)).toBe(true);
      const dataset = generateDataset({ seed: 11, size: 10_000, now: NOW });
      let started = performance.now();
      expect(await loadDataset(store, dataset, [])).toBe(true);
      const loadMs = performance.now() - started;
      expect(await isEmpty(store)).toBe(false);
      expect(await loadDataset(store, dataset, [])).toBe(false);
      const times: number[] = [];
      for (let i = 0; i < 21; i += 1) {
        started = performance.now();
        expect(await store.listCandidates({ kind: 'all' })).toHaveLength(10_000);
        times.push(performance.now() - started);
      }
      const [miss, ...hits] = times;
      hits.sort((a, b) => a - b);
      console.info(
        `loadDataset 10,000: ${loadMs.toFixed(0)} ms; listCandidates: first ${miss!.toFixed(0)} ms, median of 20 after ${hits[10]!.toFixed(1)} ms`,
      );
    } finally {
      await store.close();
    }
  });
});

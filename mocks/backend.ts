import { createCore, type Core } from '../server/core';
import { systemClock } from '../server/core/ports';
import { createApiApp } from '../server/http/app';
import { MemoryDatabase } from '../server/stores/memory/memory-database';
import { MemoryStore } from '../server/stores/memory/memory-store';
import { type FaultSettings, NO_FAULTS } from './faults';
import { DeviceSessionHolder } from './device-session';

export interface BackendHooks {
  /** After every change to the data, e.g. to save it. */
  onDataChanged?: (db: MemoryDatabase) => void;
  onFaultsChanged?: (faults: FaultSettings) => void;
  /**
   * This device's session (the browser keeps its id across reloads). `null`: no device session at
   * all, so each client must carry its own Cookie header, exactly as with a real server (the contract suite).
   */
  device?: DeviceSessionHolder | null;
}

/**
 * The mock server: the real API (core + router) over the in-memory store, plus what only a demo needs:
 * fault settings, a replaceable dataset, and this device's session.
 */
export class MockBackend {
  readonly store: MemoryStore;
  readonly core: Core;
  readonly app: ReturnType<typeof createApiApp>;
  readonly device: DeviceSessionHolder | null;
  faults: FaultSettings;
  private readonly hooks: BackendHooks;
  private unsubscribe: () => void = () => undefined;
  /** Chance source for injected errors; tests can make it deterministic. */
  random: () => number = Math.random;

  constructor(db: MemoryDatabase, faults: FaultSettings = NO_FAULTS, hooks: BackendHooks = {}) {
    this.hooks = hooks;
    this.faults = faults;
    this.store = new MemoryStore(db);
    this.core = createCore({ store: this.store, clock: systemClock });
    this.app = createApiApp({ core: this.core, signIn: 'persona', cookies: { secure: false }, sameOriginWrites: false });
    this.device = hooks.device === undefined ? new DeviceSessionHolder() : hooks.device;
    this.watch(db);
  }

  get db(): MemoryDatabase {
    return this.store.db;
  }

  private watch(db: MemoryDatabase): void {
    this.unsubscribe();
    this.unsubscribe = db.subscribe(() => this.hooks.onDataChanged?.(db));
  }

  now(): Date {
    return new Date();
  }

  setFaults(faults: FaultSettings): void {
    this.faults = faults;
    this.hooks.onFaultsChanged?.(faults);
  }

  /** Swaps in another database (tests start each case from a fresh one). */
  replaceDatabase(db: MemoryDatabase): void {
    this.store.replaceDatabase(db);
    this.watch(db);
  }

  /** Signs this device in as `userId` (null: out), as if the persona picker had been used. */
  signInAs(userId: string | null): void {
    if (!this.device) throw new Error('This backend has no device session: sign in through POST /api/session.');
    this.device.signInLater(userId);
  }

  /** Regenerates the dataset (same or new seed and size), keeping who is signed in. */
  reset(options: { seed?: number; size?: number } = {}): void {
    const sessions = [...this.db.sessions.values()];
    const db = new MemoryDatabase({
      seed: options.seed ?? this.db.options.seed,
      size: options.size ?? this.db.options.size,
      now: this.now(),
    });
    for (const session of sessions) db.sessions.set(session.idHash, session);
    this.replaceDatabase(db);
    db.notifyChanged();
  }
}

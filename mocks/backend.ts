import { MockDatabase } from './db';
import { type FaultSettings, NO_FAULTS } from './faults';

export interface BackendHooks {
  /** After every change to the data, e.g. to save it. */
  onDataChanged?: (db: MockDatabase) => void;
  onFaultsChanged?: (faults: FaultSettings) => void;
}

/** The mock server's state: its database (replaceable by reset) and its fault settings. */
export class MockBackend {
  db: MockDatabase;
  faults: FaultSettings;
  private readonly hooks: BackendHooks;
  private unsubscribe: () => void = () => undefined;
  /** Chance source for injected errors; tests can make it deterministic. */
  random: () => number = Math.random;

  constructor(db: MockDatabase, faults: FaultSettings = NO_FAULTS, hooks: BackendHooks = {}) {
    this.hooks = hooks;
    this.faults = faults;
    this.db = db;
    this.watch(db);
  }

  private watch(db: MockDatabase): void {
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
  replaceDatabase(db: MockDatabase): void {
    this.db = db;
    this.watch(db);
  }

  /** Regenerates the dataset (same or new seed and size), keeping who is signed in. */
  reset(options: { seed?: number; size?: number } = {}): void {
    const sessionUserId = this.db.sessionUserId;
    const db = new MockDatabase({
      seed: options.seed ?? this.db.options.seed,
      size: options.size ?? this.db.options.size,
      now: this.now(),
    });
    db.sessionUserId = sessionUserId;
    this.replaceDatabase(db);
    db.notifyChanged();
  }
}

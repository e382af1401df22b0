import { setupServer } from 'msw/node';
import { MockBackend } from './backend';
import { MockDatabase } from './db';
import { NO_FAULTS } from './faults';
import { createHandlers } from './handlers';
import { DEFAULT_SEED, DEFAULT_SIZE } from './seed';

export interface TestBackendOptions {
  seed?: number;
  size?: number;
  now?: Date;
  /** Sign this user in before the test starts. */
  signedInAs?: string;
}

/** The API base the client resolves to under jsdom: handlers match it absolutely. */
export function nodeApiBase(): string {
  return new URL('/api', globalThis.location?.origin ?? 'http://localhost').toString();
}

/** A fresh, deterministic database: the same options always give the same people. */
export function createTestDatabase(options: TestBackendOptions = {}): MockDatabase {
  const db = new MockDatabase({
    seed: options.seed ?? DEFAULT_SEED,
    size: options.size ?? DEFAULT_SIZE,
    now: options.now ?? new Date(),
  });
  if (options.signedInAs) db.sessionUserId = options.signedInAs;
  return db;
}

export function createTestBackend(options: TestBackendOptions = {}): MockBackend {
  return new MockBackend(createTestDatabase(options), { ...NO_FAULTS });
}

export function createMockServer(backend: MockBackend, base = nodeApiBase()) {
  return setupServer(...createHandlers(backend, base));
}

import { setupServer } from 'msw/node';
import { MemoryDatabase } from '../server/stores/memory/memory-database';
import { DEFAULT_SEED, DEFAULT_SIZE } from '../server/seed/dataset';
import { MockBackend } from './backend';
import { NO_FAULTS } from './faults';
import { createHandlers } from './handlers';

export interface TestBackendOptions {
  seed?: number;
  size?: number;
  now?: Date;
  /** Sign this user in before the test starts. */
  signedInAs?: string;
  /**
   * `false`: no device session. The bridge then never adds a session of its own, so a request
   * without a Cookie header stays anonymous, as with a real server (the contract suite needs that).
   */
  deviceSession?: boolean;
}

/** The API base the client resolves to under jsdom: handlers match it absolutely. */
export function nodeApiBase(): string {
  return new URL('/api', globalThis.location?.origin ?? 'http://localhost').toString();
}

/** A fresh, deterministic database: the same options always give the same people. */
export function createTestDatabase(options: TestBackendOptions = {}): MemoryDatabase {
  return new MemoryDatabase({
    seed: options.seed ?? DEFAULT_SEED,
    size: options.size ?? DEFAULT_SIZE,
    now: options.now ?? new Date(),
  });
}

export function createTestBackend(options: TestBackendOptions = {}): MockBackend {
  const backend = new MockBackend(createTestDatabase(options), { ...NO_FAULTS }, options.deviceSession === false ? { device: null } : {});
  if (options.signedInAs) backend.signInAs(options.signedInAs);
  return backend;
}

export function createMockServer(backend: MockBackend, base = nodeApiBase()) {
  return setupServer(...createHandlers(backend, base));
}

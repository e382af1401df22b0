import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createMockServer, createTestBackend, createTestDatabase, nodeApiBase, type TestBackendOptions } from '../../mocks/node';

export const API = nodeApiBase();

/**
 * Starts the mock API (the browser's handlers, in Node) for a test file. Every test begins with a
 * fresh deterministic database, signed in as `signedInAs` when given.
 */
export function setupMockApi(options: TestBackendOptions = {}) {
  const backend = createTestBackend(options);
  const server = createMockServer(backend, API);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    backend.replaceDatabase(createTestDatabase(options));
    backend.signInAs(options.signedInAs ?? null);
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    backend,
    server,
    get db() {
      return backend.db;
    },
    signIn(userId: string | null) {
      backend.signInAs(userId);
    },
  };
}

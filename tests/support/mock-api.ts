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

/** A raw request to the mock API: status, headers, body text and parsed JSON (null when empty). */
export async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as unknown) : null };
}

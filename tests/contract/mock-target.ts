/**
 * The contract target for the in-browser mock: the same MSW handlers the browser uses, run in Node, over
 * the in-memory store. Without a device cookie jar, so each client carries its own session cookie and a
 * request without one is anonymous, exactly as with the server.
 */
import { createMockServer, createTestBackend, createTestDatabase } from '../../mocks/node';
import { signInWith } from './client';
import { CONTRACT_SEED, type ContractTarget, type PersonaId } from './target';

export interface MockTarget extends ContractTarget {
  start(): void;
  stop(): void;
}

export function createMockTarget(baseUrl = 'http://contract.test/api'): MockTarget {
  const backend = createTestBackend({ ...CONTRACT_SEED, deviceSession: false });
  // Parallel requests must really interleave, as they do against a database (memory-store.ts).
  backend.store.simulateRoundTrips = true;
  const server = createMockServer(backend, baseUrl);
  const target: MockTarget = {
    name: 'in-memory mock (MSW)',
    baseUrl,
    signInKind: 'persona',
    refusesCrossOriginWrites: false,
    signInBody: (persona: PersonaId) => ({ userId: persona }),
    signIn: (persona) => signInWith(baseUrl, persona, target.signInBody(persona)),
    async reset() {
      // A new database: sessions live in it, and the store forgets its idempotency keys with it.
      backend.replaceDatabase(createTestDatabase(CONTRACT_SEED));
    },
    // Anything the suite sends elsewhere is a mistake in the suite: fail loudly instead of going online.
    start: () => server.listen({ onUnhandledRequest: 'error' }),
    stop: () => server.close(),
  };
  return target;
}

import { http } from 'msw';
import type { MockBackend } from '../backend';
import { devHandlers } from './dev';
import { faultInjection } from './faults';

/**
 * The mock API: fault injection, the developer panel's controls, then every request handed to the real
 * router (the server's own code) over the in-memory store. Shared by the browser worker and Node tests.
 */
export function createHandlers(backend: MockBackend, base = '/api') {
  return [
    faultInjection(backend, base),
    ...devHandlers(backend, base),
    http.all(`${base}/*`, async ({ request }) => {
      const { jar } = backend;
      // Without a device jar (the contract suite) the request goes through exactly as its client sent it.
      if (!jar) return backend.app.fetch(request);
      await jar.settle(async (userId) =>
        backend.app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) }),
      );
      const response = await backend.app.fetch(jar.attach(request));
      jar.remember(response);
      return response;
    }),
  ];
}

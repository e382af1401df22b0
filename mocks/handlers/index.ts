import { http } from 'msw';
import type { MockBackend } from '../backend';
import { devHandlers } from './dev';
import { faultInjection } from './faults';
import { underBase } from './match';

/**
 * The mock API: fault injection, the developer panel's controls, then every request handed to the real
 * router (the server's own code) over the in-memory store. Shared by the browser worker and Node tests.
 */
export function createHandlers(backend: MockBackend, base = '/api') {
  return [
    faultInjection(backend, base),
    ...devHandlers(backend, base),
    http.all(underBase(base), async ({ request }) => {
      const { device } = backend;
      // Without a device session (the contract suite) the request goes through exactly as its client sent it.
      if (!device) return backend.app.fetch(request);
      const env = { deviceSession: device };
      await device.settle(async (userId) =>
        backend.app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) }, env),
      );
      return backend.app.fetch(request, env);
    }),
  ];
}

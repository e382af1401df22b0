import { delay, http, HttpResponse } from 'msw';
import { problems } from '../../server/core/problems';
import { problemResponse } from '../../server/http/respond';
import type { MockBackend } from '../backend';
import { underBase } from './match';

/**
 * Runs before every API handler. Returning nothing passes the request on to the real handler;
 * the developer endpoints under /__mock are exempt so the panel keeps working while "offline".
 */
export function faultInjection(backend: MockBackend, base: string) {
  return http.all(underBase(base), async ({ request }) => {
    if (new URL(request.url).pathname.includes('/__mock/')) return undefined;
    const { latencyMs, offline, errorRate } = backend.faults;
    if (latencyMs > 0) await delay(latencyMs);
    if (offline) return HttpResponse.error();
    if (errorRate > 0 && backend.random() < errorRate) return problemResponse(problems.serverError().problem);
    return undefined;
  });
}

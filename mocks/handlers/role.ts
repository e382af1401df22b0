import { http, HttpResponse } from 'msw';
import type { MockBackend } from '../backend';
import { requireUser } from '../http';

export function roleHandlers(backend: MockBackend, base: string) {
  return [
    http.get(`${base}/role`, () => {
      requireUser(backend);
      return HttpResponse.json(backend.db.role);
    }),
  ];
}

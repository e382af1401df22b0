import { http, HttpResponse } from 'msw';
import { QUALIFICATION_IDS, type RoleStats } from '../../src/domain';
import type { MockBackend } from '../backend';
import { requireUser } from '../http';

export function roleHandlers(backend: MockBackend, base: string) {
  return [
    http.get(`${base}/role`, () => {
      requireUser(backend);
      return HttpResponse.json(backend.db.role);
    }),

    /** How many active candidates (visible to the caller) meet each qualification. */
    http.get(`${base}/role/stats`, () => {
      const user = requireUser(backend);
      const active = backend.db.visibleSummaries(user).filter((c) => c.status === 'active');
      const stats: RoleStats = {
        activeTotal: active.length,
        qualifications: QUALIFICATION_IDS.map((id) => ({
          id,
          met: active.filter((c) => c.met.includes(id)).length,
          partial: active.filter((c) => c.partial.includes(id)).length,
        })),
      };
      return HttpResponse.json(stats);
    }),
  ];
}

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
      const counts = new Map(QUALIFICATION_IDS.map((id) => [id, { id, met: 0, partial: 0 }]));
      let activeTotal = 0;
      // One pass over the list: at 10,000 candidates, sixteen filters would be sixteen passes.
      for (const candidate of backend.db.visibleSummaries(user)) {
        if (candidate.status !== 'active') continue;
        activeTotal += 1;
        for (const id of candidate.met) counts.get(id)!.met += 1;
        for (const id of candidate.partial) counts.get(id)!.partial += 1;
      }
      const stats: RoleStats = { activeTotal, qualifications: [...counts.values()] };
      return HttpResponse.json(stats);
    }),
  ];
}

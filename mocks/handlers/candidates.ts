import { http, HttpResponse } from 'msw';
import { type CandidateList, decideMove, MoveRequestSchema, type MoveResult } from '../../src/domain';
import type { MockBackend } from '../backend';
import { idempotent, parseBody, problems, readJson, requireUser, requireVersion } from '../http';
import { redactFor, visibleCandidate } from './candidate-access';

export function candidateHandlers(backend: MockBackend, base: string) {
  return [
    http.get(`${base}/candidates`, () => {
      const user = requireUser(backend);
      const items = backend.db.visibleSummaries(user);
      return HttpResponse.json({ items, total: items.length } satisfies CandidateList);
    }),

    http.get(`${base}/candidates/:id`, ({ params }) => {
      const user = requireUser(backend);
      const candidate = visibleCandidate(backend, user, String(params.id));
      return HttpResponse.json(redactFor(user, candidate), { headers: { ETag: `"${candidate.version}"` } });
    }),

    http.get(`${base}/candidates/:id/activity`, ({ params }) => {
      const user = requireUser(backend);
      const candidate = visibleCandidate(backend, user, String(params.id));
      const items = backend.db.activityOf(candidate.id).sort((a, b) => b.at.localeCompare(a.at));
      return HttpResponse.json({ items });
    }),

    http.post(`${base}/candidates/:id/moves`, async ({ request, params }) => {
      const user = requireUser(backend);
      const id = String(params.id);
      visibleCandidate(backend, user, id);
      const body = await readJson(request);
      return idempotent(backend, request, user, body, () => {
        const version = requireVersion(request);
        const { toStage } = parseBody(MoveRequestSchema, body);
        const current = backend.db.candidate(id)!;
        const decision = decideMove(user.role, current, toStage);
        if (!decision.allowed) {
          return decision.kind === 'forbidden' ? problems.forbidden(decision.reason) : problems.invalid(decision.reason);
        }
        if (version !== current.version) return problems.conflict(backend.db.summaryFor(user, id));

        const at = backend.now().toISOString();
        const moved = backend.db.updateCandidate(id, ({ version: _v, ...rest }) => ({ ...rest, stage: toStage, stageEnteredAt: at }));
        backend.db.appendActivity({
          candidateId: id,
          at,
          actor: { id: user.id, name: user.name },
          type: 'stage_changed',
          from: current.stage,
          to: toStage,
        });
        backend.db.notifyChanged();
        return HttpResponse.json({ candidate: backend.db.summaryFor(user, moved.id)! } satisfies MoveResult, {
          headers: { ETag: `"${moved.version}"` },
        });
      });
    }),
  ];
}

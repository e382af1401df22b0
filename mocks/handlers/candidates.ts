import { http, HttpResponse } from 'msw';
import {
  type ActivityEntry,
  type CandidateList,
  decideMove,
  MoveRequestSchema,
  type MoveResult,
  seesWholePipeline,
  type User,
} from '../../src/domain';
import type { MockBackend } from '../backend';
import { idempotent, parseBody, problems, readJson, requireUser, requireVersion } from '../http';
import { redactFor, visibleCandidate } from './candidate-access';

/**
 * Blind review reaches the timeline too: an interviewer sees no notes (the hiring team's opinions) and
 * no scorecard submissions (with their recommendations) until their own scorecard is submitted.
 */
function activityVisibleTo(backend: MockBackend, user: User, entry: ActivityEntry): boolean {
  if (seesWholePipeline(user.role)) return true;
  if (entry.type === 'note_added') return false;
  if (entry.type === 'scorecard_submitted') return entry.actor.id === user.id || backend.db.hasSubmittedFor(user.id, entry.candidateId);
  return true;
}

export function candidateHandlers(backend: MockBackend, base: string) {
  return [
    http.get(`${base}/candidates`, () => {
      const user = requireUser(backend);
      const items = backend.db.visibleSummaries(user);
      // Not HttpResponse.json: it copies the whole body into a Blob only to compute Content-Length, and
      // at 10,000 candidates (~4 MB) that copy runs on the page's main thread while the board waits.
      const body = JSON.stringify({ items, total: items.length } satisfies CandidateList);
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
    }),

    http.get(`${base}/candidates/:id`, ({ params }) => {
      const user = requireUser(backend);
      const candidate = visibleCandidate(backend, user, String(params.id));
      return HttpResponse.json(redactFor(user, candidate), { headers: { ETag: `"${candidate.version}"` } });
    }),

    http.get(`${base}/candidates/:id/activity`, ({ params }) => {
      const user = requireUser(backend);
      const candidate = visibleCandidate(backend, user, String(params.id));
      const items = backend.db
        .activityOf(candidate.id)
        .filter((entry) => activityVisibleTo(backend, user, entry))
        .sort((a, b) => b.at.localeCompare(a.at));
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
        // Who may do it (403), then whether it's based on the latest version (412), then whether it's possible (422):
        // a stale client learns what changed instead of being told an outdated state is invalid.
        const decision = decideMove(user.role, current, toStage);
        if (!decision.allowed && decision.kind === 'forbidden') return problems.forbidden(decision.reason);
        if (version !== current.version) return problems.conflict(backend.db.summaryFor(user, id));
        if (!decision.allowed) return problems.invalid(decision.reason);

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

import { http, HttpResponse } from 'msw';
import {
  AssessmentUpdateSchema,
  type Candidate,
  CandidateDraftSchema,
  canAddCandidates,
  canEditAssessments,
  decideStatusChange,
  type EmailLookup,
  NoteRequestSchema,
  PROBLEM_TYPES,
  QUALIFICATION_IDS,
  QualificationIdSchema,
  StatusActionSchema,
  type StatusChange,
  type User,
} from '../../src/domain';
import type { MockBackend } from '../backend';
import { idempotent, parseBody, problem, problems, readJson, requireUser, requireVersion } from '../http';
import { actorOf, redactFor, visibleCandidate } from './candidate-access';

function withEtag(user: User, candidate: Candidate, status = 200): Response {
  return HttpResponse.json(redactFor(user, candidate), { status, headers: { ETag: `"${candidate.version}"` } });
}

function requireCurrentVersion(request: Request, user: User, candidate: Candidate): void {
  const version = requireVersion(request);
  if (version !== candidate.version) throw problems.conflict(redactFor(user, candidate));
}

/** The candidate record: creating one, its assessments, its status and its notes. */
export function candidateRecordHandlers(backend: MockBackend, base: string) {
  return [
    // Registered before /candidates/:id so that "lookup" is not read as an id.
    http.get(`${base}/candidates/lookup`, ({ request }) => {
      const user = requireUser(backend);
      if (!canAddCandidates(user.role)) throw problems.forbidden('Interviewers cannot look up candidates by email.');
      const email = new URL(request.url).searchParams.get('email') ?? '';
      const match = email ? backend.db.findByEmail(email) : undefined;
      return HttpResponse.json({ match: match ? { id: match.id, name: match.name } : null } satisfies EmailLookup);
    }),

    http.post(`${base}/candidates`, async ({ request }) => {
      const user = requireUser(backend);
      if (!canAddCandidates(user.role)) throw problems.forbidden('Interviewers cannot add candidates.');
      const body = await readJson(request);
      return idempotent(backend, request, user, body, () => {
        const draft = parseBody(CandidateDraftSchema, body);
        const existing = backend.db.findByEmail(draft.email);
        if (existing) {
          return problem(409, PROBLEM_TYPES.validation, 'Already a candidate', `${existing.name} already has this email address.`, {
            errors: { email: ['A candidate with this email already exists.'] },
            existing: { id: existing.id, name: existing.name },
          });
        }
        const at = backend.now().toISOString();
        const created = backend.db.insertCandidate((id) => ({
          id,
          version: 1,
          ...draft,
          phone: draft.phone || undefined,
          stage: 'applied',
          status: 'active',
          statusChange: null,
          appliedAt: at,
          stageEnteredAt: at,
          assessments: Object.fromEntries(
            QUALIFICATION_IDS.map((q) => [q, { status: 'unknown', evidence: '', updatedBy: null, updatedAt: null }]),
          ) as Candidate['assessments'],
        }));
        backend.db.appendActivity({ candidateId: created.id, at, actor: actorOf(user), type: 'created' });
        backend.db.notifyChanged();
        return withEtag(user, created, 201);
      });
    }),

    http.put(`${base}/candidates/:id/assessments/:qualificationId`, async ({ request, params }) => {
      const user = requireUser(backend);
      const candidate = visibleCandidate(backend, user, String(params.id));
      if (!canEditAssessments(user.role)) throw problems.forbidden('Interviewers rate qualifications in their scorecards, not here.');
      const qualification = QualificationIdSchema.safeParse(params.qualificationId);
      if (!qualification.success) throw problems.notFound('This qualification');
      const update = parseBody(AssessmentUpdateSchema, await readJson(request));
      requireCurrentVersion(request, user, candidate);

      const at = backend.now().toISOString();
      const previous = candidate.assessments[qualification.data];
      const updated = backend.db.updateCandidate(candidate.id, ({ version: _v, ...rest }) => ({
        ...rest,
        assessments: {
          ...rest.assessments,
          [qualification.data]: { status: update.status, evidence: update.evidence, updatedBy: actorOf(user), updatedAt: at },
        },
      }));
      backend.db.appendActivity({
        candidateId: candidate.id,
        at,
        actor: actorOf(user),
        type: 'assessment_changed',
        qualificationId: qualification.data,
        from: previous.status,
        to: update.status,
        evidence: update.evidence,
      });
      backend.db.notifyChanged();
      return withEtag(user, updated);
    }),

    http.post(`${base}/candidates/:id/status`, async ({ request, params }) => {
      const user = requireUser(backend);
      const id = String(params.id);
      visibleCandidate(backend, user, id);
      const body = await readJson(request);
      return idempotent(backend, request, user, body, () => {
        const action = parseBody(StatusActionSchema, body);
        const candidate = backend.db.candidate(id)!;
        // 403, then 412, then 422: see the moves handler.
        const decision = decideStatusChange(user.role, candidate, action.action);
        if (!decision.allowed && decision.kind === 'forbidden') return problems.forbidden(decision.reason);
        requireCurrentVersion(request, user, candidate);
        if (!decision.allowed) return problems.invalid(decision.reason);

        const at = backend.now().toISOString();
        const by = actorOf(user);
        const next: { status: Candidate['status']; statusChange: StatusChange | null } =
          action.action === 'restore'
            ? { status: 'active', statusChange: null }
            : action.action === 'hire'
              ? { status: 'hired', statusChange: { reason: 'Offer accepted', note: action.note, unmetQualifications: [], at, by } }
              : {
                  status: action.action === 'reject' ? 'rejected' : 'withdrawn',
                  statusChange: {
                    reason: action.reason,
                    note: action.note,
                    unmetQualifications: action.action === 'reject' ? action.unmetQualifications : [],
                    at,
                    by,
                  },
                };
        const updated = backend.db.updateCandidate(id, ({ version: _v, ...rest }) => ({ ...rest, ...next }));
        backend.db.appendActivity({
          candidateId: id,
          at,
          actor: by,
          type: 'status_changed',
          from: candidate.status,
          to: next.status,
          reason: next.statusChange?.reason ?? null,
          note: next.statusChange?.note || undefined,
        });
        backend.db.notifyChanged();
        return withEtag(user, updated);
      });
    }),

    http.post(`${base}/candidates/:id/notes`, async ({ request, params }) => {
      const user = requireUser(backend);
      const candidate = visibleCandidate(backend, user, String(params.id));
      if (!canAddCandidates(user.role)) throw problems.forbidden('Interviewers keep their notes in their scorecards.');
      const body = await readJson(request);
      return idempotent(backend, request, user, body, () => {
        const { text } = parseBody(NoteRequestSchema, body);
        const entry = backend.db.appendActivity({
          candidateId: candidate.id,
          at: backend.now().toISOString(),
          actor: actorOf(user),
          type: 'note_added',
          text,
        });
        backend.db.notifyChanged();
        return HttpResponse.json(entry, { status: 201 });
      });
    }),
  ];
}

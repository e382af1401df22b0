/**
 * The requests the test sends and the answer each one should get, following docs/api.md: load → 404 if
 * not visible → 403 if not allowed → 428/412 on the version → 422 if not possible → the change, saved with
 * exactly one activity entry.
 */
import { type ActivityEntry, PROBLEM_TYPES, type StatusAction, toEntityTag, type UserRole } from '../../src/domain';
import type { ActivityMark, CandidateState, Effect, Model, Outcome, ScorecardState, SentIfMatch, Write, WriteSpec } from './model';
import type { ApiRequest } from './world';

const KEYED = new Set<WriteSpec['kind']>(['move', 'status', 'note', 'create', 'submit']);

/** The candidate a write is about (for a create: none until it exists). */
export function candidateOf(model: Model, spec: WriteSpec): string | null {
  if (spec.kind === 'create') return null;
  if (spec.kind === 'draft' || spec.kind === 'submit') return model.interview(spec.interviewId).candidateId;
  return spec.candidateId;
}

function routeOf(spec: WriteSpec): [ApiRequest['method'], string, unknown] {
  switch (spec.kind) {
    case 'move':
      return ['POST', `/api/candidates/${spec.candidateId}/moves`, { toStage: spec.toStage }];
    case 'status':
      return ['POST', `/api/candidates/${spec.candidateId}/status`, spec.action];
    case 'assess':
      return ['PUT', `/api/candidates/${spec.candidateId}/assessments/${spec.qualificationId}`, { status: spec.status, evidence: spec.evidence }];
    case 'note':
      return ['POST', `/api/candidates/${spec.candidateId}/notes`, { text: spec.text }];
    case 'create':
      return ['POST', '/api/candidates', createBody(spec.name, spec.email)];
    case 'draft':
      return ['PUT', `/api/interviews/${spec.interviewId}/scorecard`, spec.content];
    case 'submit':
      return ['POST', `/api/interviews/${spec.interviewId}/scorecard/submit`, spec.content];
  }
}

export function createBody(name: string, email: string) {
  return { name, email, headline: 'Backend Engineer', company: 'Acme Payments', location: 'Remote', yearsExperience: 6, source: 'referral', links: [] };
}

/** Makes a write concrete: the If-Match from the model's versions, a fresh Idempotency-Key, the request. */
export function prepare(model: Model, spec: WriteSpec): Write {
  const scorecard = spec.kind === 'draft' || spec.kind === 'submit';
  const base = scorecard ? (model.scorecards.get(spec.interviewId)?.version ?? 0) : spec.kind === 'note' || spec.kind === 'create' ? null : (model.candidates.get(spec.candidateId)?.version ?? 1);
  const choice = 'version' in spec ? spec.version : 'missing';
  let ifMatch: SentIfMatch = { kind: 'missing' };
  if (base !== null && choice === 'current' && base > 0) ifMatch = { kind: 'version', v: base };
  if (base !== null && choice === 'stale') ifMatch = { kind: 'version', v: Math.max(0, base - 1) };
  if (base !== null && choice === 'weak') ifMatch = { kind: 'weak', v: base };
  const headers: Record<string, string> = {};
  if (ifMatch.kind === 'version') headers['If-Match'] = toEntityTag(ifMatch.v);
  if (ifMatch.kind === 'weak') headers['If-Match'] = `W/${toEntityTag(ifMatch.v)}`;
  const key = KEYED.has(spec.kind) ? `key-${model.nextKey++}` : null;
  if (key) headers['Idempotency-Key'] = key;
  const [method, path, body] = routeOf(spec);
  return { spec, ifMatch, key, request: { userId: spec.userId, method, path, headers, body: JSON.stringify(body) } };
}

const refuse = (status: number, type?: string): Outcome => (type ? { status, type } : { status });

function versionRefusal(ifMatch: SentIfMatch, current: number): Outcome | null {
  if (ifMatch.kind === 'missing') return refuse(428, PROBLEM_TYPES.versionRequired);
  if (ifMatch.kind === 'weak' || ifMatch.v !== current) return refuse(412, PROBLEM_TYPES.versionConflict);
  return null;
}

/** DESIGN §1-§2: who may reject, withdraw, restore or hire, and when. */
function statusDecision(role: UserRole, c: CandidateState, action: StatusAction['action']): 'ok' | 'forbidden' | 'invalid' {
  switch (action) {
    case 'hire':
      if (role !== 'hiring_manager') return 'forbidden';
      return c.status === 'active' && c.stage === 'offer' ? 'ok' : 'invalid';
    case 'reject':
    case 'withdraw':
      return c.status === 'active' ? 'ok' : 'invalid';
    case 'restore':
      if (c.status !== 'rejected' && c.status !== 'withdrawn') return 'invalid';
      // A recruiter never reverses the hiring manager's decision, nor touches a candidate in offer.
      return role === 'recruiter' && (c.decidedBy === 'hiring_manager' || c.stage === 'offer') ? 'forbidden' : 'ok';
  }
}

const STATUS_AFTER = { hire: 'hired', reject: 'rejected', withdraw: 'withdrawn', restore: 'active' } as const;

/** The answer `write` should get from the API in the state `model` describes. */
export function expectOutcome(model: Model, write: Write): Outcome {
  const { spec } = write;
  const role = model.role(spec.userId);
  const actorId = spec.userId;
  if (spec.kind === 'create') {
    if (role === 'interviewer') return refuse(403);
    if (model.emails.has(spec.email.toLowerCase())) return refuse(409);
    const id = model.nextCandidateId();
    const state: CandidateState = { version: 1, stage: 'applied', status: 'active', decidedBy: null };
    return { status: 201, effect: { candidate: { id, state }, activity: { candidateId: id, type: 'created', actorId }, email: spec.email.toLowerCase() } };
  }
  if (spec.kind === 'draft' || spec.kind === 'submit') {
    const interview = model.interview(spec.interviewId);
    if (interview.interviewerId !== spec.userId) return refuse(404);
    const current = model.scorecards.get(interview.id);
    if (current?.status === 'submitted') return refuse(409, PROBLEM_TYPES.invalidTransition);
    const version = current ? versionRefusal(write.ifMatch, current.version) : null;
    if (version) return version;
    // Not ready to submit is a 422: after the version, as every 422.
    const { recommendation, takeaways } = spec.content;
    if (spec.kind === 'submit' && (recommendation === null || takeaways.trim() === '')) return refuse(422);
    const state: ScorecardState = { version: (current?.version ?? 0) + 1, status: spec.kind === 'submit' ? 'submitted' : 'draft' };
    const activity: ActivityMark = { candidateId: interview.candidateId, type: 'scorecard_submitted', actorId };
    if (spec.kind === 'draft') return { status: current ? 200 : 201, effect: { scorecard: { id: interview.id, state } } };
    return { status: 200, effect: { scorecard: { id: interview.id, state }, activity } };
  }
  const current = model.candidates.get(spec.candidateId);
  if (!current || !model.visible(spec.userId, spec.candidateId)) return refuse(404, PROBLEM_TYPES.notFound);
  if (role === 'interviewer') return refuse(403, PROBLEM_TYPES.forbidden);
  if (spec.kind === 'note') return { status: 201, effect: { activity: { candidateId: spec.candidateId, type: 'note_added', actorId } } };
  let invalid = false;
  let next: CandidateState = { ...current, version: current.version + 1 };
  let type: ActivityEntry['type'] = 'assessment_changed';
  if (spec.kind === 'move') {
    if (role === 'recruiter' && (spec.toStage === 'offer' || current.stage === 'offer')) return refuse(403, PROBLEM_TYPES.forbidden);
    invalid = current.status !== 'active' || current.stage === spec.toStage;
    next = { ...next, stage: spec.toStage };
    type = 'stage_changed';
  } else if (spec.kind === 'status') {
    const decision = statusDecision(role, current, spec.action.action);
    if (decision === 'forbidden') return refuse(403, PROBLEM_TYPES.forbidden);
    invalid = decision === 'invalid';
    next = { ...next, status: STATUS_AFTER[spec.action.action], decidedBy: spec.action.action === 'restore' ? null : role };
    type = 'status_changed';
  }
  const version = versionRefusal(write.ifMatch, current.version);
  if (version) return version;
  if (invalid) return refuse(422, PROBLEM_TYPES.invalidTransition);
  return { status: 200, effect: { candidate: { id: spec.candidateId, state: next }, activity: { candidateId: spec.candidateId, type, actorId } } };
}

/** What a successful write changes in the model. */
export function applyEffect(model: Model, effect: Effect): void {
  if (effect.candidate) model.candidates.set(effect.candidate.id, { ...effect.candidate.state });
  if (effect.scorecard) model.scorecards.set(effect.scorecard.id, { ...effect.scorecard.state });
  if (effect.email) model.emails.add(effect.email);
  if (effect.activity) model.activity.set(effect.activity.candidateId, (model.activity.get(effect.activity.candidateId) ?? 0) + 1);
}

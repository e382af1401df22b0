/** Checks of answers and of the stored state against the model. Each failure says which rule broke. */
import { isDeepStrictEqual } from 'node:util';
import { toEntityTag } from '../../src/domain';
import type { MemoryDatabase } from '../../server/stores/memory/memory-database';
import type { ActivityMark, Model, Outcome, Write } from './model';
import type { ApiRequest, ApiResponse } from './world';

export function fail(message: string): never {
  throw new Error(message);
}

export function same(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) fail(`${what}\n  expected: ${JSON.stringify(expected)}\n  received: ${JSON.stringify(actual)}`);
}

/** A field of a JSON value, or undefined. */
export function get(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

export function describeRequest(request: ApiRequest): string {
  const headers = Object.entries(request.headers).map(([k, v]) => `${k}: ${v}`).join(', ');
  const body = request.body === undefined ? '' : ` ${request.body.length > 160 ? `${request.body.slice(0, 160)}…` : request.body}`;
  return `${request.userId ?? '(no session)'} ${request.method} ${request.path}${headers ? ` [${headers}]` : ''}${body}`;
}

function describeAnswer(response: ApiResponse): string {
  return `${response.status}${response.replayed ? ' (replayed)' : ''} ${response.text.length > 400 ? `${response.text.slice(0, 400)}…` : response.text}`;
}

/** The version of the resource a write is about, as the model holds it now. */
function currentVersion(model: Model, write: Write): number | undefined {
  const { spec } = write;
  if (spec.kind === 'draft' || spec.kind === 'submit') return model.scorecards.get(spec.interviewId)?.version;
  if (spec.kind === 'create') return undefined;
  return model.candidates.get(spec.candidateId)?.version;
}

/**
 * Checks one answer against what the model expected. `model` already holds the effects of the current step,
 * so a 412 must carry the resource as it is now.
 */
export function checkAnswer(model: Model, write: Write, expected: Outcome, response: ApiResponse): void {
  const what = `${describeRequest(write.request)}\n  answered ${describeAnswer(response)}`;
  if (response.status !== expected.status) fail(`Expected HTTP ${expected.status}.\n  ${what}`);
  const body = response.json;
  if (response.status >= 400) {
    if (get(body, 'status') !== response.status) fail(`A refusal must be a problem document.\n  ${what}`);
    if (expected.type && get(body, 'type') !== expected.type) fail(`Expected problem type ${expected.type}.\n  ${what}`);
    if (response.status === 412) same(get(body, 'current', 'version'), currentVersion(model, write), `A 412 must carry the current version.\n  ${what}\n  current.version`);
    return;
  }
  if (response.replayed) fail(`A first request was answered as a replay.\n  ${what}`);
  const effect = expected.effect!;
  const state = effect.candidate?.state;
  const version = state?.version ?? effect.scorecard?.state.version;
  if (version !== undefined) same(response.etag, toEntityTag(version), `The ETag must be the new version.\n  ${what}\n  ETag`);
  const { spec } = write;
  const fields = (value: unknown, keys: string[]) => Object.fromEntries(keys.map((k) => [k, get(value, k)]));
  switch (spec.kind) {
    case 'move':
      same(fields(get(body, 'candidate'), ['id', 'version', 'stage', 'status']), { id: spec.candidateId, version, stage: state!.stage, status: state!.status }, `The moved candidate.\n  ${what}`);
      break;
    case 'status':
    case 'assess':
    case 'create':
      same(fields(body, ['id', 'version', 'stage', 'status']), { id: effect.candidate!.id, version, stage: state!.stage, status: state!.status }, `The written candidate.\n  ${what}`);
      if (spec.kind === 'assess') same(get(body, 'assessments', spec.qualificationId, 'status'), spec.status, `The saved assessment.\n  ${what}`);
      break;
    case 'note':
      same(fields(body, ['type', 'candidateId', 'text']), { type: 'note_added', candidateId: spec.candidateId, text: spec.text }, `The note.\n  ${what}`);
      break;
    case 'draft':
    case 'submit':
      same(
        [get(body, 'interviewId'), get(body, 'version'), get(body, 'status'), get(body, 'author', 'id')],
        [spec.interviewId, version, effect.scorecard!.state.status, spec.userId],
        `The saved scorecard [interviewId, version, status, author].\n  ${what}`,
      );
  }
}

/** A retry with the same Idempotency-Key and body gets the first answer, byte for byte, marked as a replay. */
export function checkReplay(first: ApiResponse, again: ApiResponse, request: ApiRequest): void {
  const what = `Retrying ${describeRequest(request)}\n  first answer: ${describeAnswer(first)}\n  retry answer: ${describeAnswer(again)}`;
  if (again.status !== first.status || again.text !== first.text || again.etag !== first.etag) fail(`A replay must return the first answer.\n  ${what}`);
  if (!again.replayed) fail(`A replay must say so (Idempotent-Replayed: true).\n  ${what}`);
}

/**
 * The store holds exactly what the model says: every candidate's version (versions only grow, by one per
 * successful write, never on a refusal or a replay), stage, status, decider, number of activity entries,
 * and every scorecard's version and status.
 */
export function checkState(model: Model, db: MemoryDatabase): void {
  same([...db.allCandidates()].map((c) => c.id).sort(), [...model.candidates.keys()].sort(), 'The candidates in the store');
  for (const c of db.allCandidates()) {
    const expected = model.candidates.get(c.id)!;
    const by = c.statusChange?.by;
    const decidedBy = by ? (by.role ?? model.users.get(by.id)?.role ?? null) : null;
    same({ version: c.version, stage: c.stage, status: c.status, decidedBy }, expected, `Candidate ${c.id} in the store (versions grow by one per successful write only)`);
    same(db.activityOf(c.id).length, model.activity.get(c.id), `Activity entries of ${c.id} (one per successful change, none for refusals and replays)`);
  }
  for (const interview of model.interviews) {
    const s = db.scorecardFor(interview.id);
    same(s ? { version: s.version, status: s.status } : null, model.scorecards.get(interview.id) ?? null, `Scorecard of ${interview.id} in the store`);
  }
}

/** The entries appended in this step are exactly one per successful change, of its type, by its author. */
export function checkNewActivity(db: MemoryDatabase, before: ReadonlyMap<string, number>, marks: readonly ActivityMark[]): void {
  const byCandidate = new Map<string, string[]>();
  for (const mark of marks) byCandidate.set(mark.candidateId, [...(byCandidate.get(mark.candidateId) ?? []), `${mark.type} by ${mark.actorId}`]);
  for (const [candidateId, expected] of byCandidate) {
    const added = db.activityOf(candidateId).slice(before.get(candidateId) ?? 0).map((e) => `${e.type} by ${e.actor.id}`);
    same(added.sort(), expected.sort(), `New activity entries of ${candidateId}`);
  }
}

/** Pieces of the commands: how a write reads in a counterexample, the junk requests, reads through HTTP. */
import { toEntityTag } from '../../src/domain';
import { fail, get, same } from './checks';
import type { Model, WriteSpec } from './model';
import { checkViews, httpReader, needsDecision } from './views';
import type { ApiRequest, World } from './world';

export function describeSpec(spec: WriteSpec): string {
  const ifMatch = 'version' in spec ? ` (If-Match: ${spec.version})` : '';
  switch (spec.kind) {
    case 'move':
      return `${spec.userId} moves ${spec.candidateId} to ${spec.toStage}${ifMatch}`;
    case 'status':
      return `${spec.userId} changes status of ${spec.candidateId}: ${JSON.stringify(spec.action)}${ifMatch}`;
    case 'assess':
      return `${spec.userId} assesses ${spec.candidateId} ${spec.qualificationId}=${spec.status}${ifMatch}`;
    case 'note':
      return `${spec.userId} adds a note to ${spec.candidateId}`;
    case 'create':
      return `${spec.userId} adds candidate ${spec.name} <${spec.email}>`;
    case 'draft':
    case 'submit':
      return `${spec.userId} ${spec.kind === 'draft' ? 'saves a draft of' : 'submits'} scorecard ${spec.interviewId}${ifMatch} ${JSON.stringify(spec.content)}`;
  }
}

export const JUNK_KINDS = ['text-plain', 'malformed-json', 'control-chars', 'unknown-stage', 'no-idempotency-key', 'cross-site', 'no-session'] as const;
export type JunkKind = (typeof JUNK_KINDS)[number];

/** A request the API must refuse, and the status it must refuse it with (DESIGN §3). */
export function junkRequest(model: Model, userId: string, candidateId: string, junk: JunkKind): { request: ApiRequest; status: number } {
  const notes = `/api/candidates/${candidateId}/notes`;
  const moves = `/api/candidates/${candidateId}/moves`;
  const key = { 'Idempotency-Key': `junk-${model.nextKey++}` };
  const version = toEntityTag(model.candidates.get(candidateId)?.version ?? 1);
  // Past the HTTP layer, the core answers 404 (not visible), then 403 (interviewers may not write).
  const core = !model.visible(userId, candidateId) ? 404 : model.role(userId) === 'interviewer' ? 403 : null;
  switch (junk) {
    case 'text-plain':
      return { request: { userId, method: 'POST', path: notes, headers: { ...key, 'Content-Type': 'text/plain' }, body: 'hello' }, status: 415 };
    case 'malformed-json':
      return { request: { userId, method: 'POST', path: moves, headers: { ...key, 'If-Match': version }, body: '{"toStage":' }, status: 400 };
    case 'control-chars':
      return { request: { userId, method: 'POST', path: notes, headers: key, body: JSON.stringify({ text: 'ring \u0007 bell' }) }, status: 422 };
    case 'unknown-stage':
      return { request: { userId, method: 'POST', path: moves, headers: { ...key, 'If-Match': version }, body: '{"toStage":"hired"}' }, status: core ?? 422 };
    case 'no-idempotency-key':
      return { request: { userId, method: 'POST', path: notes, headers: {}, body: '{"text":"No key."}' }, status: core ?? 400 };
    case 'cross-site':
      return { request: { userId, method: 'POST', path: notes, headers: { ...key, 'Sec-Fetch-Site': 'cross-site' }, body: '{"text":"From elsewhere."}' }, status: 403 };
    case 'no-session':
      return { request: { userId: null, method: 'GET', path: `/api/candidates/${candidateId}`, headers: {} }, status: 401 };
  }
}

/**
 * One person's reads through the router: the list and the candidate's three views (checked like the core
 * reads after every step), their own interviews, and each interview of the candidate (theirs or 404).
 */
export async function viewThroughHttp(model: Model, world: World, userId: string, candidateId: string): Promise<void> {
  await checkViews(model, world, httpReader(world), [userId], [candidateId]);
  const send = (path: string) => world.send({ userId, method: 'GET', path, headers: {} });
  const mine = await send('/api/me/interviews');
  same(mine.status, 200, `${userId}'s interviews`);
  const rows = (get(mine.json, 'items') as { interview: { id: string }; scorecard: { progress: string } }[]).map((row) => [row.interview.id, row.scorecard.progress]);
  const expected = model.interviews.filter((i) => i.interviewerId === userId).map((i) => [i.id, model.scorecards.get(i.id)?.status ?? 'missing']);
  same(rows.sort(), expected.sort(), `${userId}'s interviews and their scorecards' progress`);
  const queue = await send('/api/review/queue');
  if (model.role(userId) === 'interviewer') same(queue.status, 403, `${userId} asking for the review queue`);
  else {
    const waiting = (get(queue.json, 'items') as { candidate: { id: string } }[]).map((item) => item.candidate.id).sort();
    same(waiting, [...model.candidates.keys()].filter((id) => needsDecision(model, id)).sort(), `The review queue ${userId} sees`);
  }
  for (const interview of model.interviewsOf(candidateId)) {
    const detail = await send(`/api/interviews/${interview.id}`);
    if (interview.interviewerId !== userId) {
      same(detail.status, 404, `${userId} opening ${interview.interviewerId}'s interview ${interview.id}`);
      continue;
    }
    if (detail.status !== 200) fail(`${userId} could not open their own interview ${interview.id}: ${detail.status}`);
    same(get(detail.json, 'scorecard', 'version') ?? null, model.scorecards.get(interview.id)?.version ?? null, `${userId}'s scorecard of ${interview.id}`);
  }
}

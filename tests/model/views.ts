/**
 * Who sees what (DESIGN §1): every answer anyone receives is scanned for what they may not see, and after
 * every step each person's views of the candidates it touched are compared with what the model allows.
 */
import { Refusal } from '../../server/core';
import { describeRequest, fail, get, same } from './checks';
import type { Model } from './model';
import type { Received, World } from './world';

type Json = Record<string, unknown>;

function walk(value: unknown, visit: (object: Json, path: string) => void, path = '$'): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') {
    visit(value as Json, path);
    for (const [key, inner] of Object.entries(value)) walk(inner, visit, `${path}.${key}`);
  }
}

/**
 * Everything `userId` may not receive, anywhere in an answer: contact details (interviewers), candidates
 * they don't interview, other people's drafts (anyone), and under blind review other people's scorecards,
 * tallies and submissions, and notes. Versions of candidates are the current ones, except in a replay.
 */
export function scanAnswer(model: Model, userId: string, json: unknown, replayed: boolean): string[] {
  const interviewer = model.role(userId) === 'interviewer';
  const leaks: string[] = [];
  walk(json, (o, path) => {
    const id = typeof o.id === 'string' ? o.id : null;
    if (interviewer && ('email' in o || 'phone' in o)) leaks.push(`${path}: contact details (email/phone)`);
    const candidateLike = id !== null && 'stage' in o && 'status' in o && 'name' in o;
    if (candidateLike && interviewer && !model.visible(userId, id)) leaks.push(`${path}: candidate ${id}, whom they don't interview`);
    if (candidateLike && !replayed && 'version' in o && o.version !== model.candidates.get(id)?.version) {
      leaks.push(`${path}: candidate ${id} at version ${String(o.version)}, but it is at ${model.candidates.get(id)?.version}`);
    }
    if ('needsDecision' in o && interviewer && id !== null) {
      if (o.needsDecision !== false) leaks.push(`${path}: "needs decision" of ${id}`);
      if (model.blind(userId, id) && o.scorecards !== null) leaks.push(`${path}: the scorecard tally of ${id} while blind`);
    }
    if ('interviewId' in o && 'author' in o && 'ratings' in o) {
      const author = get(o, 'author', 'id');
      const candidateId = String(o.candidateId);
      if (author !== userId && o.status === 'draft') leaks.push(`${path}: ${String(author)}'s draft scorecard`);
      if (interviewer && author !== userId && model.blind(userId, candidateId)) leaks.push(`${path}: ${String(author)}'s scorecard of ${candidateId} while blind`);
      if (interviewer && author !== userId && o.privateNotes !== '') leaks.push(`${path}: ${String(author)}'s private notes`);
    }
    if ('actor' in o && 'type' in o && 'candidateId' in o && 'at' in o && interviewer) {
      const actor = get(o, 'actor', 'id');
      const candidateId = String(o.candidateId);
      if (!model.visible(userId, candidateId)) leaks.push(`${path}: activity of ${candidateId}, whom they don't interview`);
      if (o.type === 'note_added') leaks.push(`${path}: a note`);
      if (o.type === 'scorecard_submitted' && actor !== userId && model.blind(userId, candidateId)) {
        leaks.push(`${path}: ${String(actor)}'s scorecard submission on ${candidateId} while blind`);
      }
    }
    if ('blind' in o && Array.isArray(o.interviews)) {
      const candidateId = get(o.interviews[0], 'candidateId');
      const blind = typeof candidateId === 'string' && model.blind(userId, candidateId);
      if (o.blind !== blind) leaks.push(`${path}: blind is ${String(o.blind)}, expected ${blind}`);
    }
  });
  return leaks;
}

/** Scans every answer of a step (with the model as it is after the step: blindness only ever lifts). */
export function scanReceived(model: Model, received: readonly Received[]): void {
  for (const { userId, request, response } of received) {
    if (userId === null) continue;
    const leaks = scanAnswer(model, userId, response.json, response.replayed);
    if (leaks.length) fail(`${userId} received what they may not see:\n  ${leaks.join('\n  ')}\n  in answer to ${describeRequest(request)}\n  ${response.text.slice(0, 600)}`);
  }
}

export type View = 'candidate' | 'activity' | 'scorecards';
export interface Answer {
  status: number;
  json: unknown;
}
/** How views are read: straight from the core (cheap, after every step) or through the router. */
export interface Reader {
  view(userId: string, view: View, candidateId: string): Promise<Answer>;
  list(userId: string): Promise<Answer>;
}

export function coreReader(world: World): Reader {
  const answer = async (read: () => Promise<unknown>): Promise<Answer> => {
    try {
      return { status: 200, json: await read() };
    } catch (error) {
      if (error instanceof Refusal) return { status: error.problem.status, json: error.problem };
      throw error;
    }
  };
  const { read } = world.core;
  return {
    view(userId, view, id) {
      const user = world.user(userId);
      if (view === 'candidate') return answer(() => read.candidate(user, id));
      if (view === 'activity') return answer(() => read.activity(user, id));
      return answer(() => read.candidateScorecards(user, id));
    },
    list: (userId) => answer(() => read.candidates(world.user(userId))),
  };
}

export function httpReader(world: World): Reader {
  const path = { candidate: '', activity: '/activity', scorecards: '/scorecards' };
  return {
    view: (userId, view, id) => world.send({ userId, method: 'GET', path: `/api/candidates/${id}${path[view]}`, headers: {} }),
    list: (userId) => world.send({ userId, method: 'GET', path: '/api/candidates', headers: {} }),
  };
}

/** The interview ids whose scorecards `userId` should read on this candidate's page. */
function readableScorecards(model: Model, userId: string, candidateId: string): string[] {
  const blind = model.blind(userId, candidateId);
  return model
    .interviewsOf(candidateId)
    .filter((i) => {
      const s = model.scorecards.get(i.id);
      if (!s) return false;
      if (i.interviewerId === userId) return true;
      return s.status === 'submitted' && !blind;
    })
    .map((i) => i.id)
    .sort();
}

/** Onsite, active, and every onsite interview has a submitted scorecard: waiting for the hiring manager. */
export function needsDecision(model: Model, candidateId: string): boolean {
  const c = model.candidates.get(candidateId);
  const onsite = model.interviewsOf(candidateId).filter((i) => i.stage === 'onsite');
  return c?.status === 'active' && c.stage === 'onsite' && onsite.length > 0 && onsite.every((i) => model.scorecards.get(i.id)?.status === 'submitted');
}

function submittedCount(model: Model, candidateId: string): number {
  return model.interviewsOf(candidateId).filter((i) => model.scorecards.get(i.id)?.status === 'submitted').length;
}

/** Each person's list, and their views of `candidateIds`, are exactly what the model allows them. */
export async function checkViews(model: Model, world: World, reader: Reader, userIds: readonly string[], candidateIds: readonly string[]): Promise<void> {
  for (const userId of userIds) {
    const interviewer = model.role(userId) === 'interviewer';
    const list = await reader.list(userId);
    const scan = (json: unknown, what: string) => {
      const leaks = scanAnswer(model, userId, json, false);
      if (leaks.length) fail(`${userId} received what they may not see in ${what}:\n  ${leaks.join('\n  ')}`);
    };
    scan(list.json, 'the candidate list');
    const items = (get(list.json, 'items') ?? []) as Json[];
    const visible = [...model.candidates.keys()].filter((id) => model.visible(userId, id)).sort();
    same(items.map((s) => s.id).sort(), visible, `The candidates ${userId} sees in the list`);
    for (const s of items) {
      const id = String(s.id);
      const c = model.candidates.get(id)!;
      const shows = !model.blind(userId, id) && model.interviewsOf(id).length > 0;
      same(
        { version: s.version, stage: s.stage, status: s.status, tally: s.scorecards === null ? null : get(s, 'scorecards', 'submitted'), needsDecision: s.needsDecision },
        { version: c.version, stage: c.stage, status: c.status, tally: shows ? submittedCount(model, id) : null, needsDecision: !interviewer && needsDecision(model, id) },
        `${userId}'s list summary of ${id} (a blind interviewer gets no tally; only the hiring team sees "needs decision")`,
      );
    }
    for (const id of candidateIds) {
      const seen = model.visible(userId, id);
      for (const view of ['candidate', 'activity', 'scorecards'] as const) {
        const answer = await reader.view(userId, view, id);
        const what = `${userId}'s ${view} view of ${id}`;
        if (!seen) {
          same(answer.status, 404, `${what}: ${model.candidates.has(id) ? 'they do not interview this candidate' : 'no such candidate'}`);
          continue;
        }
        same(answer.status, 200, what);
        scan(answer.json, what);
        const c = model.candidates.get(id)!;
        if (view === 'candidate') same([get(answer.json, 'version'), get(answer.json, 'stage'), get(answer.json, 'status')], [c.version, c.stage, c.status], what);
        if (view === 'activity') {
          const blind = model.blind(userId, id);
          const allowed = world.db
            .activityOf(id)
            .filter((e) => !interviewer || (e.type !== 'note_added' && (e.type !== 'scorecard_submitted' || e.actor.id === userId || !blind))).length;
          same((get(answer.json, 'items') as unknown[]).length, interviewer ? allowed : model.activity.get(id), `${what}: number of entries`);
        }
        if (view === 'scorecards') {
          const got = (get(answer.json, 'scorecards') as Json[]).map((s) => String(s.interviewId)).sort();
          same(got, readableScorecards(model, userId, id), `${what}: whose scorecards`);
        }
      }
    }
  }
}

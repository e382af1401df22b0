/** Turning the core's answers and refusals into HTTP responses, the same way on every route. */
import type { Context } from 'hono';
import { type Problem, toEntityTag } from '../../src/domain';
import type { Outcome } from '../core/ports';
import { Refusal } from '../core/problems';

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A refusal as its problem document; anything else is a 500 that says nothing of the cause. */
export function errorResponse(error: unknown, log: (error: unknown) => void): Response {
  if (error instanceof Refusal) {
    const retryAfter = (error.problem as { retryAfter?: number }).retryAfter;
    return problemResponse(error.problem, retryAfter ? { 'Retry-After': String(retryAfter) } : {});
  }
  log(error);
  return problemResponse({
    type: 'https://shortlist.dev/problems/server-error',
    title: 'Server error',
    status: 500,
    detail: 'The server hit an unexpected error. Nothing was changed.',
  });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  // Not c.json(): one serialisation, no copies, for the 10,000-candidate list too.
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function outcomeResponse(_c: Context, outcome: Outcome): Response {
  const headers: Record<string, string> = {};
  if (outcome.version !== undefined) headers.ETag = toEntityTag(outcome.version);
  if (outcome.replayed) headers['Idempotent-Replayed'] = 'true';
  return json(outcome.body, outcome.status, headers);
}

import { HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import { PROBLEM_TYPES, fieldErrorsFrom, parseEntityTag, type Problem, type User } from '../src/domain';
import type { MockBackend } from './backend';

type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

export function problem(
  status: number,
  type: ProblemType | 'about:blank',
  title: string,
  detail?: string,
  extra: Partial<Problem> = {},
): Response {
  const body: Problem = { type, title, status, ...(detail === undefined ? {} : { detail }), ...extra };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/**
 * Handlers throw these responses to stop early: MSW sends a thrown Response as the mocked response.
 */
export const problems = {
  unauthenticated: () =>
    problem(401, PROBLEM_TYPES.unauthenticated, 'Sign in required', 'Choose who you are to continue.'),
  notFound: (what: string) => problem(404, PROBLEM_TYPES.notFound, 'Not found', `${what} does not exist or is not visible to you.`),
  forbidden: (detail: string) => problem(403, PROBLEM_TYPES.forbidden, 'Not allowed', detail),
  invalid: (detail: string) => problem(422, PROBLEM_TYPES.invalidTransition, 'Not possible', detail),
  versionRequired: () =>
    problem(428, PROBLEM_TYPES.versionRequired, 'Version required', 'Send If-Match with the version you last read.'),
  conflict: (current: unknown) =>
    problem(
      412,
      PROBLEM_TYPES.versionConflict,
      'Changed by someone else',
      'Someone else changed this candidate after you loaded it.',
      { current },
    ),
  idempotencyKeyRequired: () =>
    problem(400, PROBLEM_TYPES.validation, 'Idempotency-Key required', 'Creating requests need an Idempotency-Key header.'),
  idempotencyMismatch: () =>
    problem(
      422,
      PROBLEM_TYPES.idempotencyMismatch,
      'Idempotency key reused',
      'This Idempotency-Key was already used for a different request.',
    ),
  serverError: () =>
    problem(500, PROBLEM_TYPES.serverError, 'Server error', 'The server hit an unexpected error. Nothing was changed.'),
};

export function requireUser(backend: MockBackend): User {
  const user = backend.db.sessionUser;
  if (!user) throw problems.unauthenticated();
  return user;
}

export function requireVersion(request: Request): number {
  const version = parseEntityTag(request.headers.get('If-Match'));
  if (version === null) throw problems.versionRequired();
  return version;
}

export function requireIdempotencyKey(request: Request): string {
  const key = request.headers.get('Idempotency-Key')?.trim();
  if (!key || key.length > 255) throw problems.idempotencyKeyRequired();
  return key;
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw problem(400, PROBLEM_TYPES.validation, 'Malformed JSON', 'The request body is not valid JSON.');
  }
}

/** Every request body passes through the contract's schema; failures become a 422 with field errors. */
export function parseBody<S extends z.ZodMiniType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw problem(422, PROBLEM_TYPES.validation, 'Invalid request', 'Some fields are not valid.', {
      errors: fieldErrorsFrom(result.error.issues),
    });
  }
  return result.data;
}

/**
 * Runs a creating request at most once per Idempotency-Key (scoped to the caller): a retry with the same
 * key and body gets the first response again; the same key with another body is refused.
 */
export async function idempotent(
  backend: MockBackend,
  request: Request,
  user: User,
  body: unknown,
  run: () => Response | Promise<Response>,
): Promise<Response> {
  const key = `${user.id}:${requireIdempotencyKey(request)}`;
  const fingerprint = `${request.method} ${new URL(request.url).pathname} ${JSON.stringify(body)}`;
  const stored = backend.db.storedResponse(key);
  if (stored) {
    if (stored.fingerprint !== fingerprint) return problems.idempotencyMismatch();
    return HttpResponse.json(stored.body as never, { status: stored.status, headers: { 'Idempotent-Replayed': 'true' } });
  }
  const response = await run();
  // Only outcomes that changed something are replayed; a refused request may be retried as new.
  if (response.ok) backend.db.storeResponse(key, { fingerprint, status: response.status, body: await response.clone().json() });
  return response;
}

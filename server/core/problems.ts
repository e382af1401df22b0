import { fieldErrorsFrom, PROBLEM_TYPES, type Problem } from '../../src/domain';

type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES] | 'about:blank';

/**
 * A refused request, as a problem document (RFC 9457). Commands throw it to stop at the first rule that
 * says no; the HTTP layer turns it into a response, and a unit of work that sees it rolls back.
 */
export class Refusal extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'Refusal';
    this.problem = problem;
  }
}

export function refusal(status: number, type: ProblemType, title: string, detail?: string, extra: Partial<Problem> = {}): Refusal {
  return new Refusal({ type, title, status, ...(detail === undefined ? {} : { detail }), ...extra });
}

/** Every refusal the API gives, worded once. */
export const problems = {
  unauthenticated: (detail = 'Sign in to continue.') => refusal(401, PROBLEM_TYPES.unauthenticated, 'Sign in required', detail),
  notFound: (what: string) => refusal(404, PROBLEM_TYPES.notFound, 'Not found', `${what} does not exist or is not visible to you.`),
  forbidden: (detail: string) => refusal(403, PROBLEM_TYPES.forbidden, 'Not allowed', detail),
  invalid: (detail: string) => refusal(422, PROBLEM_TYPES.invalidTransition, 'Not possible', detail),
  versionRequired: () => refusal(428, PROBLEM_TYPES.versionRequired, 'Version required', 'Send If-Match with the version you last read.'),
  conflict: (current: unknown, detail = 'Someone else changed this candidate after you loaded it.') =>
    refusal(412, PROBLEM_TYPES.versionConflict, 'Changed by someone else', detail, { current }),
  idempotencyKeyRequired: () =>
    refusal(400, PROBLEM_TYPES.validation, 'Idempotency-Key required', 'Creating requests need an Idempotency-Key header (1 to 255 visible characters).'),
  idempotencyMismatch: () =>
    refusal(422, PROBLEM_TYPES.idempotencyMismatch, 'Idempotency key reused', 'This Idempotency-Key was already used for a different request.'),
  validation: (issues: readonly { path: readonly PropertyKey[]; message: string }[], title = 'Invalid request') =>
    refusal(422, PROBLEM_TYPES.validation, title, 'Some fields are not valid.', { errors: fieldErrorsFrom(issues) }),
  fieldErrors: (title: string, detail: string, errors: Record<string, string[]>, status = 422, extra: Partial<Problem> = {}) =>
    refusal(status, PROBLEM_TYPES.validation, title, detail, { errors, ...extra }),
  throttled: (retryAfterSeconds: number) =>
    refusal(429, PROBLEM_TYPES.throttled, 'Too many attempts', `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, {
      retryAfter: retryAfterSeconds,
    }),
  scorecardFinal: () =>
    refusal(409, PROBLEM_TYPES.invalidTransition, 'Scorecard submitted', 'Submitted scorecards are final and can no longer be edited.'),
  serverError: () => refusal(500, PROBLEM_TYPES.serverError, 'Server error', 'The server hit an unexpected error. Nothing was changed.'),
};

type Schema<T> = {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
};

/** Parses input with a contract schema; a failure is a 422 with the messages beside each field. */
export function parseWith<T>(schema: Schema<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw problems.validation(result.error.issues);
  return result.data;
}

/**
 * A write's body, read after its version: when the body is not valid, `checkVersion` runs first (it
 * throws the 428/412), then the 422. The order of checks is load → 403 → 428/412 → 422, so a client
 * working from an old version learns what changed before being told what is wrong with its request.
 * (A valid body is read at once: what it asks for may decide a 403, which comes before the version.)
 */
export async function parseAfterVersion<T>(schema: Schema<T>, input: unknown, checkVersion: () => Promise<void>): Promise<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  await checkVersion();
  throw problems.validation(result.error.issues);
}

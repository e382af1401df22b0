import type { Problem } from '../domain';

/** The server answered with a problem document (RFC 9457). */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

/** The request never got an answer: offline, DNS, connection reset. The write may or may not have happened. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Could not reach the server. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

/** The server answered, but not in the shape the contract promises. */
export class ContractError extends Error {
  constructor(path: string, cause: unknown) {
    super(`The server's answer to ${path} did not match the contract.`, { cause });
    this.name = 'ContractError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/**
 * A lazily loaded part of the app whose code could not be fetched: the connection dropped, the server was
 * restarting, or Shortlist was updated and the old file is gone. Browsers remember a failed module import
 * for the page's lifetime, so only a reload fetches it again. (Chromium, Firefox and Safari word it so.)
 */
export function isCodeLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(error.message);
}

export const CODE_LOAD_FAILED = 'This part of Shortlist could not be loaded: the connection dropped or Shortlist was updated. Reload the page to try again.';

/** A sentence a person can act on, for any error the client can raise. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title;
  if (isCodeLoadError(error)) return CODE_LOAD_FAILED;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

import type * as z from 'zod/mini';
import { ProblemSchema, toEntityTag } from '../domain';
import { ApiError, ContractError, NetworkError } from './api-errors';
import { API_BASE_URL } from './config';

type Schema = z.ZodMiniType;

export interface ApiRequest<S extends Schema> {
  /** Path under the API base, starting with a slash. */
  path: string;
  /** Parses the response body; every response passes through the contract. */
  schema: S;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The version this write is based on: sent as `If-Match`. */
  version?: number;
  /** Required on creating requests (POST): a retry with the same key is applied once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export function resolveUrl(path: string): string {
  // Node's fetch (tests) needs an absolute URL; in the browser this is the page's origin.
  const origin = globalThis.location?.origin ?? 'http://localhost';
  return new URL(`${API_BASE_URL}${path}`, origin).toString();
}

export async function readProblem(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall through to a problem built from the status line.
  }
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({
    type: 'about:blank',
    title: response.statusText || `Request failed with status ${response.status}`,
    status: response.status,
  });
}

/**
 * Sends one request to the API with the session's cookie. Not reaching the server is a NetworkError, an
 * error status its problem document; what comes back otherwise is the caller's to read (JSON or a file).
 */
export async function sendApiRequest(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(resolveUrl(path), { ...init, credentials: 'include' });
  } catch (error) {
    // A cancelled request is not a network failure: let the caller (TanStack Query) see the abort.
    if (init.signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw await readProblem(response);
  return response;
}

export async function apiRequest<S extends Schema>(request: ApiRequest<S>): Promise<z.infer<S>> {
  const headers = new Headers({ Accept: 'application/json' });
  if (request.body !== undefined) headers.set('Content-Type', 'application/json');
  if (request.version !== undefined) headers.set('If-Match', toEntityTag(request.version));
  if (request.idempotencyKey !== undefined) headers.set('Idempotency-Key', request.idempotencyKey);

  const response = await sendApiRequest(request.path, {
    method: request.method ?? 'GET',
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: request.signal,
  });

  let body: unknown = undefined;
  if (response.status !== 204) {
    try {
      body = await response.json();
    } catch (error) {
      throw new ContractError(request.path, error);
    }
  }
  const parseStart = import.meta.env.VITE_BENCH === '1' ? performance.now() : 0;
  const parsed = request.schema.safeParse(body);
  // Bench builds only (VITE_BENCH=1): the time spent validating each response; compiled out otherwise.
  if (import.meta.env.VITE_BENCH === '1') performance.measure(`bench:parse ${request.path}`, { start: parseStart });
  if (!parsed.success) throw new ContractError(request.path, parsed.error);
  return parsed.data;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}


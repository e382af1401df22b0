/**
 * The suite's HTTP client: plain `fetch`, one session cookie per client, `Origin` on every request (the
 * server refuses writes from other origins), and a guard that fails any test whose response leaks a stack
 * trace or an error's internals.
 */
import { expect } from 'vitest';
import * as z from 'zod/mini';
import { type Problem, ProblemSchema, type User, UserSchema } from '../../src/domain';
import type { ContractTarget, PersonaId, Session } from './target';

export const SESSION_COOKIE = 'shortlist_session';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON; null when empty or not JSON. */
  json: unknown;
}

export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with `contentType` (default application/json): malformed or non-JSON bodies. */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A stack frame (`at fn (file.ts:1:2)`) or an error's name and message: never in an API response. */
const LEAKS = [/\bat\s+(?:async\s+)?[\w$.<>[\]]*\s*\(?(?:file:|node:|\/|[A-Za-z]:\\)[^\s)]*:\d+:\d+\)?/, /\b\w*Error:/];

export function leakIn(text: string): string | null {
  for (const pattern of LEAKS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

export class ApiClient {
  readonly baseUrl: string;
  private readonly cookie: string | null;

  constructor(baseUrl: string, cookie: string | null) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
  }

  /** The `Cookie` header this client sends (streams are opened outside `request`). */
  get cookieHeader(): string | null {
    return this.cookie;
  }

  /** The app's own origin: the server accepts writes only from it (CSRF). */
  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  private headersFor(options: RequestOptions): Headers {
    const headers = new Headers({ Accept: 'application/json', Origin: this.origin });
    if (this.cookie) headers.set('Cookie', this.cookie);
    if (options.body !== undefined || options.raw !== undefined) headers.set('Content-Type', options.contentType ?? 'application/json');
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    return headers;
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers: this.headersFor(options), body });
    const text = await response.text();
    // Every response of every test passes through here: a leak fails whichever test provoked it.
    const leak = leakIn(text);
    if (leak) throw new Error(`${method} ${path} answered ${response.status} with internals in its body: "${leak}"`);
    let json: unknown = null;
    if (text && /json/.test(response.headers.get('Content-Type') ?? '')) json = JSON.parse(text) as unknown;
    return { status: response.status, headers: response.headers, text, json };
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request('GET', path, { headers });
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.request('POST', path, { body, headers });
  }

  put(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.request('PUT', path, { body, headers });
  }

  /**
   * A streaming endpoint (server-sent events): the status and headers, then the stream is closed. A
   * refusal's body is read whole (it is a problem document, not a stream).
   */
  async openStream(path: string): Promise<ApiResponse> {
    const controller = new AbortController();
    const headers = this.headersFor({});
    headers.set('Accept', 'text/event-stream');
    const response = await fetch(`${this.baseUrl}${path}`, { headers, signal: controller.signal });
    if (response.ok) {
      controller.abort();
      return { status: response.status, headers: response.headers, text: '', json: null };
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as unknown) : null };
  }
}

class SessionClient extends ApiClient {
  readonly persona: PersonaId;
  readonly user: User;
  constructor(baseUrl: string, cookie: string, persona: PersonaId, user: User) {
    super(baseUrl, cookie);
    this.persona = persona;
    this.user = user;
  }
}

export function anonymous(target: ContractTarget): ApiClient {
  return new ApiClient(target.baseUrl, null);
}

/** The `name=value` of the session cookie a response sets, for the next request's Cookie header. */
export function sessionCookieOf(response: ApiResponse): string | null {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0]!.trim();
    if (pair.startsWith(`${SESSION_COOKIE}=`) && pair.length > SESSION_COOKIE.length + 1) return pair;
  }
  return null;
}

/** Signs in through `POST /session` with `body`, and keeps the session cookie it answers with. */
export async function signInWith(baseUrl: string, persona: PersonaId, body: Record<string, unknown>): Promise<Session> {
  const response = await new ApiClient(baseUrl, null).post('/session', body);
  if (response.status !== 200) throw new Error(`Signing in as ${persona} answered ${response.status}: ${response.text}`);
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error(`Signing in as ${persona} set no ${SESSION_COOKIE} cookie.`);
  const { user } = z.object({ user: UserSchema }).parse(response.json);
  return new SessionClient(baseUrl, cookie, persona, user);
}

// Assertions ---------------------------------------------------------------------------------------

/** A response body short enough for a failure message. */
export function brief(response: ApiResponse): string {
  return response.text.length > 400 ? `${response.text.slice(0, 400)}…` : response.text;
}

/** A successful answer with `status`, its body parsed with the contract's schema. */
export function okBody<T>(response: ApiResponse, schema: z.ZodMiniType<T>, status = 200): T {
  expect(response.status, brief(response)).toBe(status);
  const parsed = schema.safeParse(response.json);
  expect(parsed.success, `body does not match the contract: ${parsed.error?.message ?? ''}`).toBe(true);
  return parsed.data as T;
}

/** GET `path` as `client`: 200, parsed with the contract's schema. */
export async function read<T>(client: ApiClient, path: string, schema: z.ZodMiniType<T>): Promise<T> {
  return okBody(await client.get(path), schema);
}

/** A refusal: `status`, served as application/problem+json, a problem document that says the same status. */
export function problemOf(response: ApiResponse, status: number): Problem {
  expect(response.status, brief(response)).toBe(status);
  expect(response.headers.get('Content-Type') ?? '').toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(response.json);
  expect(problem.status).toBe(status);
  expect(problem.title.trim()).not.toBe('');
  return problem;
}

export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
export const newKey = () => ({ 'Idempotency-Key': crypto.randomUUID() });
/** Both write headers at once: the version and a fresh key. */
export const writeHeaders = (version: number) => ({ ...ifMatch(version), ...newKey() });

/**
 * The API as one web-standard `Request → Response` router (Hono) over the core. The server serves it over
 * HTTP; the in-browser mock serves the very same router through MSW.
 */
import { Hono } from 'hono';
import { PROBLEM_TYPES, type User } from '../../src/domain';
import type { Core } from '../core';
import { refusal } from '../core/problems';
import { eventRoutes } from './event-routes';
import { requestIdOf } from './request';
import { errorResponse, problemResponse } from './respond';
import { readSessionId, type CookiePolicy } from './session-cookie';
import { apiRoutes } from './routes';

export type ApiEnv = { Variables: { user: User | null; requestId: string } };

export interface ApiOptions {
  core: Core;
  /** `persona`: the in-browser demo's picker; `password`: accounts on the server. */
  signIn: 'persona' | 'password';
  cookies: CookiePolicy;
  /**
   * Writes must come from the app's own origin (CSRF): `Sec-Fetch-Site: same-origin`, or an `Origin` equal
   * to the request's. Off only in the mock, where requests never leave the page.
   */
  sameOriginWrites: boolean;
  /** Behind a trusted load balancer: X-Forwarded-Host/-Proto name the app's public origin. */
  trustForwardedHeaders?: boolean;
  /** The caller's address, for sign-in throttling. */
  clientAddress?: (request: Request) => string;
  /** An unexpected error (answered 500), with the request it happened in. */
  log?: (error: unknown, request: RequestFacts) => void;
}

/** What a log line says of the request it is about. */
export interface RequestFacts {
  requestId: string;
  method: string;
  path: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether an unsafe request comes from the app's own pages. */
export function isSameOrigin(request: Request, trustForwardedHeaders = false): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('Origin');
  if (origin === null) return false;
  const expected = new URL(request.url);
  const forwardedHost = trustForwardedHeaders ? request.headers.get('X-Forwarded-Host') : null;
  const forwardedProto = trustForwardedHeaders ? request.headers.get('X-Forwarded-Proto') : null;
  const host = forwardedHost ?? request.headers.get('Host') ?? expected.host;
  const protocol = forwardedProto ? `${forwardedProto}:` : expected.protocol;
  return origin === `${protocol}//${host}`;
}

export function createApiApp(options: ApiOptions): Hono<ApiEnv> {
  const log = options.log ?? ((error: unknown, request: RequestFacts) => console.error(request, error));
  const app = new Hono<ApiEnv>().basePath('/api');

  app.onError((error, c) =>
    errorResponse(error, (unexpected) => log(unexpected, { requestId: c.get('requestId') ?? requestIdOf(c.req.raw), method: c.req.method, path: c.req.path })),
  );
  app.notFound(() =>
    problemResponse({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail: 'There is no such endpoint.' }),
  );

  // First, so every answer names its request, refusals of the checks below included.
  app.use(async (c, next) => {
    c.set('requestId', requestIdOf(c.req.raw));
    await next();
    c.header('X-Request-Id', c.get('requestId'));
  });

  app.use(async (c, next) => {
    if (options.sameOriginWrites && !SAFE_METHODS.has(c.req.method) && !isSameOrigin(c.req.raw, options.trustForwardedHeaders)) {
      throw refusal(403, PROBLEM_TYPES.crossOrigin, 'Cross-origin request refused', 'Changes are accepted only from Shortlist’s own pages.');
    }
    c.set('user', await options.core.sessions.authenticate(readSessionId(c)));
    await next();
    c.header('Cache-Control', 'no-store');
  });

  apiRoutes(app, options);
  eventRoutes(app, options);
  return app;
}

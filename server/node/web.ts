/**
 * The server's HTTP face: the API under /api and the built app from one origin, with security headers
 * as HTTP headers, compression, health checks and one JSON log line per request.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Core } from '../core';
import { createApiApp } from '../http/app';
import { requestIdOf } from '../http/request';
import { HEADER_CONTENT_SECURITY_POLICY } from '../http/content-security-policy';
import type { ServerConfig } from './config';

type WebEnv = { Variables: { requestId: string } };

export interface WebOptions {
  config: ServerConfig;
  core: Core;
  ready: () => Promise<boolean>;
  log: (line: Record<string, unknown>) => void;
}

export function createWebApp({ config, core, ready, log }: WebOptions): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(c.req.raw);
    c.set('requestId', requestId);
    await next();
    // After next(): headers set before it reach only responses Hono builds itself, not the API's own.
    c.header('X-Request-Id', requestId);
    c.header('Content-Security-Policy', HEADER_CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (config.secureCookies) c.header('Strict-Transport-Security', 'max-age=31536000');
    if (config.logRequests && c.req.path !== '/healthz') {
      log({ level: 'info', msg: 'request', requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
    }
  });

  // Compress everything but the event stream, which must reach clients as it is written.
  app.use(async (c, next) => (c.req.path === '/api/events' ? next() : compress()(c, next)));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => ((await ready()) ? c.json({ status: 'ready' }) : c.json({ status: 'unavailable' }, 503)));

  const api = createApiApp({
    core,
    signIn: 'password',
    cookies: { secure: config.secureCookies },
    sameOriginWrites: true,
    trustForwardedHeaders: config.trustProxy,
    clientAddress: (request) => clientAddress(request, config.trustProxy),
    log: (error, request) => log({ level: 'error', msg: 'unhandled error', ...request, error: error instanceof Error ? error.stack : String(error) }),
  });
  app.all('/api/*', (c) => {
    // The caller's address travels to the API (for throttling) in a header only the server sets, and the
    // request id in the one it reads, so the API's log lines name the same request as the request log.
    const request = new Request(c.req.raw);
    request.headers.set('X-Shortlist-Peer', getConnInfo(c).remote.address ?? 'unknown');
    request.headers.set('X-Request-Id', c.get('requestId'));
    return api.fetch(request);
  });

  const indexFile = path.join(config.appDir, 'index.html');
  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), config.appDir), onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
  app.use('*', serveStatic({ root: path.relative(process.cwd(), config.appDir) }));
  // Every other path is a screen of the single-page app.
  app.get('*', (c) => {
    if (!existsSync(indexFile)) return c.text('The app is not built: run npm run build:server.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return app;
}

/**
 * The peer's address or, behind a trusted load balancer, the last X-Forwarded-For hop: the address the
 * balancer itself saw and appended. The hops before it are whatever the client sent (anyone can write
 * `X-Forwarded-For: <a new address each time>` to escape throttling by address).
 */
function clientAddress(request: Request, trustProxy: boolean): string {
  const forwarded = request.headers.get('X-Forwarded-For');
  const lastHop = forwarded?.split(',').at(-1)?.trim();
  if (trustProxy && lastHop) return lastHop;
  return request.headers.get('X-Shortlist-Peer') ?? 'unknown';
}

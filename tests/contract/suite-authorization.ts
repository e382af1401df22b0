/**
 * The authorization matrix (docs/architecture.md, "Quality bars": every endpoint × role, at the API): one test per cell of
 * endpoints.ts, and a check that the table and the router list the same endpoints.
 */
import { describe, expect, it } from 'vitest';
import { SessionSchema } from '../../src/domain';
import { createTestBackend } from '../../mocks/node';
import { anonymous, type ApiClient, problemOf } from './client';
import { CALLERS, type Caller, ENDPOINTS, type EndpointSpec, matrixFixture } from './endpoints';
import { seedFacts, submitScorecard } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

const key = (method: string, path: string) => `${method} ${path}`;

/** The router's endpoints, read from the Hono app itself (over an empty in-memory store). */
function routerEndpoints(): string[] {
  const { app } = createTestBackend({ size: 0 });
  const endpoints = app.routes
    // `app.use` middleware is listed as `ALL /api/*`: not an endpoint.
    .filter((route) => !(route.method === 'ALL' && route.path.endsWith('*')))
    .map((route) => key(route.method, route.path.replace(/^\/api(?=\/)/, '')));
  return [...new Set(endpoints)].sort();
}

async function runCell(target: ContractTarget, endpoint: EndpointSpec, caller: Caller): Promise<void> {
  const fx = matrixFixture(await seedFacts(target));
  const expected = endpoint.expected(target.signInKind)[caller];
  const persona: PersonaId =
    caller === 'hiringManager' ? PERSONAS.hiringManager : caller === 'interviewerBefore' || caller === 'interviewerAfter' ? fx.interviewer : PERSONAS.recruiter;
  const client: ApiClient = caller === 'anonymous' ? anonymous(target) : await target.signIn(persona);
  // "After submitting" is arranged through the API, so it holds on any backend whatever its seed's drafts.
  if (caller === 'interviewerAfter') await submitScorecard(client, fx.interview);

  const request = endpoint.build(fx, { target, persona });
  const response = request.stream
    ? await client.openStream(request.path)
    : await client.request(endpoint.method, request.path, { body: request.body, headers: request.headers ?? {} });

  if (expected !== 'ok') {
    problemOf(response, expected);
    return;
  }
  expect(response.status, `${caller}: ${response.text}`).toBeGreaterThanOrEqual(200);
  expect(response.status, `${caller}: ${response.text}`).toBeLessThan(300);
  if (endpoint.schema) {
    const parsed = endpoint.schema.safeParse(response.json);
    expect(parsed.success, `the answer does not match the contract: ${parsed.error?.message ?? ''}`).toBe(true);
  }
  // A session answer names the caller: the cookie sent was the caller's own, and nobody else's.
  if (endpoint.schema === SessionSchema && caller !== 'anonymous') expect(SessionSchema.parse(response.json).user.id).toBe(persona);
  if (request.stream) expect(response.headers.get('Content-Type') ?? '').toMatch(/^text\/event-stream/);
}

export function defineAuthorizationSuite(getTarget: () => ContractTarget): void {
  describe('authorization matrix: every endpoint × every kind of caller', () => {
    it('lists every endpoint of the router, and nothing the router lacks', () => {
      const table = [...new Set(ENDPOINTS.map((e) => key(e.method, e.path)))].sort();
      expect(table).toHaveLength(ENDPOINTS.length);
      expect(table).toEqual(routerEndpoints());
    });

    for (const endpoint of ENDPOINTS) {
      describe(key(endpoint.method, endpoint.path), () => {
        for (const caller of CALLERS) {
          it(caller, () => runCell(getTarget(), endpoint, caller));
        }
      });
    }
  });
}

import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { apiRequest } from '../../../src/lib/api-client';
import { ApiError, ContractError, NetworkError, describeError } from '../../../src/lib/api-errors';
import { isTransient } from '../../../src/lib/query-client';

const API = new URL('/api', location.origin).toString();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ThingSchema = z.object({ id: z.string(), version: z.number() });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

describe('apiRequest', () => {
  it('GETs under the API base and parses the answer with the schema', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${API}/things/t1`, ({ request }) => {
        seen = request;
        return HttpResponse.json({ id: 't1', version: 2, extra: 'dropped' });
      }),
    );
    const thing = await apiRequest({ path: '/things/t1', schema: ThingSchema });
    expect(thing).toEqual({ id: 't1', version: 2 });
    expect(seen?.method).toBe('GET');
    expect(seen?.headers.get('Accept')).toBe('application/json');
    expect(seen?.headers.has('If-Match')).toBe(false);
    expect(seen?.headers.has('Idempotency-Key')).toBe(false);
    expect(seen?.headers.has('Content-Type')).toBe(false);
  });

  it('sends the version as If-Match, the idempotency key, and a JSON body', async () => {
    let headers: Headers | undefined;
    let body: unknown;
    server.use(
      http.post(`${API}/things/t1/move`, async ({ request }) => {
        headers = request.headers;
        body = await request.json();
        return HttpResponse.json({ id: 't1', version: 4 });
      }),
    );
    await apiRequest({
      path: '/things/t1/move',
      method: 'POST',
      body: { toStage: 'screen' },
      version: 3,
      idempotencyKey: 'key-123',
      schema: ThingSchema,
    });
    expect(headers?.get('If-Match')).toBe('"3"');
    expect(headers?.get('Idempotency-Key')).toBe('key-123');
    expect(headers?.get('Content-Type')).toBe('application/json');
    expect(body).toEqual({ toStage: 'screen' });
  });

  it('turns a problem document into an ApiError with its status and detail', async () => {
    server.use(
      http.post(`${API}/things/t1/move`, () =>
        HttpResponse.json(
          { type: 'https://shortlist.dev/problems/version-conflict', title: 'Conflict', status: 412, detail: 'Someone else moved them.', current: { id: 't1' } },
          { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await failure(apiRequest({ path: '/things/t1/move', method: 'POST', body: {}, version: 1, schema: ThingSchema }));
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(412);
    expect(apiError.problem.detail).toBe('Someone else moved them.');
    expect(apiError.problem.type).toBe('https://shortlist.dev/problems/version-conflict');
    expect(apiError.problem.current).toEqual({ id: 't1' });
    expect(apiError.message).toBe('Someone else moved them.');
  });

  it('turns a non-JSON error page into an ApiError with the response status', async () => {
    server.use(http.get(`${API}/things`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } })));
    const error = await failure(apiRequest({ path: '/things', schema: ThingSchema }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).problem.title).toBe('Bad Gateway');
  });

  it('raises a NetworkError when no answer comes back', async () => {
    server.use(http.get(`${API}/things`, () => HttpResponse.error()));
    const error = await failure(apiRequest({ path: '/things', schema: ThingSchema }));
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('raises a ContractError when a 200 answer does not match the schema', async () => {
    server.use(http.get(`${API}/things/t1`, () => HttpResponse.json({ id: 1, version: 'two' })));
    const error = await failure(apiRequest({ path: '/things/t1', schema: ThingSchema }));
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toContain('/things/t1');
  });

  it('raises a ContractError when a 200 answer is not JSON', async () => {
    server.use(http.get(`${API}/things/t1`, () => HttpResponse.text('hello')));
    expect(await failure(apiRequest({ path: '/things/t1', schema: ThingSchema }))).toBeInstanceOf(ContractError);
  });

  it('accepts an empty 204 answer for an empty schema', async () => {
    server.use(http.delete(`${API}/session`, () => new HttpResponse(null, { status: 204 })));
    await expect(apiRequest({ path: '/session', method: 'DELETE', schema: z.undefined() })).resolves.toBeUndefined();
  });

  // Known bug (src/lib/api-client.ts:65): an unexpected 204 is parsed with schema.parse, so a raw
  // ZodError escapes instead of a ContractError, and describeError shows zod's issue dump to the user.
  it('raises a ContractError when a 204 answer has no body but the schema expects one', async () => {
    server.use(http.get(`${API}/things/t1`, () => new HttpResponse(null, { status: 204 })));
    expect(await failure(apiRequest({ path: '/things/t1', schema: ThingSchema }))).toBeInstanceOf(ContractError);
  });
});

describe('isTransient', () => {
  const problem = (status: number) => new ApiError({ type: 'about:blank', title: 'x', status });

  it('retries dropped connections and server failures', () => {
    expect(isTransient(new NetworkError(new TypeError('fetch failed')))).toBe(true);
    expect(isTransient(problem(500))).toBe(true);
    expect(isTransient(problem(503))).toBe(true);
  });

  it('does not retry client errors, contract errors or anything else', () => {
    for (const status of [400, 401, 403, 404, 412, 422, 428]) expect(isTransient(problem(status)), String(status)).toBe(false);
    expect(isTransient(new ContractError('/x', null))).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
    expect(isTransient('offline')).toBe(false);
  });
});

describe('describeError', () => {
  it('prefers a problem detail, then its title', () => {
    expect(describeError(new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only the hiring manager can.' }))).toBe(
      'Only the hiring manager can.',
    );
    expect(describeError(new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403 }))).toBe('Forbidden');
  });

  it('uses the message of other errors and a fallback for non-errors', () => {
    expect(describeError(new NetworkError(null))).toMatch(/connection/i);
    expect(describeError(new Error('Specific thing broke'))).toBe('Specific thing broke');
    expect(describeError(undefined)).toBe('Something went wrong.');
    expect(describeError({ message: 'not an Error' })).toBe('Something went wrong.');
  });
});

/**
 * The HTTP envelope every endpoint shares: JSON bodies only (415), bounded (413), well-formed (400),
 * problem documents for unknown endpoints (404), sessions that end when signed out, and never a stack
 * trace or a 500 whatever is sent.
 */
import { describe, expect, it } from 'vitest';
import { CandidateSchema, EmailLookupSchema, PROBLEM_TYPES, ProblemSchema, SessionSchema } from '../../src/domain';
import { anonymous, type ApiResponse, leakIn, newKey, okBody, problemOf, SESSION_COOKIE, sessionCookieOf } from './client';
import { ActivityListSchema, activeIn, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS } from './target';

async function notesOf(target: ContractTarget, candidateId: string): Promise<number> {
  const recruiter = await target.signIn(PERSONAS.recruiter);
  const { items } = okBody(await recruiter.get(`/candidates/${candidateId}/activity`), ActivityListSchema);
  return items.filter((e) => e.type === 'note_added').length;
}

/** Answers to hostile or broken requests: a refusal as a problem document, never a 500, never internals. */
function expectCleanRefusal(response: ApiResponse, what: string): void {
  expect(response.status, `${what}: ${response.text}`).toBeGreaterThanOrEqual(400);
  expect(response.status, `${what}: ${response.text}`).toBeLessThan(500);
  expect(ProblemSchema.safeParse(response.json).success, `${what}: not a problem document: ${response.text}`).toBe(true);
  expect(leakIn(response.text)).toBeNull();
}

export function defineHttpSuite(getTarget: () => ContractTarget): void {
  describe('request bodies', () => {
    it('accepts JSON only: another content type → 415, and nothing is written', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const before = await notesOf(target, candidate.id);
      const raw = JSON.stringify({ text: 'Sent as text' });
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await recruiter.request('POST', `/candidates/${candidate.id}/notes`, { raw, contentType, headers: newKey() });
        expect(problemOf(response, 415).type).toBe(PROBLEM_TYPES.unsupportedMediaType);
      }
      expect(await notesOf(target, candidate.id)).toBe(before);
    });

    it('bounds the size: a body over 64 kB → 413, and nothing is written', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const before = await notesOf(target, candidate.id);
      const response = await recruiter.post(`/candidates/${candidate.id}/notes`, { text: 'x'.repeat(65 * 1024) }, newKey());
      expect(problemOf(response, 413).type).toBe(PROBLEM_TYPES.tooLarge);
      // Multi-byte text counts in bytes, not characters: 22,000 × 3 bytes is over the limit too.
      const wide = await recruiter.post(`/candidates/${candidate.id}/notes`, { text: '€'.repeat(22_000) }, newKey());
      problemOf(wide, 413);
      expect(await notesOf(target, candidate.id)).toBe(before);
    });

    it('refuses malformed JSON with 400', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      for (const raw of ['{"text": ', "{'text': 'single quotes'}", '{"text": "a"} trailing', 'undefined']) {
        problemOf(await recruiter.request('POST', `/candidates/${candidate.id}/notes`, { raw, headers: newKey() }), 400);
      }
    });
  });

  describe('unknown endpoints and records', () => {
    it('answers an unknown endpoint with a 404 problem, signed in or not', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      for (const client of [recruiter, anonymous(target)]) {
        problemOf(await client.get('/no-such-endpoint'), 404);
        problemOf(await client.request('PATCH', '/candidates'), 404);
      }
      problemOf(await recruiter.get('/candidates/c00001/unknown'), 404);
    });

    it('answers an unknown candidate, interview or qualification with 404', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      problemOf(await recruiter.get('/candidates/c99999'), 404);
      problemOf(await recruiter.get('/candidates/c99999/activity'), 404);
      problemOf(await recruiter.get('/interviews/nope'), 404);
      const response = await recruiter.put(`/candidates/${candidate.id}/assessments/charisma`, { status: 'met', evidence: '' }, { 'If-Match': `"${candidate.version}"` });
      problemOf(response, 404);
      expect(okBody(await recruiter.get(`/candidates/${candidate.id}`), CandidateSchema).version).toBe(candidate.version);
    });
  });

  describe('sessions', () => {
    it('treats an unknown or malformed session cookie as no session (401)', async () => {
      const client = anonymous(getTarget());
      for (const cookie of [`${SESSION_COOKIE}=made-up`, `${SESSION_COOKIE}=`, `${SESSION_COOKIE}=${'a'.repeat(4000)}`, `${SESSION_COOKIE}=%%%`]) {
        problemOf(await client.request('GET', '/candidates', { headers: { Cookie: cookie } }), 401);
      }
    });

    it('ends the session on sign-out: the old cookie no longer works', async () => {
      const recruiter = await getTarget().signIn(PERSONAS.recruiter);
      expect((await recruiter.get('/session')).status).toBe(200);
      expect((await recruiter.request('DELETE', '/session')).status).toBe(204);
      problemOf(await recruiter.get('/session'), 401);
      problemOf(await recruiter.get('/candidates'), 401);
    });

    it('sets an opaque, HttpOnly, SameSite session cookie, a new one at every sign-in', async () => {
      const target = getTarget();
      const cookies = new Set<string>();
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await anonymous(target).post('/session', target.signInBody(PERSONAS.recruiter));
        expect(okBody(response, SessionSchema).user.id).toBe(PERSONAS.recruiter);
        const line = response.headers.getSetCookie().find((l) => l.startsWith(`${SESSION_COOKIE}=`));
        expect(line).toMatch(/;\s*HttpOnly/i);
        expect(line).toMatch(/;\s*SameSite=(Lax|Strict)/i);
        expect(line).toMatch(/;\s*Path=\//i);
        const value = sessionCookieOf(response)!.slice(SESSION_COOKIE.length + 1);
        // Opaque: long and random, nothing of the person in it.
        expect(value.length).toBeGreaterThanOrEqual(32);
        expect(value).not.toMatch(/priya|u-priya|recruiter/i);
        cookies.add(value);
      }
      expect(cookies.size).toBe(2);
    });

    it('refuses writes from another origin with 403 where the backend says it does, and only then', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const path = `/candidates/${candidate.id}/notes`;
      const before = await notesOf(target, candidate.id);
      const foreign: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }];
      for (const headers of foreign) {
        const response = await recruiter.request('POST', path, { body: { text: 'From elsewhere' }, headers: { ...newKey(), ...headers } });
        // The in-browser mock never sees another origin's requests (they never leave the page), so it
        // does not check; the server must.
        if (target.refusesCrossOriginWrites) expect(problemOf(response, 403).type).toBe(PROBLEM_TYPES.crossOrigin);
        else expect(response.status, response.text).toBe(201);
      }
      expect(await notesOf(target, candidate.id)).toBe(before + (target.refusesCrossOriginWrites ? 0 : foreign.length));
      // Reads change nothing: answered whatever the origin, with no CORS header letting another site read them.
      const read = await recruiter.request('GET', `/candidates/${candidate.id}`, { headers: { Origin: 'https://evil.example' } });
      expect(read.status).toBe(200);
      expect(read.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });

    it('keeps sessions apart: one person signing out leaves another signed in', async () => {
      const target = getTarget();
      const [recruiter, manager] = await Promise.all([target.signIn(PERSONAS.recruiter), target.signIn(PERSONAS.hiringManager)]);
      await recruiter.request('DELETE', '/session');
      expect(okBody(await manager.get('/session'), SessionSchema).user.id).toBe(PERSONAS.hiringManager);
      problemOf(await recruiter.get('/session'), 401);
    });
  });

  describe('never a stack trace, never a 500', () => {
    it('answers broken and hostile requests with a problem document', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'onsite');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const notes = `/candidates/${candidate.id}/notes`;
      const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
      const cases: [string, () => Promise<ApiResponse>][] = [
        ['null body', () => recruiter.request('POST', notes, { raw: 'null', headers: newKey() })],
        ['array body', () => recruiter.request('POST', notes, { raw: '[1,2]', headers: newKey() })],
        ['string body', () => recruiter.request('POST', notes, { raw: '"text"', headers: newKey() })],
        ['deeply nested body', () => recruiter.request('POST', notes, { raw: `{"text": ${deep}}`, headers: newKey() })],
        ['deeply nested unknown field', () => recruiter.request('POST', notes, { raw: `{"text": "fine", "extra": ${deep}}`, headers: newKey() })],
        ['prototype keys', () => recruiter.request('POST', notes, { raw: '{"__proto__": {"text": "x"}, "constructor": 1}', headers: newKey() })],
        ['empty body', () => recruiter.request('POST', notes, { raw: '', headers: newKey() })],
        ['very long id', () => recruiter.get(`/candidates/${'c'.repeat(5000)}`)],
        ['malformed percent-encoding', () => recruiter.get('/candidates/%E0%A4%A')],
        ['encoded NUL in the path', () => recruiter.get('/candidates/c%00001')],
        ['traversal in the path', () => recruiter.get('/candidates/..%2F..%2Fsession')],
        ['huge If-Match', () => recruiter.put(`/candidates/${candidate.id}/assessments/data`, { status: 'met', evidence: '' }, { 'If-Match': `"${'9'.repeat(5000)}"` })],
        ['huge version number', () => recruiter.put(`/candidates/${candidate.id}/assessments/data`, { status: 'met', evidence: '' }, { 'If-Match': '"99999999999999999"' })],
        ['lookup with a huge email', () => recruiter.get(`/candidates/lookup?email=${'a'.repeat(5000)}`)],
        ['scorecard of an unknown interview', () => recruiter.post('/interviews/%00/scorecard/submit', {}, newKey())],
      ];
      for (const [what, send] of cases) {
        const response = await send();
        // A lookup of a nonsense email is a fine question with no match; everything else is refused.
        if (what === 'lookup with a huge email') expect(okBody(response, EmailLookupSchema).match).toBeNull();
        else expectCleanRefusal(response, what);
      }
    });
  });
}

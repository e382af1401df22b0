/** Every endpoint of the API: parse the request, call the core, answer. No rule of the API lives here. */
import type { Context, Hono } from 'hono';
import type { User } from '../../src/domain';
import { problems } from '../core/problems';
import { SESSION_ABSOLUTE_MS } from '../core/session-commands';
import type { ApiEnv, ApiOptions } from './app';
import { idempotencyKeyOf, ifMatchOf, readJsonBody } from './request';
import { json, outcomeResponse } from './respond';
import { clearSessionCookie, readSessionId, writeSessionCookie } from './session-cookie';

type C = Context<ApiEnv>;

/** Ids in paths are short and plain; anything else names nothing (and never reaches a store). */
const ID = /^[A-Za-z0-9_.-]{1,128}$/;

export function idParam(c: C, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!ID.test(value)) throw problems.notFound(name === 'qualificationId' ? 'This qualification' : 'This resource');
  return value;
}

export function requireUser(c: C): User {
  const user = c.get('user');
  if (!user) throw problems.unauthenticated();
  return user;
}

export function apiRoutes(app: Hono<ApiEnv>, { core, signIn, cookies, clientAddress }: ApiOptions): void {
  const { read, candidates, scorecards, sessions } = core;

  // Session ---------------------------------------------------------------------------------------
  app.get('/session', (c) => json({ user: requireUser(c) }));
  app.post('/session', async (c) => {
    const body = await readJsonBody(c);
    // A new sign-in ends the session this browser had: one person, one session, no fixation.
    const previous = readSessionId(c);
    const signedIn =
      signIn === 'persona'
        ? await sessions.signInAsPersona(body)
        : await sessions.signInWithPassword(body, clientAddress?.(c.req.raw) ?? 'unknown');
    await sessions.signOut(previous);
    writeSessionCookie(c, signedIn.sessionId, cookies, SESSION_ABSOLUTE_MS / 1000);
    return c.json({ user: signedIn.user });
  });
  app.delete('/session', async (c) => {
    await sessions.signOut(readSessionId(c));
    clearSessionCookie(c, cookies);
    return c.body(null, 204);
  });
  // The demo's persona picker: who you can be. The server has accounts instead.
  app.get('/users', async () => {
    if (signIn !== 'persona') throw problems.notFound('The persona directory');
    return json({ items: await core.deps.store.users() });
  });

  // Role ------------------------------------------------------------------------------------------
  app.get('/role', async (c) => json(await read.role(requireUser(c))));
  app.get('/role/stats', async (c) => json(await read.roleStats(requireUser(c))));

  // Candidates ------------------------------------------------------------------------------------
  app.get('/candidates', async (c) => json(await read.candidates(requireUser(c))));
  app.get('/candidates/lookup', async (c) => json(await read.lookupEmail(requireUser(c), c.req.query('email') ?? '')));
  app.post('/candidates', async (c) => {
    const user = requireUser(c);
    return outcomeResponse(c, await candidates.create({ user, idempotencyKey: idempotencyKeyOf(c), body: await readJsonBody(c) }));
  });
  // Before `/candidates/:id…`: "export.csv" and "bulk" would otherwise be read as candidate ids.
  app.get('/candidates/export.csv', async (c) => {
    const csv = await core.exports.candidatesCsv(requireUser(c), new URL(c.req.url).searchParams);
    return new Response(csv.stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${csv.filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
  const bulk = async (c: C) => ({ user: requireUser(c), idempotencyKey: idempotencyKeyOf(c), body: await readJsonBody(c) });
  app.post('/candidates/bulk/moves', async (c) => outcomeResponse(c, await core.bulk.move(await bulk(c))));
  app.post('/candidates/bulk/status', async (c) => outcomeResponse(c, await core.bulk.changeStatus(await bulk(c))));
  app.post('/candidates/bulk/notes', async (c) => outcomeResponse(c, await core.bulk.addNote(await bulk(c))));
  app.get('/candidates/:id', async (c) => {
    const candidate = await read.candidate(requireUser(c), idParam(c, 'id'));
    return outcomeResponse(c, { status: 200, body: candidate, version: candidate.version });
  });
  app.get('/candidates/:id/activity', async (c) => json(await read.activity(requireUser(c), idParam(c, 'id'))));
  app.get('/candidates/:id/scorecards', async (c) => json(await read.candidateScorecards(requireUser(c), idParam(c, 'id'))));

  const write = async (c: C) => ({
    user: requireUser(c),
    candidateId: idParam(c, 'id'),
    ifMatch: ifMatchOf(c),
    idempotencyKey: idempotencyKeyOf(c),
    body: await readJsonBody(c),
  });
  app.post('/candidates/:id/moves', async (c) => outcomeResponse(c, await candidates.move(await write(c))));
  app.post('/candidates/:id/status', async (c) => outcomeResponse(c, await candidates.changeStatus(await write(c))));
  app.post('/candidates/:id/notes', async (c) => outcomeResponse(c, await candidates.addNote(await write(c))));
  app.put('/candidates/:id/assessments/:qualificationId', async (c) =>
    outcomeResponse(c, await candidates.saveAssessment({ ...(await write(c)), qualificationId: idParam(c, 'qualificationId') })),
  );

  // Interviews and scorecards ---------------------------------------------------------------------
  app.get('/me/interviews', async (c) => json(await read.myInterviews(requireUser(c))));
  app.get('/interviews/:id', async (c) => json(await read.interview(requireUser(c), idParam(c, 'id'))));
  app.put('/interviews/:id/scorecard', async (c) => {
    const user = requireUser(c);
    return outcomeResponse(c, await scorecards.saveDraft({ user, interviewId: idParam(c, 'id'), ifMatch: ifMatchOf(c), body: await readJsonBody(c) }));
  });
  app.post('/interviews/:id/scorecard/submit', async (c) => {
    const user = requireUser(c);
    const request = { user, interviewId: idParam(c, 'id'), ifMatch: ifMatchOf(c), idempotencyKey: idempotencyKeyOf(c), body: await readJsonBody(c) };
    return outcomeResponse(c, await scorecards.submit(request));
  });
  app.get('/review/queue', async (c) => json(await read.reviewQueue(requireUser(c))));

  // Insights (aggregates computed here, never by shipping every record) ----------------------------
  app.get('/insights', async (c) => json(await core.insights.insights(requireUser(c), c.req.query())));
}

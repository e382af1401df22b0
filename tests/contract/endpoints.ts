/**
 * Every endpoint of the API, in one table: how to build a valid request for it, and what each kind of
 * caller must get. suite-authorization.ts turns it into one test per cell, and fails when the router has an
 * endpoint this table lacks (or the table one the router lacks).
 */
import type * as z from 'zod/mini';
import {
  ActivityEntrySchema,
  BulkResultSchema,
  CandidateListSchema,
  CandidateSchema,
  CandidateScorecardsSchema,
  EmailLookupSchema,
  InsightsSchema,
  InterviewDetailSchema,
  MoveResultSchema,
  MyInterviewListSchema,
  ReviewQueueSchema,
  RoleSchema,
  RoleStatsSchema,
  ScorecardSchema,
  SessionSchema,
  UserDirectorySchema,
} from '../../src/domain';
import { ifMatch, newKey, writeHeaders } from './client';
import { ActivityListSchema, blindInterview, completeScorecard, type InterviewFact, newCandidateDraft, type SeedFacts } from './fixtures';
import type { ContractTarget, PersonaId } from './target';

export const CALLERS = ['anonymous', 'recruiter', 'hiringManager', 'interviewerBefore', 'interviewerAfter'] as const;
/**
 * `interviewerBefore`: the interviewer of the fixture's interview, their scorecard not yet submitted (blind);
 * `interviewerAfter`: the same person once they have submitted it (set up through the API in each cell).
 */
export type Caller = (typeof CALLERS)[number];

/** `ok`: any 2xx, with a body the contract's schema accepts; a number: exactly that refusal. */
export type Expected = 'ok' | 401 | 403 | 404 | 409;
type Row = Record<Caller, Expected>;
const row = (anonymous: Expected, recruiter: Expected, hiringManager: Expected, interviewerBefore: Expected, interviewerAfter: Expected): Row => ({
  anonymous,
  recruiter,
  hiringManager,
  interviewerBefore,
  interviewerAfter,
});

/** What every cell works on: an onsite candidate and one interviewer's only interview of them, not submitted. */
export interface MatrixFixture {
  candidateId: string;
  candidateVersion: number;
  interview: InterviewFact;
  interviewer: PersonaId;
}

export function matrixFixture(facts: SeedFacts): MatrixFixture {
  // No scorecard at all yet, so a first save creates it (no If-Match) and the cell's answer is certain.
  const interview = blindInterview(facts, { missing: true, stage: 'onsite' });
  const candidate = facts.candidates.find((c) => c.id === interview.candidateId)!;
  return { candidateId: candidate.id, candidateVersion: candidate.version, interview, interviewer: interview.interviewerId as PersonaId };
}

export interface BuiltRequest {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Server-sent events: only the status and headers are read. */
  stream?: boolean;
}

export interface RequestContext {
  target: ContractTarget;
  /** Whoever sends it (the recruiter's persona for anonymous callers). */
  persona: PersonaId;
}

export interface EndpointSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As the router declares it, under the API base. */
  path: string;
  build(fx: MatrixFixture, context: RequestContext): BuiltRequest;
  expected(signInKind: ContractTarget['signInKind']): Row;
  /** The body of a successful answer (none for 204 and streams). */
  schema?: z.ZodMiniType;
}

const signedIn = row(401, 'ok', 'ok', 'ok', 'ok');
/** Recruiters and the hiring manager only: interviewers are refused outright. */
const hiringTeam = row(401, 'ok', 'ok', 403, 403);
/** The interviewer's own interview: 404 for everyone else; final once submitted. */
const ownInterviewWrite = row(401, 404, 404, 'ok', 409);
const candidatePath = (fx: MatrixFixture, tail = '') => `/candidates/${fx.candidateId}${tail}`;

export const ENDPOINTS: readonly EndpointSpec[] = [
  // Session
  { method: 'GET', path: '/session', build: () => ({ path: '/session' }), expected: () => signedIn, schema: SessionSchema },
  {
    method: 'POST',
    path: '/session',
    build: (_fx, { target, persona }) => ({ path: '/session', body: target.signInBody(persona) }),
    expected: () => row('ok', 'ok', 'ok', 'ok', 'ok'),
    schema: SessionSchema,
  },
  { method: 'DELETE', path: '/session', build: () => ({ path: '/session' }), expected: () => row('ok', 'ok', 'ok', 'ok', 'ok') },
  {
    method: 'GET',
    path: '/users',
    build: () => ({ path: '/users' }),
    // The persona picker's directory exists only where personas are how one signs in (the demo).
    expected: (kind) => (kind === 'persona' ? row('ok', 'ok', 'ok', 'ok', 'ok') : row(404, 404, 404, 404, 404)),
    schema: UserDirectorySchema,
  },
  // Role
  { method: 'GET', path: '/role', build: () => ({ path: '/role' }), expected: () => signedIn, schema: RoleSchema },
  { method: 'GET', path: '/role/stats', build: () => ({ path: '/role/stats' }), expected: () => signedIn, schema: RoleStatsSchema },
  // Candidates
  { method: 'GET', path: '/candidates', build: () => ({ path: '/candidates' }), expected: () => signedIn, schema: CandidateListSchema },
  {
    method: 'GET',
    path: '/candidates/lookup',
    build: () => ({ path: '/candidates/lookup?email=someone%40example.org' }),
    expected: () => hiringTeam,
    schema: EmailLookupSchema,
  },
  {
    method: 'POST',
    path: '/candidates',
    build: () => ({ path: '/candidates', body: newCandidateDraft(), headers: newKey() }),
    expected: () => hiringTeam,
    schema: CandidateSchema,
  },
  { method: 'GET', path: '/candidates/:id', build: (fx) => ({ path: candidatePath(fx) }), expected: () => signedIn, schema: CandidateSchema },
  {
    method: 'GET',
    path: '/candidates/:id/activity',
    build: (fx) => ({ path: candidatePath(fx, '/activity') }),
    expected: () => signedIn,
    schema: ActivityListSchema,
  },
  {
    method: 'GET',
    path: '/candidates/:id/scorecards',
    build: (fx) => ({ path: candidatePath(fx, '/scorecards') }),
    expected: () => signedIn,
    schema: CandidateScorecardsSchema,
  },
  {
    method: 'POST',
    path: '/candidates/:id/moves',
    build: (fx) => ({ path: candidatePath(fx, '/moves'), body: { toStage: 'screen' }, headers: writeHeaders(fx.candidateVersion) }),
    expected: () => hiringTeam,
    schema: MoveResultSchema,
  },
  {
    method: 'POST',
    path: '/candidates/:id/status',
    build: (fx) => ({
      path: candidatePath(fx, '/status'),
      body: { action: 'withdraw', reason: 'Accepted another offer', note: '' },
      headers: writeHeaders(fx.candidateVersion),
    }),
    expected: () => hiringTeam,
    schema: CandidateSchema,
  },
  {
    method: 'POST',
    path: '/candidates/:id/notes',
    build: (fx) => ({ path: candidatePath(fx, '/notes'), body: { text: 'Strong on reconciliation.' }, headers: newKey() }),
    expected: () => hiringTeam,
    schema: ActivityEntrySchema,
  },
  // Bulk actions: the request is every caller's to make; each item is then answered as one by one would be.
  {
    method: 'POST',
    path: '/candidates/bulk/moves',
    build: (fx) => ({ path: '/candidates/bulk/moves', body: { items: [{ candidateId: fx.candidateId, version: fx.candidateVersion }], toStage: 'screen' }, headers: newKey() }),
    expected: () => signedIn,
    schema: BulkResultSchema,
  },
  {
    method: 'POST',
    path: '/candidates/bulk/status',
    build: (fx) => ({
      path: '/candidates/bulk/status',
      body: { items: [{ candidateId: fx.candidateId, version: fx.candidateVersion }], action: 'reject', reason: 'Other', note: 'Closed the role.', unmetQualifications: [] },
      headers: newKey(),
    }),
    expected: () => signedIn,
    schema: BulkResultSchema,
  },
  {
    method: 'POST',
    path: '/candidates/bulk/notes',
    build: (fx) => ({ path: '/candidates/bulk/notes', body: { items: [{ candidateId: fx.candidateId }], text: 'Batch follow-up.' }, headers: newKey() }),
    expected: () => signedIn,
    schema: BulkResultSchema,
  },
  // CSV: only a status and headers to check here (suite-export.ts reads the file).
  { method: 'GET', path: '/candidates/export.csv', build: () => ({ path: '/candidates/export.csv' }), expected: () => signedIn },
  {
    method: 'PUT',
    path: '/candidates/:id/assessments/:qualificationId',
    build: (fx) => ({
      path: candidatePath(fx, '/assessments/data'),
      body: { status: 'met', evidence: 'Designed a ledger schema.' },
      headers: ifMatch(fx.candidateVersion),
    }),
    expected: () => hiringTeam,
    schema: CandidateSchema,
  },
  // Interviews and scorecards
  { method: 'GET', path: '/me/interviews', build: () => ({ path: '/me/interviews' }), expected: () => signedIn, schema: MyInterviewListSchema },
  {
    method: 'GET',
    path: '/interviews/:id',
    build: (fx) => ({ path: `/interviews/${fx.interview.id}` }),
    expected: () => row(401, 404, 404, 'ok', 'ok'),
    schema: InterviewDetailSchema,
  },
  {
    method: 'PUT',
    path: '/interviews/:id/scorecard',
    build: (fx) => ({ path: `/interviews/${fx.interview.id}/scorecard`, body: { ...completeScorecard(fx.interview), recommendation: null } }),
    expected: () => ownInterviewWrite,
    schema: ScorecardSchema,
  },
  {
    method: 'POST',
    path: '/interviews/:id/scorecard/submit',
    build: (fx) => ({ path: `/interviews/${fx.interview.id}/scorecard/submit`, body: completeScorecard(fx.interview), headers: newKey() }),
    expected: () => ownInterviewWrite,
    schema: ScorecardSchema,
  },
  { method: 'GET', path: '/review/queue', build: () => ({ path: '/review/queue' }), expected: () => hiringTeam, schema: ReviewQueueSchema },
  { method: 'GET', path: '/insights', build: () => ({ path: '/insights?period=90d&limit=10' }), expected: () => hiringTeam, schema: InsightsSchema },
  // Live updates
  { method: 'GET', path: '/events', build: () => ({ path: '/events', stream: true }), expected: () => signedIn },
];

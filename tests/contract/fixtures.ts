/**
 * What the suite knows of the seed, learnt through the API only (the server target has no database handle):
 * every candidate, every interview, and how far each scorecard is. Discovered once per target, right after
 * a reset; every later reset restores exactly the same data (target.ts), so the facts stay true at the
 * start of every test.
 */
import { expect } from 'vitest';
import * as z from 'zod/mini';
import {
  ActivityEntrySchema,
  type CandidateDraft,
  CandidateListSchema,
  CandidateScorecardsSchema,
  type CandidateSummary,
  type Interview,
  InterviewDetailSchema,
  MyInterviewListSchema,
  type ScorecardContent,
  type ScorecardProgress,
  ScorecardSchema,
  type Stage,
} from '../../src/domain';
import { type ApiClient, newKey, okBody } from './client';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

export interface InterviewFact extends Interview {
  /** How far its scorecard is, as its interviewer sees it. */
  progress: ScorecardProgress;
}

export interface SeedFacts {
  /** The whole pipeline, as the recruiter lists it. */
  candidates: CandidateSummary[];
  interviews: InterviewFact[];
}

const INTERVIEWERS: readonly string[] = PERSONAS.interviewers;
export const isInterviewer = (id: string): id is (typeof PERSONAS.interviewers)[number] => INTERVIEWERS.includes(id);

async function discover(target: ContractTarget): Promise<SeedFacts> {
  const recruiter = await target.signIn(PERSONAS.recruiter);
  const { items: candidates } = okBody(await recruiter.get('/candidates'), CandidateListSchema);
  const interviews: Interview[] = [];
  for (const candidate of candidates) {
    if (candidate.stage === 'applied') continue;
    interviews.push(...okBody(await recruiter.get(`/candidates/${candidate.id}/scorecards`), CandidateScorecardsSchema).interviews);
  }
  const progress = new Map<string, ScorecardProgress>();
  for (const persona of new Set(interviews.map((i) => i.interviewerId))) {
    const session = await target.signIn(persona as PersonaId);
    for (const item of okBody(await session.get('/me/interviews'), MyInterviewListSchema).items) progress.set(item.interview.id, item.scorecard.progress);
  }
  return { candidates, interviews: interviews.map((i) => ({ ...i, progress: progress.get(i.id) ?? 'missing' })) };
}

const discovered = new WeakMap<ContractTarget, Promise<SeedFacts>>();

/** The seed's facts; call it right after a reset (the suite's beforeEach does). */
export function seedFacts(target: ContractTarget): Promise<SeedFacts> {
  let facts = discovered.get(target);
  if (!facts) {
    facts = discover(target);
    discovered.set(target, facts);
  }
  return facts;
}

// Finding what a test needs ----------------------------------------------------------------------

/** Fails with a clear message when the seed has nothing that fits, instead of testing nothing. */
export function required<T>(found: T | undefined, what: string): T {
  if (found === undefined) throw new Error(`The seed has no ${what}: the contract suite needs one.`);
  return found;
}

export function candidateWhere(facts: SeedFacts, what: string, predicate: (c: CandidateSummary) => boolean): CandidateSummary {
  return required(facts.candidates.find(predicate), what);
}

export const activeIn = (facts: SeedFacts, stage: Stage) =>
  candidateWhere(facts, `active candidate in ${stage}`, (c) => c.status === 'active' && c.stage === stage);

export const interviewsOf = (facts: SeedFacts, candidateId: string) => facts.interviews.filter((i) => i.candidateId === candidateId);

/**
 * An interview whose interviewer (an interviewer, not the recruiter or the hiring manager) has not
 * submitted it and has no other interview of the candidate, while somebody else has submitted theirs:
 * the situation blind review exists for. Optionally without any scorecard yet, or of one interviewer.
 */
export function blindInterview(facts: SeedFacts, options: { missing?: boolean; interviewerId?: string; stage?: Stage } = {}): InterviewFact {
  const found = facts.interviews.find((interview) => {
    const candidate = facts.candidates.find((c) => c.id === interview.candidateId)!;
    const all = interviewsOf(facts, interview.candidateId);
    return (
      isInterviewer(interview.interviewerId) &&
      (options.interviewerId === undefined || interview.interviewerId === options.interviewerId) &&
      candidate.status === 'active' &&
      (options.stage === undefined || candidate.stage === options.stage) &&
      interview.progress !== 'submitted' &&
      (!options.missing || interview.progress === 'missing') &&
      all.filter((i) => i.interviewerId === interview.interviewerId).length === 1 &&
      all.some((i) => i.interviewerId !== interview.interviewerId && i.progress === 'submitted')
    );
  });
  return required(found, `interview in the blind-review situation (${JSON.stringify(options)})`);
}

/** An interviewer with two or more interviews of one candidate, not all submitted, others' already in. */
export function twoInterviewSituation(facts: SeedFacts): { interviewerId: PersonaId; candidateId: string; own: InterviewFact[] } | undefined {
  for (const candidate of facts.candidates) {
    const all = interviewsOf(facts, candidate.id);
    for (const interviewerId of new Set(all.map((i) => i.interviewerId))) {
      const own = all.filter((i) => i.interviewerId === interviewerId);
      const othersIn = all.some((i) => i.interviewerId !== interviewerId && i.progress === 'submitted');
      if (isInterviewer(interviewerId) && own.length >= 2 && own.some((i) => i.progress !== 'submitted') && othersIn) {
        return { interviewerId, candidateId: candidate.id, own };
      }
    }
  }
  return undefined;
}

// Requests the tests share ------------------------------------------------------------------------

/** A complete scorecard for an interview: every focus qualification rated, a recommendation, takeaways. */
export function completeScorecard(interview: Pick<Interview, 'focus'>): ScorecardContent {
  return {
    ratings: Object.fromEntries(interview.focus.map((q) => [q, 'yes'])),
    recommendation: 'yes',
    takeaways: 'Clean code, <b>tested</b> well.',
    privateNotes: 'Ask about on-call.',
  };
}

/** The current scorecard of an interview as its interviewer reads it (null: none yet). */
export async function ownScorecard(interviewer: ApiClient, interviewId: string) {
  return okBody(await interviewer.get(`/interviews/${interviewId}`), InterviewDetailSchema).scorecard;
}

/** Submits an interview's scorecard as its interviewer, building on whatever draft there is. */
export async function submitScorecard(interviewer: ApiClient, interview: Interview) {
  const current = await ownScorecard(interviewer, interview.id);
  const headers = { ...newKey(), ...(current ? { 'If-Match': `"${current.version}"` } : {}) };
  const response = await interviewer.post(`/interviews/${interview.id}/scorecard/submit`, completeScorecard(interview), headers);
  const submitted = okBody(response, ScorecardSchema);
  expect(submitted.status).toBe('submitted');
  return submitted;
}

let drafts = 0;
/** A new candidate no seed candidate shares an email with. */
export function newCandidateDraft(): CandidateDraft {
  drafts += 1;
  return {
    name: 'Ada Quinn',
    email: `ada.quinn.${drafts}.${Date.now()}@example.org`,
    headline: 'Staff Engineer',
    company: 'Ledgerline',
    location: 'Oslo, Norway',
    yearsExperience: 9,
    source: 'referral',
    links: [{ label: 'GitHub', url: 'https://github.com/adaq' }],
  };
}

/** `GET /candidates/:id/activity`: newest first. */
export const ActivityListSchema = z.object({ items: z.array(ActivityEntrySchema) });

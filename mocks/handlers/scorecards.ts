import { http, HttpResponse } from 'msw';
import {
  type CandidateScorecards,
  type Interview,
  type InterviewDetail,
  type MyInterview,
  PROBLEM_TYPES,
  ratingsForFocus,
  type ReviewQueue,
  type Scorecard,
  type ScorecardContent,
  ScorecardContentSchema,
  scorecardsVisibleTo,
  submissionErrors,
  type User,
} from '../../src/domain';
import type { MockBackend } from '../backend';
import { idempotent, parseBody, problem, problems, readJson, requireUser, requireVersion } from '../http';
import { actorOf, visibleCandidate } from './candidate-access';

function candidateBrief(backend: MockBackend, candidateId: string) {
  const { id, name, headline, company, stage, status } = backend.db.candidate(candidateId)!;
  return { id, name, headline, company, stage, status };
}

/** The interview, if `user` is its interviewer; anyone else gets a 404. */
function ownInterview(backend: MockBackend, user: User, interviewId: string): Interview {
  const interview = backend.db.interview(interviewId);
  if (!interview || interview.interviewerId !== user.id) throw problems.notFound('This interview');
  return interview;
}

const finalProblem = () =>
  problem(409, PROBLEM_TYPES.invalidTransition, 'Scorecard submitted', 'Submitted scorecards are final and can no longer be edited.');

/**
 * Checks the version of an existing scorecard: a first save creates it (no If-Match needed); later saves
 * must name the version they were based on.
 */
function checkScorecardVersion(request: Request, current: Scorecard | undefined): void {
  if (!current) return;
  if (current.status === 'submitted') throw finalProblem();
  const version = requireVersion(request);
  if (version !== current.version) {
    throw problem(412, PROBLEM_TYPES.versionConflict, 'Changed elsewhere', 'This scorecard was saved from another tab or device after you loaded it.', { current });
  }
}

/** Writes the author's scorecard for an interview, keeping only ratings of its focus qualifications. */
function writeScorecard(backend: MockBackend, user: User, interview: Interview, content: ScorecardContent, status: Scorecard['status']): Scorecard {
  const at = backend.now().toISOString();
  return backend.db.saveScorecard({
    id: `${interview.id}-sc`,
    interviewId: interview.id,
    candidateId: interview.candidateId,
    author: actorOf(user),
    status,
    ...content,
    ratings: ratingsForFocus(content.ratings, interview.focus),
    updatedAt: at,
    submittedAt: status === 'submitted' ? at : null,
  });
}

export function scorecardHandlers(backend: MockBackend, base: string) {
  return [
    http.get(`${base}/me/interviews`, () => {
      const user = requireUser(backend);
      const items: MyInterview[] = backend.db.interviewsOfInterviewer(user.id).map((interview) => {
        const scorecard = backend.db.scorecardFor(interview.id);
        return {
          interview,
          candidate: candidateBrief(backend, interview.candidateId),
          scorecard: { progress: scorecard?.status ?? 'missing', updatedAt: scorecard?.updatedAt ?? null },
        };
      });
      return HttpResponse.json({ items });
    }),

    http.get(`${base}/interviews/:id`, ({ params }) => {
      const user = requireUser(backend);
      const interview = ownInterview(backend, user, String(params.id));
      const detail: InterviewDetail = {
        interview,
        candidate: candidateBrief(backend, interview.candidateId),
        scorecard: backend.db.scorecardFor(interview.id) ?? null,
      };
      return HttpResponse.json(detail);
    }),

    // Autosave of a draft: creates the scorecard on first save, then updates it with If-Match.
    http.put(`${base}/interviews/:id/scorecard`, async ({ request, params }) => {
      const user = requireUser(backend);
      const interview = ownInterview(backend, user, String(params.id));
      const content = parseBody(ScorecardContentSchema, await readJson(request));
      const current = backend.db.scorecardFor(interview.id);
      checkScorecardVersion(request, current);
      const saved = writeScorecard(backend, user, interview, content, 'draft');
      backend.db.notifyChanged();
      return HttpResponse.json(saved, { status: current ? 200 : 201, headers: { ETag: `"${saved.version}"` } });
    }),

    // Submission is final: it needs a recommendation and takeaways, and no edit is accepted afterwards.
    http.post(`${base}/interviews/:id/scorecard/submit`, async ({ request, params }) => {
      const user = requireUser(backend);
      const interview = ownInterview(backend, user, String(params.id));
      const body = await readJson(request);
      return idempotent(backend, request, user, body, () => {
        const content = parseBody(ScorecardContentSchema, body);
        const errors = submissionErrors(content);
        if (Object.keys(errors).length > 0) {
          return problem(422, PROBLEM_TYPES.validation, 'Not ready to submit', 'A recommendation and key takeaways are required.', { errors });
        }
        const current = backend.db.scorecardFor(interview.id);
        checkScorecardVersion(request, current);
        const saved = writeScorecard(backend, user, interview, content, 'submitted');
        const at = saved.submittedAt!;
        backend.db.appendActivity({
          candidateId: interview.candidateId,
          at,
          actor: actorOf(user),
          type: 'scorecard_submitted',
          interviewId: interview.id,
          interviewKind: interview.kind,
          recommendation: saved.recommendation,
        });
        backend.db.notifyChanged();
        return HttpResponse.json(saved, { headers: { ETag: `"${saved.version}"` } });
      });
    }),

    http.get(`${base}/candidates/:id/scorecards`, ({ params }) => {
      const user = requireUser(backend);
      const candidate = visibleCandidate(backend, user, String(params.id));
      const visible = scorecardsVisibleTo(user, backend.db.scorecardsOf(candidate.id));
      const body: CandidateScorecards = { interviews: backend.db.interviewsOf(candidate.id), ...visible };
      return HttpResponse.json(body);
    }),

    http.get(`${base}/review/queue`, () => {
      const user = requireUser(backend);
      if (user.role === 'interviewer') throw problems.forbidden('The review queue is for the hiring manager and recruiters.');
      const items: ReviewQueue['items'] = [];
      for (const summary of backend.db.visibleSummaries(user)) {
        if (!summary.needsDecision || !summary.scorecards) continue;
        const onsite = backend.db.scorecardsOf(summary.id).filter((s) => backend.db.interview(s.interviewId)?.stage === 'onsite');
        const waitingSince = onsite.reduce((latest, s) => (s.submittedAt && s.submittedAt > latest ? s.submittedAt : latest), summary.stageEnteredAt);
        items.push({ candidate: candidateBrief(backend, summary.id), tally: summary.scorecards, waitingSince });
      }
      items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince));
      return HttpResponse.json({ items } satisfies ReviewQueue);
    }),
  ];
}

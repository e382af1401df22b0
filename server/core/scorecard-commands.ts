/** Scorecards: autosaved drafts (If-Match from the second save on) and the final submission. */
import {
  type IfMatch,
  type Interview,
  ratingsForFocus,
  type Scorecard,
  type ScorecardContent,
  ScorecardContentSchema,
  submissionErrors,
  type User,
} from '../../src/domain';
import { actorOf, type CoreDeps, once, requireVersion } from './context';
import type { Outcome, ReadPort, UnitOfWork } from './ports';
import { parseWith, problems } from './problems';

/** The interview, if `user` is its interviewer; anyone else gets a 404. */
export async function ownInterview(reader: ReadPort, user: User, interviewId: string): Promise<Interview> {
  const interview = await reader.interview(interviewId);
  if (!interview || interview.interviewerId !== user.id) throw problems.notFound('This interview');
  return interview;
}

const CHANGED_ELSEWHERE = 'This scorecard was saved from another tab or device after you loaded it.';

/** A first save creates the scorecard (no If-Match needed); later ones name the version they build on. */
async function checkScorecard(current: Scorecard | undefined, ifMatch: IfMatch): Promise<void> {
  if (!current) return;
  if (current.status === 'submitted') throw problems.scorecardFinal();
  await requireVersion(ifMatch, current.version, () => current, CHANGED_ELSEWHERE);
}

/** Writes the author's scorecard, keeping only ratings of the interview's focus qualifications. */
async function writeScorecard(
  tx: UnitOfWork,
  user: User,
  interview: Interview,
  current: Scorecard | undefined,
  content: ScorecardContent,
  status: Scorecard['status'],
  at: string,
): Promise<Scorecard> {
  const next: Scorecard = {
    id: `${interview.id}-sc`,
    interviewId: interview.id,
    candidateId: interview.candidateId,
    author: actorOf(user),
    version: (current?.version ?? 0) + 1,
    status,
    ...content,
    ratings: ratingsForFocus(content.ratings, interview.focus),
    updatedAt: at,
    submittedAt: status === 'submitted' ? at : null,
  };
  if (!(await tx.saveScorecard(next, current?.version ?? null))) {
    const latest = await tx.scorecard(interview.id);
    if (latest?.status === 'submitted') throw problems.scorecardFinal();
    throw problems.conflict(latest ?? null, CHANGED_ELSEWHERE);
  }
  return next;
}

export interface ScorecardRequest {
  user: User;
  interviewId: string;
  ifMatch: IfMatch;
  body: unknown;
}

export function scorecardCommands(deps: CoreDeps) {
  return {
    /** Autosave of a draft: a PUT, so it needs no Idempotency-Key; If-Match keeps two tabs from overwriting. */
    async saveDraft({ user, interviewId, ifMatch, body }: ScorecardRequest): Promise<Outcome> {
      const interview = await ownInterview(deps.store, user, interviewId);
      return deps.store.transaction(async (tx) => {
        const current = await tx.scorecard(interview.id);
        await checkScorecard(current, ifMatch);
        const content = parseWith(ScorecardContentSchema, body);
        const saved = await writeScorecard(tx, user, interview, current, content, 'draft', deps.clock.now().toISOString());
        return { status: current ? 200 : 201, body: saved, version: saved.version };
      });
    },

    /** Submission is final: it needs a recommendation and takeaways, and no edit is accepted afterwards. */
    async submit({ user, interviewId, ifMatch, body, idempotencyKey }: ScorecardRequest & { idempotencyKey: string | null }): Promise<Outcome> {
      const interview = await ownInterview(deps.store, user, interviewId);
      return once(deps, user, idempotencyKey, ['submit', interviewId, body], async (tx) => {
        const current = await tx.scorecard(interview.id);
        await checkScorecard(current, ifMatch);
        const content = parseWith(ScorecardContentSchema, body);
        const errors = submissionErrors(content);
        if (Object.keys(errors).length > 0) {
          throw problems.fieldErrors('Not ready to submit', 'A recommendation and key takeaways are required.', errors);
        }
        const at = deps.clock.now().toISOString();
        const saved = await writeScorecard(tx, user, interview, current, content, 'submitted', at);
        await tx.appendActivity({
          candidateId: interview.candidateId,
          at,
          actor: actorOf(user),
          type: 'scorecard_submitted',
          interviewId: interview.id,
          interviewKind: interview.kind,
          recommendation: saved.recommendation,
        });
        tx.emit({ type: 'scorecard', candidateId: interview.candidateId, interviewId: interview.id, authorId: user.id });
        return { status: 200, body: saved, version: saved.version };
      });
    },
  };
}

/** A generated candidate's interviews, and the scorecards their interviewers wrote. */
import {
  type AssessmentStatus,
  type Candidate,
  type Interview,
  type InterviewKind,
  type QualificationId,
  type Rating,
  type Recommendation,
  type Scorecard,
  type Stage,
  STAGES,
  stageIndex,
} from '../../src/domain';
import type { Profile } from './assessments';
import type { Random } from './prng';
import { actorOf, hiringManager, INTERVIEWER_POOL, recruiter } from './team';

const INTERVIEW_PLAN: Record<'screen' | 'onsite', readonly (readonly [InterviewKind, readonly QualificationId[]])[]> = {
  screen: [
    ['recruiter_screen', ['communication', 'autonomy', 'experience']],
    ['technical_screen', ['language', 'distributed-systems', 'data']],
  ],
  onsite: [
    ['coding', ['language', 'async']],
    ['system_design', ['distributed-systems', 'async', 'data']],
    ['data_reliability', ['data', 'security']],
    ['values', ['communication', 'autonomy']],
    ['hiring_manager', ['experience', 'security', 'communication']],
  ],
};

const RATING_SCORE: Record<Rating, number> = { definitely_not: -2, no: -1, mixed: 0, yes: 1, strong_yes: 2 };

function ratingFor(status: AssessmentStatus, strength: number, random: Random): Rating {
  const base = { met: 1.4, partial: 0.1, not_met: -1.3, unknown: strength * 2.4 - 1 }[status];
  const score = Math.round(base + (random.next() - 0.5) * 1.2);
  return (['definitely_not', 'no', 'mixed', 'yes', 'strong_yes'] as const)[Math.max(0, Math.min(4, score + 2))]!;
}

function recommendationFor(ratings: Rating[]): Recommendation {
  const mean = ratings.reduce((sum, r) => sum + RATING_SCORE[r], 0) / Math.max(1, ratings.length);
  return mean >= 1.3 ? 'strong_yes' : mean >= 0.35 ? 'yes' : mean >= -0.7 ? 'no' : 'definitely_not';
}

const TAKEAWAYS: Record<InterviewKind, readonly [positive: string, negative: string]> = {
  recruiter_screen: [
    'Clear, motivated story about moving toward payments infrastructure; comfortable with fully remote work.',
    'Motivation for the role was vague and the answers stayed at a high level.',
  ],
  technical_screen: [
    'Talked through a production incident in depth; good instincts on retries and timeouts.',
    'Struggled to go below the surface on how their services handle failure.',
  ],
  coding: [
    'Clean, well-tested solution; handled the idempotency follow-up without prompting.',
    'Got to a working solution late, with little testing and some tangled control flow.',
  ],
  system_design: [
    'Designed a ledger service with sensible partitioning and a clear story for exactly-once processing.',
    'Design stayed monolithic; consistency and failure modes were not addressed.',
  ],
  data_reliability: [
    'Strong on isolation levels and on reconciling double-entry records after a partial failure.',
    'Unsure how to keep balances consistent across a queue and a database.',
  ],
  values: [
    'Writes things down, disagrees openly and kindly, and has mentored others through ambiguity.',
    'Examples of collaboration were thin; prefers to work alone on well-defined tasks.',
  ],
  hiring_manager: [
    'Would raise the bar on the team; ready to lead a project in the first quarter.',
    'Not yet at the senior bar for scope and ownership.',
  ],
};

/** What an interviewer tells only the hiring team (never other interviewers). */
const PRIVATE_NOTES: Record<InterviewKind, string> = {
  recruiter_screen: 'Salary expectations sit at the top of the band; flag it before any offer.',
  technical_screen: 'Would like a second opinion on the depth here.',
  coding: 'Needed one hint on the retry edge case; otherwise fully independent.',
  system_design: 'Strong on partitioning; probe failure handling harder in the next round.',
  data_reliability: 'Hesitated on isolation levels at first, then recovered well.',
  values: 'Mentioned friction with a previous manager twice; worth a reference check.',
  hiring_manager: 'Compare with the other finalist before deciding.',
};

/**
 * Scorecards for a candidate's interviews: stages already passed have every scorecard in; the current
 * stage has a mix of submitted, draft and missing ones (some onsite candidates are complete: they need
 * a decision).
 */
export function scorecardsFor(
  candidate: Candidate,
  candidateInterviews: readonly Interview[],
  profile: Profile,
  stepTimes: readonly number[],
  nowMs: number,
  random: Random,
): Scorecard[] {
  const complete = candidate.stage === 'onsite' && random.chance(0.45);
  const result: Scorecard[] = [];
  for (const interview of candidateInterviews) {
    const stagePassed = stageIndex(interview.stage) < stageIndex(candidate.stage);
    const roll = random.next();
    const progress: 'missing' | 'draft' | 'submitted' =
      stagePassed || complete || candidate.status !== 'active' ? 'submitted' : roll < 0.45 ? 'submitted' : roll < 0.7 ? 'draft' : 'missing';
    if (progress === 'missing') continue;
    const heldAt = stepTimes[stageIndex(interview.stage)]!;
    const nextStepAt = stepTimes[stageIndex(interview.stage) + 1] ?? nowMs;
    const writtenAt = heldAt + (nextStepAt - heldAt) * (0.2 + random.next() * 0.6);
    const allRatings = interview.focus.map((q) => [q, ratingFor(candidate.assessments[q].status, profile.strength, random)] as const);
    const ratings = progress === 'submitted' ? allRatings : allRatings.slice(0, random.int(0, allRatings.length));
    const recommendation = recommendationFor(allRatings.map(([, r]) => r));
    const [positive, negative] = TAKEAWAYS[interview.kind];
    const takeaways = recommendation === 'yes' || recommendation === 'strong_yes' ? positive : negative;
    result.push({
      id: `${interview.id}-sc`,
      interviewId: interview.id,
      candidateId: candidate.id,
      author: { id: interview.interviewerId, name: interview.interviewerName },
      version: 1,
      status: progress,
      ratings: Object.fromEntries(ratings),
      recommendation: progress === 'submitted' ? recommendation : random.chance(0.5) ? recommendation : null,
      takeaways: progress === 'submitted' ? takeaways : random.chance(0.5) ? takeaways.split(';')[0]! : '',
      // Every submitted scorecard has private notes, so blind review's blanking of them is visible (and
      // testable); drafts sometimes. The draw comes first either way: the PRNG stream stays as it was.
      privateNotes: random.chance(0.3) || progress === 'submitted' ? PRIVATE_NOTES[interview.kind] : '',
      updatedAt: new Date(writtenAt).toISOString(),
      submittedAt: progress === 'submitted' ? new Date(writtenAt).toISOString() : null,
    });
  }
  return result;
}

export function interviewsFor(candidateId: string, stage: Stage, random: Random): Interview[] {
  const stagesWithInterviews = STAGES.slice(1, stageIndex(stage) + 1).filter(
    (s): s is 'screen' | 'onsite' => s === 'screen' || s === 'onsite',
  );
  return stagesWithInterviews.flatMap((s) =>
    INTERVIEW_PLAN[s].map(([kind, focus]) => {
      const interviewer =
        kind === 'recruiter_screen' ? recruiter : kind === 'hiring_manager' ? hiringManager : actorOf(random.pick(INTERVIEWER_POOL));
      return { id: `${candidateId}-${kind}`, candidateId, stage: s, kind, interviewerId: interviewer.id, interviewerName: interviewer.name, focus: [...focus] };
    }),
  );
}

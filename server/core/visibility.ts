/**
 * Who may see what, in one place: which candidates a user sees, blind review, contact redaction, the
 * review state (tally, needs decision) and which live events reach whom. Every read and every event
 * passes through here; nothing else decides it.
 */
import {
  type ActivityEntry,
  type Candidate,
  type CandidateSummary,
  canSeeContactDetails,
  type Interview,
  type ReviewState,
  type Scorecard,
  seesWholePipeline,
  tallyScorecards,
  type User,
} from '../../src/domain';
import type { ChangeEvent } from './events';
import type { ActivityFact, InterviewFact, ListRow, ReadPort, ScorecardFact } from './ports';

type Viewer = Pick<User, 'id' | 'role'>;

/** Interviewers see only the candidates they interview; everyone else sees the whole pipeline. */
export function canSeeCandidate(viewer: Viewer, interviews: readonly Pick<InterviewFact, 'interviewerId'>[]): boolean {
  return seesWholePipeline(viewer.role) || interviews.some((i) => i.interviewerId === viewer.id);
}

/** `canSeeCandidate` with the facts it needs read only when the viewer does not see the whole pipeline. */
export async function seesCandidate(reader: Pick<ReadPort, 'interviews'>, viewer: Viewer, candidateId: string): Promise<boolean> {
  return seesWholePipeline(viewer.role) || canSeeCandidate(viewer, await reader.interviews(candidateId));
}

/**
 * Blind review is per interview: an interviewer sees nothing of the others' scorecards of a candidate
 * (ratings, tallies, activity) until every one of their own interviews of that candidate has a submitted
 * scorecard. Recruiters and the hiring manager are never blind.
 */
export function isBlind(
  viewer: Viewer,
  interviews: readonly Pick<InterviewFact, 'id' | 'interviewerId'>[],
  scorecards: readonly Pick<ScorecardFact, 'interviewId' | 'status'>[],
): boolean {
  if (seesWholePipeline(viewer.role)) return false;
  const own = interviews.filter((i) => i.interviewerId === viewer.id);
  if (own.length === 0) return true;
  const submitted = new Set(scorecards.filter((s) => s.status === 'submitted').map((s) => s.interviewId));
  return !own.every((i) => submitted.has(i.id));
}

/** Onsite, active, and every onsite interview has a submitted scorecard: the hiring manager's move. */
export function reviewStateOf(
  candidate: Pick<Candidate, 'stage' | 'status'>,
  interviews: readonly InterviewFact[],
  scorecards: readonly ScorecardFact[],
): ReviewState {
  const byInterview = new Map(scorecards.map((s) => [s.interviewId, s]));
  const onsite = interviews.filter((i) => i.stage === 'onsite');
  const needsDecision =
    candidate.status === 'active' &&
    candidate.stage === 'onsite' &&
    onsite.length > 0 &&
    onsite.every((i) => byInterview.get(i.id)?.status === 'submitted');
  return { scorecards: interviews.length ? tallyScorecards(scorecards, interviews.length) : null, needsDecision };
}

/**
 * Whole-team summaries by row. Stores hand out a row object only for one state of the candidate (the
 * PostgreSQL store shares cached rows until the next commit that changes the list), so a row's summary
 * never changes: computing it once per row saves most of a 10,000-candidate list's CPU.
 */
const teamSummaries = new WeakMap<ListRow, CandidateSummary>();

/** Entries every viewer of the candidate reads, blind or not (see `activityVisibleTo`). */
const readByEveryViewer = (type: ActivityEntry['type']) => type !== 'note_added' && type !== 'scorecard_submitted';

/** The activity facts of one candidate's log (stores without a faster way, and single summaries). */
export function activityFactOf(entries: readonly Pick<ActivityEntry, 'type' | 'at'>[]): ActivityFact {
  let lastAt: string | null = null;
  let lastOpenAt: string | null = null;
  for (const { type, at } of entries) {
    if (lastAt === null || Date.parse(at) > Date.parse(lastAt)) lastAt = at;
    if (readByEveryViewer(type) && (lastOpenAt === null || Date.parse(at) > Date.parse(lastOpenAt))) lastOpenAt = at;
  }
  return { lastAt, lastOpenAt };
}

/**
 * The newest activity entry an interviewer may read, by the rule of `activityVisibleTo`: no notes; their
 * own scorecard submissions; the others' only once they are no longer blind. A submission's entry is
 * written with the scorecard's `submittedAt`, so the scorecard facts say when it was.
 */
function lastActivityForInterviewer(viewer: Viewer, row: ListRow, blind: boolean): string | null {
  const own = new Set(row.interviews.filter((i) => i.interviewerId === viewer.id).map((i) => i.id));
  let last = row.activity.lastOpenAt;
  for (const s of row.scorecards) {
    if (s.status !== 'submitted' || s.submittedAt === null || (blind && !own.has(s.interviewId))) continue;
    if (last === null || Date.parse(s.submittedAt) > Date.parse(last)) last = s.submittedAt;
  }
  return last;
}

/**
 * A board summary as `viewer` may see it: blind interviewers get no tally and no "needs decision"; the
 * last activity is that of the entries the viewer may read.
 */
export function summaryFor(viewer: Viewer, row: ListRow): CandidateSummary {
  if (seesWholePipeline(viewer.role)) {
    let summary = teamSummaries.get(row);
    if (!summary) {
      summary = { ...row.base, ...reviewStateOf(row.base, row.interviews, row.scorecards), lastActivityAt: row.activity.lastAt };
      teamSummaries.set(row, summary);
    }
    return summary;
  }
  const review = reviewStateOf(row.base, row.interviews, row.scorecards);
  const blind = isBlind(viewer, row.interviews, row.scorecards);
  return {
    ...row.base,
    scorecards: blind ? null : review.scorecards,
    needsDecision: false,
    lastActivityAt: lastActivityForInterviewer(viewer, row, blind),
  };
}

/** What this viewer may read of a candidate: interviewers never receive contact details. */
export function redactCandidate(viewer: Viewer, candidate: Candidate): Candidate {
  if (canSeeContactDetails(viewer.role)) return candidate;
  const { email: _email, phone: _phone, ...rest } = candidate;
  return rest;
}

/**
 * The timeline under blind review: interviewers never see notes (the hiring team's opinions), and see
 * other people's scorecard submissions only once they are no longer blind.
 */
export function activityVisibleTo(viewer: Viewer, entry: ActivityEntry, blind: boolean): boolean {
  if (seesWholePipeline(viewer.role)) return true;
  if (entry.type === 'note_added') return false;
  if (entry.type === 'scorecard_submitted') return entry.actor.id === viewer.id || !blind;
  return true;
}

/**
 * The scorecards of a candidate this viewer may read. Drafts are their author's alone. Recruiters and the
 * hiring manager read every submitted scorecard. A blind interviewer reads only their own; afterwards every
 * submitted one, without the other interviewers' private notes.
 */
export function scorecardsVisibleTo(
  viewer: Viewer,
  interviews: readonly Interview[],
  scorecards: readonly Scorecard[],
): { scorecards: Scorecard[]; blind: boolean } {
  const own = scorecards.filter((s) => s.author.id === viewer.id);
  const others = scorecards.filter((s) => s.status === 'submitted' && s.author.id !== viewer.id);
  if (seesWholePipeline(viewer.role)) return { scorecards: [...own, ...others], blind: false };
  if (isBlind(viewer, interviews, scorecards)) return { scorecards: own, blind: true };
  return { scorecards: [...own, ...others.map((s) => ({ ...s, privateNotes: '' }))], blind: false };
}

/**
 * Whether a live event reaches this viewer. Interviewers hear only of their own candidates, never of
 * notes, and of scorecards only their own until they are no longer blind.
 */
export function eventVisibleTo(
  viewer: Viewer,
  event: ChangeEvent,
  facts: { interviews: readonly InterviewFact[]; scorecards: readonly ScorecardFact[] },
): boolean {
  if (seesWholePipeline(viewer.role)) return true;
  if (!canSeeCandidate(viewer, facts.interviews)) return false;
  if (event.type === 'activity') return false;
  if (event.type === 'scorecard') return event.authorId === viewer.id || !isBlind(viewer, facts.interviews, facts.scorecards);
  return true;
}

/** `eventVisibleTo` with the candidate's facts read only when the viewer does not see the whole pipeline. */
export async function eventReaches(reader: Pick<ReadPort, 'interviews' | 'scorecards'>, viewer: Viewer, event: ChangeEvent): Promise<boolean> {
  if (seesWholePipeline(viewer.role)) return true;
  const [interviews, scorecards] = await Promise.all([reader.interviews(event.candidateId), reader.scorecards(event.candidateId)]);
  return eventVisibleTo(viewer, event, { interviews, scorecards });
}

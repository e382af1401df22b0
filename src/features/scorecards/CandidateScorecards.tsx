import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { RatingMark, RecommendationMark } from '../../components/ScorecardMarks';
import {
  type CandidateScorecards as CandidateScorecardsData,
  INTERVIEW_KIND_LABELS,
  INTERVIEW_KINDS,
  type Interview,
  type QualificationId,
  type Scorecard,
  STAGE_LABELS,
  STAGES,
  type User,
} from '../../domain';
import { SectionStatus } from '../../components/PageStatus';
import { formatDateTime } from '../../lib/format';
import { candidateScorecardsQueryOptions } from '../../lib/queries/scorecards';
import { type QualificationRatingSignal, ratingsByQualification } from './ratings-signal';
import { ScorecardView } from './ScorecardView';

export interface CandidateScorecardsProps {
  candidateId: string;
  viewer: User;
  /** Leave out one interview (the scorecard page shows its own scorecard above the panel). */
  excludeInterviewId?: string;
  /** Defaults to "Interviews and scorecards". */
  title?: string;
}

function interviewOrder(a: Interview, b: Interview): number {
  return STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || INTERVIEW_KINDS.indexOf(a.kind) - INTERVIEW_KINDS.indexOf(b.kind);
}

function InterviewEntry({ interview, scorecard, viewer, blind }: { interview: Interview; scorecard: Scorecard | undefined; viewer: User; blind: boolean }) {
  const mine = interview.interviewerId === viewer.id;
  const who = mine ? `You (${interview.interviewerName})` : interview.interviewerName;
  const titleId = useId();
  let state: ReactNode;
  let body: ReactNode = null;
  if (scorecard?.status === 'submitted') {
    state = (
      <span className="interview-entry__recommendation">
        <span className="visually-hidden">Recommendation: </span>
        <RecommendationMark recommendation={scorecard.recommendation} compact />
      </span>
    );
    body = (
      <>
        <p className="interview-entry__when">
          <span aria-hidden="true">✓ </span>Submitted {scorecard.submittedAt ? formatDateTime(scorecard.submittedAt) : ''}
        </p>
        <ScorecardView interview={interview} scorecard={scorecard} compact />
      </>
    );
  } else if (mine) {
    state = (
      <span className={`progress-badge progress-badge--${scorecard ? 'draft' : 'missing'}`}>
        <span aria-hidden="true">{scorecard ? '✎ ' : '○ '}</span>
        {scorecard ? 'Your draft' : 'Not started'}
      </span>
    );
    body = (
      <Link className="button button--small" to={`/interviews/${encodeURIComponent(interview.id)}`}>
        {scorecard ? 'Continue your scorecard' : 'Write your scorecard'}
      </Link>
    );
  } else if (blind) {
    state = (
      <span className="progress-badge progress-badge--hidden">
        <span aria-hidden="true">◌ </span>Hidden until yours is in
      </span>
    );
  } else {
    state = (
      <span className="progress-badge progress-badge--missing">
        <span aria-hidden="true">○ </span>Not submitted yet
      </span>
    );
  }
  return (
    <li className={`interview-entry${body ? '' : ' interview-entry--quiet'}`} aria-labelledby={titleId}>
      <div className="interview-entry__head">
        <h3 id={titleId} className="interview-entry__title">
          {INTERVIEW_KIND_LABELS[interview.kind]}
          <span className="interview-entry__who"> · {who}</span>
        </h3>
        {state}
      </div>
      {body}
    </li>
  );
}

/**
 * A candidate's interviews and the scorecards the viewer may read. Blind review is the API's decision
 * (an interviewer gets only their own until they submit it); this panel says so, and links the viewer's
 * own scorecards to write.
 */
export function CandidateScorecards({ candidateId, viewer, excludeInterviewId, title = 'Interviews and scorecards' }: CandidateScorecardsProps) {
  const query = useQuery(candidateScorecardsQueryOptions(candidateId));
  const headingId = useId();
  return (
    <section className="panel scorecards-panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {query.data ? <ScorecardsSummary data={query.data} excludeInterviewId={excludeInterviewId} /> : null}
      </div>
      <SectionStatus what="scorecards" query={query} />
      {query.data === undefined ? null : (
        <PanelBody data={query.data} viewer={viewer} excludeInterviewId={excludeInterviewId} />
      )}
    </section>
  );
}

/** "N of M submitted", counting only the interviews this panel lists (not the viewer's own, when excluded). */
function ScorecardsSummary({ data, excludeInterviewId }: { data: CandidateScorecardsData; excludeInterviewId?: string }) {
  if (data.blind) return null;
  const listed = data.interviews.filter((i) => i.id !== excludeInterviewId);
  const submitted = data.scorecards.filter((s) => s.status === 'submitted' && s.interviewId !== excludeInterviewId).length;
  return (
    <p className="panel__summary">
      {submitted} of {listed.length} submitted
    </p>
  );
}

function PanelBody({ data, viewer, excludeInterviewId }: { data: CandidateScorecardsData; viewer: User; excludeInterviewId?: string }) {
  const byInterview = new Map(data.scorecards.map((s) => [s.interviewId, s]));
  const interviews = data.interviews.filter((i) => i.id !== excludeInterviewId).sort(interviewOrder);
  if (data.interviews.length === 0) return <p className="muted">No interviews yet. Interviews are planned when a candidate reaches Screen.</p>;
  const stages = STAGES.filter((stage) => interviews.some((i) => i.stage === stage));
  return (
    <>
      {data.blind ? (
        <p className="blind-notice">
          <span className="blind-notice__glyph" aria-hidden="true">
            ◐
          </span>
          <span>
            <strong>Submit your scorecard to see the others.</strong> Blind review: until yours is in, the other interviewers’ scorecards
            stay hidden, so your judgement is your own.
          </span>
        </p>
      ) : null}
      {stages.map((stage) => (
        <div key={stage} className="interview-group">
          <p className="panel__subtitle">{STAGE_LABELS[stage]}</p>
          <ul className="interview-list">
            {interviews
              .filter((i) => i.stage === stage)
              .map((interview) => (
                <InterviewEntry key={interview.id} interview={interview} scorecard={byInterview.get(interview.id)} viewer={viewer} blind={data.blind} />
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/**
 * The interview ratings of each qualification for a candidate, as the viewer may see them (submitted
 * scorecards only; nothing for an interviewer still blind). For the candidate page's checklist signal.
 */
export function useQualificationRatings(candidateId: string) {
  const query = useQuery({ ...candidateScorecardsQueryOptions(candidateId), select: ratingsByQualification });
  return { ratings: query.data ?? null, isPending: query.isPending, error: query.error };
}

/**
 * Interview ratings of one qualification, as glyph + words with who gave them. A line of text, not a
 * nested list: it sits inside a checklist item and reads as one sentence.
 */
export function QualificationRatings({ ratings }: { ratings: readonly QualificationRatingSignal[] }) {
  if (ratings.length === 0) return null;
  return (
    <p className="qualification-ratings">
      <span className="qualification-ratings__label">Interview ratings:</span>
      <span className="qualification-ratings__list">
        {ratings.map((signal, index) => (
          <span key={signal.interviewId} className="qualification-ratings__item" title={`${signal.interviewerName}, ${INTERVIEW_KIND_LABELS[signal.interviewKind]}`}>
            <RatingMark rating={signal.rating} compact />
            <span className="qualification-ratings__who">
              {signal.interviewerName}
              <span className="visually-hidden">
                , {INTERVIEW_KIND_LABELS[signal.interviewKind]}
                {index < ratings.length - 1 ? ';' : '.'}
              </span>
            </span>
          </span>
        ))}
      </span>
    </p>
  );
}

/**
 * For CandidatePage's `renderQualificationRatings` slot: call in the route, pass the result through.
 * Returns a function rendering the ratings of one qualification (null while loading or when there are none).
 */
export function useQualificationRatingsSlot(candidateId: string): (qualificationId: QualificationId) => ReactNode {
  const { ratings } = useQualificationRatings(candidateId);
  return (qualificationId) => {
    const list = ratings?.[qualificationId];
    return list && list.length > 0 ? <QualificationRatings ratings={list} /> : null;
  };
}

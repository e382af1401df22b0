import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PageLoadError, PageLoading } from '../../components/PageStatus';
import { StaleDataBanner } from '../../components/StaleDataBanner';
import { INTERVIEW_KIND_LABELS, type InterviewDetail, type Scorecard, STAGE_LABELS, STATUS_LABELS, type User } from '../../domain';
import { formatDateTime } from '../../lib/format';
import { clearLocalDraft, readLocalDraft, sameScorecardContent } from '../../lib/local-drafts';
import { interviewQueryOptions } from '../../lib/queries/scorecards';
import { CandidateScorecards } from './CandidateScorecards';
import { contentOf } from './draft-sync';
import { ScorecardEditor } from './ScorecardEditor';
import { ScorecardView } from './ScorecardView';

interface ScorecardPageProps {
  interviewId: string;
  viewer: User;
}

const back = (
  <Link to="/interviews" className="back-link">
    <span aria-hidden="true">← </span>My interviews
  </Link>
);

/** Text typed on this device that never reached the server before the scorecard was submitted elsewhere. */
function LeftoverDraft({ viewer, scorecard }: { viewer: User; scorecard: Scorecard }) {
  const [leftover, setLeftover] = useState(() => {
    const local = readLocalDraft(viewer.id, scorecard.interviewId);
    return local && !sameScorecardContent(local.content, contentOf(scorecard)) ? local : null;
  });
  useEffect(() => {
    // Once submitted, a local copy equal to it has nothing more to give.
    if (!leftover) clearLocalDraft(viewer.id, scorecard.interviewId);
  }, [leftover, viewer.id, scorecard.interviewId]);
  if (!leftover) return null;
  return (
    <details className="leftover">
      <summary>Unsaved text from this device ({formatDateTime(leftover.savedAt)}), not part of the submitted scorecard</summary>
      <p className="muted small">Copy anything you still need: a submitted scorecard can’t be changed.</p>
      <p className="prewrap leftover__text">{leftover.content.takeaways}</p>
      {leftover.content.privateNotes ? <p className="prewrap leftover__text">{leftover.content.privateNotes}</p> : null}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          clearLocalDraft(viewer.id, scorecard.interviewId);
          setLeftover(null);
        }}
      >
        Discard it
      </button>
    </details>
  );
}

function SubmittedScorecard({ detail, scorecard, viewer, justSubmitted }: { detail: InterviewDetail; scorecard: Scorecard; viewer: User; justSubmitted: boolean }) {
  const banner = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justSubmitted) banner.current?.focus();
  }, [justSubmitted]);
  return (
    <section className="panel submitted-scorecard" aria-labelledby="your-scorecard">
      {justSubmitted ? (
        <p ref={banner} tabIndex={-1} className="success-banner">
          <span aria-hidden="true">✓ </span>
          Submitted. Your scorecard is final, and the other submitted scorecards for {detail.candidate.name} are now visible to you.
        </p>
      ) : null}
      <div className="panel__header">
        <h2 id="your-scorecard" className="panel__title">
          Your scorecard
        </h2>
        <span className="progress-badge progress-badge--submitted">
          <span aria-hidden="true">✓ </span>Submitted {scorecard.submittedAt ? formatDateTime(scorecard.submittedAt) : ''} · final
        </span>
      </div>
      <p className="muted small">Submitted scorecards are final and can’t be edited.</p>
      <ScorecardView interview={detail.interview} scorecard={scorecard} />
      <LeftoverDraft viewer={viewer} scorecard={scorecard} />
    </section>
  );
}

/**
 * `/interviews/:id`: the interviewer's scorecard for one interview — a form that autosaves while it is a
 * draft, read-only once submitted — beside the candidate's other scorecards (blind until theirs is in).
 */
export function ScorecardPage({ interviewId, viewer }: ScorecardPageProps) {
  const query = useQuery(interviewQueryOptions(interviewId));
  // Submitted while this page was open (here, or in another tab): say so, and where focus is.
  const [editedHere, setEditedHere] = useState(false);
  const editable = query.data ? query.data.scorecard?.status !== 'submitted' : false;
  if (editable && !editedHere) setEditedHere(true);

  if (query.isPending) {
    return <PageLoading className="scorecard-page" title="Scorecard · Shortlist" back={back} message="Loading the interview…" />;
  }
  if (query.data === undefined) {
    return (
      <PageLoadError
        className="scorecard-page"
        title="Scorecard · Shortlist"
        back={back}
        error={query.error}
        notFound={{ heading: 'Interview not found', message: 'This interview does not exist, or it is someone else’s: you can only open your own scorecards.' }}
        failedHeading="Could not load this interview"
        onRetry={() => void query.refetch()}
      />
    );
  }

  const detail = query.data;
  const { interview, candidate, scorecard } = detail;
  const submitted = scorecard?.status === 'submitted' ? scorecard : null;
  return (
    <div className="scorecard-page">
      <title>{`Scorecard: ${candidate.name} · Shortlist`}</title>
      {back}
      {query.isError ? <StaleDataBanner what="this interview" query={query} /> : null}
      <header className="scorecard-header">
        <p className="scorecard-header__eyebrow">
          {INTERVIEW_KIND_LABELS[interview.kind]} interview · {STAGE_LABELS[interview.stage]}
        </p>
        <div className="scorecard-header__title-row">
          <h1 className="scorecard-header__name">{candidate.name}</h1>
          {candidate.status !== 'active' ? <span className={`badge badge--${candidate.status}`}>{STATUS_LABELS[candidate.status]}</span> : null}
        </div>
        <p className="scorecard-header__headline">
          {candidate.headline} <span className="muted">at</span> {candidate.company}
          <span className="scorecard-header__sep" aria-hidden="true">
            ·
          </span>
          <Link to={`/candidates/${encodeURIComponent(candidate.id)}`} className="scorecard-header__profile">
            Candidate profile
          </Link>
        </p>
      </header>
      <div className="scorecard-layout">
        <div className="scorecard-layout__main">
          {submitted ? (
            <SubmittedScorecard detail={detail} scorecard={submitted} viewer={viewer} justSubmitted={editedHere} />
          ) : (
            <ScorecardEditor key={`${viewer.id}:${interview.id}`} detail={detail} viewer={viewer} />
          )}
        </div>
        <div className="scorecard-layout__side">
          <CandidateScorecards candidateId={candidate.id} viewer={viewer} excludeInterviewId={interview.id} title="Other scorecards" />
        </div>
      </div>
    </div>
  );
}

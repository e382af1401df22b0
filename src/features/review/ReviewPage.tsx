import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { PageLoadError, PageLoading } from '../../components/PageStatus';
import { StaleDataBanner } from '../../components/StaleDataBanner';
import { daysInStage, type QualificationId, type Rating, type User } from '../../domain';
import { openOverlay, useShortcuts } from '../../lib/keyboard';
import { candidateQueryOptions } from '../../lib/queries/candidates';
import { candidateScorecardsQueryOptions } from '../../lib/queries/scorecards';
import { advanceGaps, concernQualifications, matrixColumns, pendingInterviews } from './agreement';
import { AgreementSummary } from './AgreementSummary';
import { DecisionPanel } from './DecisionPanel';
import { MatrixSection } from './MatrixSection';
import { backToQueue, QueueNav, ReviewHeader } from './ReviewHeader';
import { Takeaways } from './Takeaways';
import { useQueueNavigation } from './useQueueNavigation';
import { useReviewDecisions } from './useReviewDecisions';

const RejectDialog = lazy(() => import('./RejectDialog'));
const ConfirmAdvanceDialog = lazy(() => import('./ConfirmAdvanceDialog'));

/**
 * `/review/:candidateId`: every submitted scorecard of a candidate side by side, where the interviewers
 * agree and disagree, and the hiring manager's decision in one step. J/K move through the queue.
 */
export function ReviewPage({ candidateId, viewer }: { candidateId: string; viewer: User }) {
  const canReview = viewer.role !== 'interviewer';
  const manager = viewer.role === 'hiring_manager';
  const candidateQuery = useQuery({ ...candidateQueryOptions(candidateId), enabled: canReview });
  const scorecardsQuery = useQuery({ ...candidateScorecardsQueryOptions(candidateId), enabled: canReview });
  const queue = useQueueNavigation(candidateId, canReview);
  const candidate = candidateQuery.data;
  const gaps = candidate && scorecardsQuery.data ? advanceGaps(candidate, scorecardsQuery.data) : undefined;
  const decisions = useReviewDecisions({
    viewer,
    candidateId,
    candidate,
    queueIds: queue.ids,
    gaps,
  });
  const heading = useRef<HTMLHeadingElement>(null);

  // Arriving on another candidate (J/K, after a decision): focus the name so reading starts there.
  const arrived = useRef(false);
  const shownId = candidate?.id;
  useEffect(() => {
    if (!shownId) return;
    if (arrived.current) heading.current?.focus();
    arrived.current = true;
  }, [shownId]);

  // A and R are the hiring manager's: for anyone else they explain why not, and are not listed in "?".
  useShortcuts(
    canReview
      ? [
          { key: 'j', description: 'Next candidate in the queue', run: () => queue.step('next') },
          { key: 'k', description: 'Previous candidate in the queue', run: () => queue.step('previous') },
          { key: 'a', description: manager ? 'Advance to Offer (hiring manager)' : undefined, run: decisions.advance },
          { key: 'r', description: manager ? 'Reject… (hiring manager)' : undefined, run: decisions.openReject },
        ]
      : [],
  );

  if (!canReview) {
    return (
      <div className="review-page">
        <title>Review · Shortlist</title>
        <div className="error-panel error-panel--left">
          <h1>Review is for the hiring manager and recruiters</h1>
          <p>
            <Link to="/interviews">Go to your interviews</Link>
          </p>
        </div>
      </div>
    );
  }

  const error = candidateQuery.error ?? scorecardsQuery.error;
  if (error && (!candidate || !scorecardsQuery.data)) {
    return (
      <PageLoadError
        className="review-page"
        title="Review · Shortlist"
        back={backToQueue}
        error={error}
        notFound={{ heading: 'Candidate not found' }}
        failedHeading="Could not load this review"
        onRetry={() => {
          void candidateQuery.refetch();
          void scorecardsQuery.refetch();
        }}
      />
    );
  }
  if (!candidate || !scorecardsQuery.data) {
    return <PageLoading className="review-page" title="Review · Shortlist" back={backToQueue} message="Loading scorecards…" />;
  }

  const columns = matrixColumns(scorecardsQuery.data);
  const pending = pendingInterviews(scorecardsQuery.data);
  const lowRatings = (id: QualificationId) =>
    columns.flatMap(({ scorecard }) => {
      const rating = scorecard.ratings[id];
      return rating === 'no' || rating === 'definitely_not' ? [{ name: scorecard.author.name, rating: rating as Rating }] : [];
    });

  return (
    <div className="review-page">
      <title>{`Review: ${candidate.name} · Shortlist`}</title>
      {candidateQuery.isError ? <StaleDataBanner what="this review" query={candidateQuery} /> : null}
      {scorecardsQuery.isError ? <StaleDataBanner what="these scorecards" query={scorecardsQuery} /> : null}
      <QueueNav index={queue.index} total={queue.ids.length} previous={queue.previous} next={queue.next} onStep={queue.step} onHelp={() => openOverlay('help')} />
      <ReviewHeader candidate={candidate} waitedDays={queue.waiting ? daysInStage(queue.waiting.waitingSince, new Date()) : null} headingRef={heading}>
        <DecisionPanel
          viewer={viewer}
          candidate={candidate}
          pending={pending.length}
          busy={decisions.busy}
          onAdvance={decisions.advance}
          onReject={decisions.openReject}
        />
      </ReviewHeader>

      {columns.length === 0 ? (
        <p className="panel muted">No submitted scorecards yet.</p>
      ) : (
        <>
          <AgreementSummary columns={columns} candidate={candidate} />
          <MatrixSection columns={columns} pending={pending} />
          <Takeaways columns={columns} />
        </>
      )}

      <p className="shortcut-hint" aria-hidden="true">
        <kbd className="key">J</kbd> <kbd className="key">K</kbd> next / previous
        {manager ? (
          <>
            {' '}
            · <kbd className="key">A</kbd> advance · <kbd className="key">R</kbd> reject
          </>
        ) : null}{' '}
        · <kbd className="key">?</kbd> all shortcuts
      </p>

      <Suspense fallback={null}>
        {decisions.rejecting ? (
          <RejectDialog
            candidateName={candidate.name}
            concerns={concernQualifications(columns)}
            lowRatings={lowRatings}
            pending={decisions.rejectPending}
            error={decisions.rejectError}
            onConfirm={decisions.reject}
            onCancel={decisions.closeReject}
          />
        ) : null}
        {decisions.confirming && gaps ? (
          <ConfirmAdvanceDialog candidateName={candidate.name} gaps={gaps} onConfirm={decisions.confirmAdvance} onCancel={decisions.closeConfirm} />
        ) : null}
      </Suspense>
    </div>
  );
}

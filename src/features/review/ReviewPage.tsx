import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageLoadError, PageLoading } from '../../components/PageStatus';
import { announce } from '../../components/LiveAnnouncer';
import { RatingMark, RecommendationMark } from '../../components/ScorecardMarks';
import { showToast } from '../../components/toast/toast-store';
import {
  type Candidate,
  daysInStage,
  decideMove,
  decideStatusChange,
  INTERVIEW_KIND_LABELS,
  qualificationById,
  type QualificationId,
  type Rating,
  STAGE_LABELS,
  STATUS_LABELS,
  type User,
} from '../../domain';
import { newIdempotencyKey } from '../../lib/api-client';
import { describeError, isApiError } from '../../lib/api-errors';
import { formatDateTime, formatDays, pluralize } from '../../lib/format';
import {
  afterDecision,
  concernQualifications,
  type MatrixColumn,
  matrixColumns,
  overallAgreement,
  pendingInterviews,
  qualificationAgreement,
  queueNeighbours,
} from './agreement';
import { reviewCandidateQueryOptions, reviewQueueQueryOptions, reviewScorecardsQueryOptions } from './api';
import { useMoveDecision, useStatusDecision } from './decisions';
import type { RejectDecision } from './RejectDialog';
import { ReviewMatrix } from './ReviewMatrix';
import { type ShortcutHelp, useShortcuts } from './shortcuts';

const RejectDialog = lazy(() => import('./RejectDialog'));
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog'));

const SHORTCUTS: ShortcutHelp[] = [
  { keys: ['J'], does: 'Next candidate in the queue' },
  { keys: ['K'], does: 'Previous candidate in the queue' },
  { keys: ['A'], does: 'Advance to Offer (hiring manager)' },
  { keys: ['R'], does: 'Reject… (hiring manager)' },
  { keys: ['?'], does: 'Show these shortcuts' },
];

const back = (
  <Link to="/review" className="back-link">
    <span aria-hidden="true">← </span>Review queue
  </Link>
);

function Summary({ columns, candidate }: { columns: MatrixColumn[]; candidate: Candidate }) {
  const overall = overallAgreement(columns);
  const agreements = qualificationAgreement(columns);
  const group = (predicate: (a: (typeof agreements)[number]) => boolean) => agreements.filter(predicate);
  const rows: { key: string; glyph: string; title: string; items: typeof agreements; detail: boolean }[] = [
    { key: 'agree-yes', glyph: '✓', title: 'Agree: yes', items: group((a) => (a.verdict === 'agree' || a.verdict === 'single') && a.direction === 'positive'), detail: false },
    { key: 'agree-no', glyph: '✕', title: 'Agree: no', items: group((a) => (a.verdict === 'agree' || a.verdict === 'single') && a.direction === 'negative'), detail: false },
    { key: 'split', glyph: '⇄', title: 'Split', items: group((a) => a.verdict === 'split'), detail: true },
    { key: 'mixed', glyph: '±', title: 'Mixed', items: group((a) => a.verdict === 'leaning' || ((a.verdict === 'agree' || a.verdict === 'single') && a.direction === 'mixed')), detail: true },
    { key: 'none', glyph: '–', title: 'Not assessed', items: group((a) => a.verdict === 'none'), detail: false },
  ];
  return (
    <section className="panel agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title" className="panel__title">
        Where the interviewers agree
      </h2>
      <p className="agreement__overall">
        <span className={`agreement__overall-glyph${overall.hire * 2 > overall.total ? ' is-positive' : overall.hire * 2 < overall.total ? ' is-negative' : ''}`} aria-hidden="true">
          {overall.hire * 2 > overall.total ? '+' : overall.hire * 2 < overall.total ? '−' : '±'}
        </span>
        {overall.sentence}.
      </p>
      <ul className="agreement__list">
        {rows
          .filter((row) => row.items.length > 0)
          .map((row) => (
            <li key={row.key} className={`agreement__item agreement__item--${row.key}`}>
              <span className="agreement__glyph" aria-hidden="true">
                {row.glyph}
              </span>
              <span className="agreement__title">{row.title}:</span>{' '}
              {row.items
                .map((a) => `${qualificationById(a.id).label}${row.detail && a.verdict !== 'single' ? ` (${a.positive} yes, ${a.negative} no${a.mixed ? `, ${a.mixed} mixed` : ''})` : ''}`)
                .join('; ')}
            </li>
          ))}
      </ul>
      <p className="muted small">
        Assessed on the candidate’s page:{' '}
        {Object.values(candidate.assessments).filter((a) => a.status === 'met').length} of 8 qualifications met.
      </p>
    </section>
  );
}

function Takeaways({ columns }: { columns: MatrixColumn[] }) {
  return (
    <section className="takeaways" aria-labelledby="takeaways-title">
      <h2 id="takeaways-title" className="section-title">
        Takeaways
      </h2>
      <ul className="takeaway-grid">
        {columns.map(({ interview, scorecard }) => (
          <li key={interview.id} className="takeaway-card" aria-labelledby={`takeaway-${interview.id}`}>
            <div className="takeaway-card__head">
              <div>
                <h3 id={`takeaway-${interview.id}`} className="takeaway-card__who">
                  {scorecard.author.name}
                </h3>
                <p className="takeaway-card__kind">
                  {INTERVIEW_KIND_LABELS[interview.kind]} · {STAGE_LABELS[interview.stage]}
                  {scorecard.submittedAt ? ` · ${formatDateTime(scorecard.submittedAt)}` : ''}
                </p>
              </div>
              <RecommendationMark recommendation={scorecard.recommendation} compact />
            </div>
            <p className="prewrap takeaway-card__text">{scorecard.takeaways}</p>
            {scorecard.privateNotes ? (
              <div className="takeaway-card__private">
                <h4 className="takeaway-card__private-title">Private note</h4>
                <p className="prewrap">{scorecard.privateNotes}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface DecisionPanelProps {
  viewer: User;
  candidate: Candidate;
  pending: number;
  busy: boolean;
  onAdvance: () => void;
  onReject: () => void;
}

function DecisionPanel({ viewer, candidate, pending, busy, onAdvance, onReject }: DecisionPanelProps) {
  if (viewer.role !== 'hiring_manager') {
    return (
      <div className="decision decision--readonly">
        <p className="decision__title">
          <span className="info-glyph" aria-hidden="true">i</span>
          <span>Only the hiring manager decides</span>
        </p>
        <p className="muted small">You can read every submitted scorecard here; the hiring manager advances or rejects.</p>
      </div>
    );
  }
  const advance = decideMove(viewer.role, candidate, 'offer');
  const reject = decideStatusChange(viewer.role, candidate, 'reject');
  if (!advance.allowed && !reject.allowed) {
    return (
      <div className="decision decision--done">
        <p className="decision__title">
          {candidate.status === 'active' ? `In ${STAGE_LABELS[candidate.stage]}` : STATUS_LABELS[candidate.status]}
        </p>
        <p className="muted small">Nothing to decide here now.</p>
      </div>
    );
  }
  return (
    <div className="decision">
      <p className="decision__title">Decision</p>
      {pending > 0 ? (
        <p className="decision__warning">
          <span aria-hidden="true">⚠ </span>
          {pluralize(pending, 'scorecard')} not in yet
        </p>
      ) : null}
      <div className="decision__buttons">
        <button type="button" className="button button--primary" aria-keyshortcuts="A" disabled={busy || !advance.allowed} title={advance.allowed ? undefined : advance.reason} onClick={onAdvance}>
          {busy ? 'Saving…' : 'Advance to Offer'} <kbd className="key key--inverse">A</kbd>
        </button>
        <button type="button" className="button button--danger" aria-keyshortcuts="R" disabled={busy || !reject.allowed} onClick={onReject}>
          Reject… <kbd className="key">R</kbd>
        </button>
      </div>
      {!advance.allowed ? <p className="muted small">{advance.reason}</p> : null}
    </div>
  );
}

/**
 * `/review/:candidateId`: every submitted scorecard of a candidate side by side, where the interviewers
 * agree and disagree, and the hiring manager's decision in one step. J/K move through the queue.
 */
export function ReviewPage({ candidateId, viewer }: { candidateId: string; viewer: User }) {
  const navigate = useNavigate();
  const canReview = viewer.role !== 'interviewer';
  const candidateQuery = useQuery({ ...reviewCandidateQueryOptions(candidateId), enabled: canReview });
  const scorecardsQuery = useQuery({ ...reviewScorecardsQueryOptions(candidateId), enabled: canReview });
  const queueQuery = useQuery({ ...reviewQueueQueryOptions(), enabled: canReview });
  const move = useMoveDecision();
  const status = useStatusDecision();
  const [dialog, setDialog] = useState<null | 'reject' | 'help'>(null);
  const [rejectError, setRejectError] = useState<string | null>(null);
  // One key per decision, reused if the same decision is retried (a lost answer).
  const decisionKey = useRef<{ what: string; key: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const queue = queueQuery.data ?? [];
  const ids = queue.map((item) => item.candidate.id);
  const { index, previous, next } = queueNeighbours(ids, candidateId);
  const waiting = index >= 0 ? queue[index] : undefined;
  const candidate = candidateQuery.data;
  const columns = scorecardsQuery.data ? matrixColumns(scorecardsQuery.data) : [];

  // Arriving on another candidate (J/K, after a decision): focus the name so reading starts there.
  const arrived = useRef(false);
  const shownId = candidate?.id;
  useEffect(() => {
    if (!shownId) return;
    if (arrived.current) heading.current?.focus();
    arrived.current = true;
  }, [shownId]);

  // J/K should feel instant: fetch the neighbours' records and scorecards ahead of time.
  const queryClient = useQueryClient();
  useEffect(() => {
    for (const id of [next, previous]) {
      if (!id) continue;
      void queryClient.prefetchQuery(reviewCandidateQueryOptions(id));
      void queryClient.prefetchQuery(reviewScorecardsQueryOptions(id));
    }
  }, [next, previous, queryClient]);

  const keyFor = (what: string) => {
    if (decisionKey.current?.what !== what) decisionKey.current = { what, key: newIdempotencyKey() };
    return decisionKey.current.key;
  };

  const go = (id: string | null, direction: 'next' | 'previous') => {
    if (!id) {
      announce(direction === 'next' ? 'This is the last candidate waiting.' : 'This is the first candidate waiting.');
      return;
    }
    const target = queue.find((item) => item.candidate.id === id);
    const position = ids.indexOf(id) + 1;
    announce(`${target?.candidate.name ?? 'Candidate'}, ${position} of ${ids.length} waiting for a decision.`);
    void navigate(`/review/${encodeURIComponent(id)}`);
  };

  const moveOn = (snapshot: readonly string[]) => {
    const target = afterDecision(snapshot, candidateId);
    if (target && target !== candidateId) void navigate(`/review/${encodeURIComponent(target)}`);
    else void navigate('/review');
  };

  const failed = (title: string, error: unknown) => {
    const description = isApiError(error, 412)
      ? `${candidate?.name ?? 'This candidate'} was changed by someone else after you opened this page. It now shows their latest state; decide again if you still want to.`
      : `${describeError(error)} Nothing was changed.`;
    showToast({ tone: 'error', title, description });
    announce(`${title}. ${description}`, { assertive: true });
    void candidateQuery.refetch();
  };

  const advance = () => {
    if (!candidate || move.isPending || status.isPending) return;
    const decision = decideMove(viewer.role, candidate, 'offer');
    if (!decision.allowed) {
      announce(viewer.role === 'hiring_manager' ? decision.reason : 'Only the hiring manager decides.', { assertive: true });
      return;
    }
    const snapshot = ids;
    const name = candidate.name;
    move.mutate(
      { candidateId, toStage: 'offer', version: candidate.version, idempotencyKey: keyFor(`offer:${candidateId}:${candidate.version}`) },
      {
        onSuccess: ({ candidate: moved }) => {
          decisionKey.current = null;
          showToast({
            tone: 'success',
            title: `Advanced ${name} to Offer`,
            action: {
              label: 'Undo',
              run: () =>
                move.mutate(
                  { candidateId: moved.id, toStage: 'onsite', version: moved.version, idempotencyKey: newIdempotencyKey() },
                  {
                    onSuccess: () => {
                      showToast({ tone: 'info', title: `Undone: ${name} is back in Onsite` });
                      announce(`Undone. ${name} is back in Onsite.`);
                    },
                    onError: (error) => failed(`Could not undo for ${name}`, error),
                  },
                ),
            },
          });
          announce(`${name} advanced to Offer.`);
          moveOn(snapshot);
        },
        onError: (error) => failed(`Could not advance ${name}`, error),
      },
    );
  };

  const openReject = () => {
    if (!candidate) return;
    const decision = decideStatusChange(viewer.role, candidate, 'reject');
    if (viewer.role !== 'hiring_manager' || !decision.allowed) {
      announce(viewer.role === 'hiring_manager' && !decision.allowed ? decision.reason : 'Only the hiring manager decides.', { assertive: true });
      return;
    }
    setRejectError(null);
    setDialog('reject');
  };

  const reject = (decision: RejectDecision) => {
    if (!candidate) return;
    const snapshot = ids;
    const name = candidate.name;
    const body = { action: 'reject' as const, ...decision };
    status.mutate(
      { candidateId, version: candidate.version, idempotencyKey: keyFor(JSON.stringify([candidateId, candidate.version, body])), ...body },
      {
        onSuccess: (rejected) => {
          decisionKey.current = null;
          setDialog(null);
          showToast({
            tone: 'success',
            title: `Rejected ${name}`,
            description: decision.reason,
            action: {
              label: 'Undo',
              run: () =>
                status.mutate(
                  { candidateId: rejected.id, version: rejected.version, idempotencyKey: newIdempotencyKey(), action: 'restore' },
                  {
                    onSuccess: () => {
                      showToast({ tone: 'info', title: `Undone: ${name} is active again` });
                      announce(`Undone. ${name} is active again.`);
                    },
                    onError: (error) => failed(`Could not undo for ${name}`, error),
                  },
                ),
            },
          });
          announce(`${name} rejected: ${decision.reason}.`);
          moveOn(snapshot);
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            setDialog(null);
            failed(`Could not reject ${name}`, error);
          } else setRejectError(`Nothing was changed: ${describeError(error)} What you entered is kept; try again.`);
        },
      },
    );
  };

  useShortcuts(
    canReview
      ? {
          j: () => go(next, 'next'),
          k: () => go(previous, 'previous'),
          a: advance,
          r: openReject,
          '?': () => setDialog('help'),
        }
      : {},
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
  if (error) {
    const missing = isApiError(error, 404);
    return (
      <PageLoadError
        className="review-page"
        title="Review · Shortlist"
        back={back}
        heading={missing ? 'Candidate not found' : 'Could not load this review'}
        message={describeError(error)}
        onRetry={
          missing
            ? undefined
            : () => {
                void candidateQuery.refetch();
                void scorecardsQuery.refetch();
              }
        }
      />
    );
  }
  if (!candidate || !scorecardsQuery.data) {
    return <PageLoading className="review-page" title="Review · Shortlist" back={back} message="Loading scorecards…" />;
  }

  const agreements = qualificationAgreement(columns);
  const overall = overallAgreement(columns);
  const pending = pendingInterviews(scorecardsQuery.data);
  const concerns = concernQualifications(columns);
  const lowRatings = (id: QualificationId) =>
    columns.flatMap(({ scorecard }) => {
      const rating = scorecard.ratings[id];
      return rating === 'no' || rating === 'definitely_not' ? [{ name: scorecard.author.name, rating: rating as Rating }] : [];
    });
  const waitedDays = waiting ? daysInStage(waiting.waitingSince, new Date()) : null;

  return (
    <div className="review-page">
      <title>{`Review: ${candidate.name} · Shortlist`}</title>
      <div className="review-topline">
        {back}
        <nav className="queue-nav" aria-label="Queue">
          <span className="queue-nav__position">{index >= 0 ? `${index + 1} of ${ids.length} waiting` : ids.length > 0 ? 'Not in the queue' : 'Queue is empty'}</span>
          <button type="button" className="button button--small" aria-keyshortcuts="K" disabled={!previous} onClick={() => go(previous, 'previous')}>
            <span aria-hidden="true">↑ </span>Previous <kbd className="key">K</kbd>
          </button>
          <button type="button" className="button button--small" aria-keyshortcuts="J" disabled={!next} onClick={() => go(next, 'next')}>
            <span aria-hidden="true">↓ </span>Next <kbd className="key">J</kbd>
          </button>
          <button type="button" className="button button--small button--ghost" aria-keyshortcuts="Shift+?" onClick={() => setDialog('help')}>
            Shortcuts <kbd className="key">?</kbd>
          </button>
        </nav>
      </div>
      <header className="review-header">
        <div className="review-header__identity">
          <p className="review-header__eyebrow">
            {candidate.status === 'active' ? STAGE_LABELS[candidate.stage] : STATUS_LABELS[candidate.status]}
            {waitedDays !== null ? ` · waiting ${waitedDays === 0 ? 'since today' : formatDays(waitedDays)} for a decision` : ''}
          </p>
          <h1 ref={heading} tabIndex={-1} className="review-header__name">
            {candidate.name}
          </h1>
          <p className="review-header__headline">
            {candidate.headline} <span className="muted">at</span> {candidate.company}
            <span aria-hidden="true" className="review-header__sep">
              ·
            </span>
            <Link to={`/candidates/${encodeURIComponent(candidate.id)}`}>Candidate profile</Link>
          </p>
        </div>
        <DecisionPanel
          viewer={viewer}
          candidate={candidate}
          pending={pending.length}
          busy={move.isPending || status.isPending}
          onAdvance={advance}
          onReject={openReject}
        />
      </header>

      {columns.length === 0 ? (
        <p className="panel muted">No submitted scorecards yet.</p>
      ) : (
        <>
          <Summary columns={columns} candidate={candidate} />
          {pending.length > 0 ? (
            <p className="notice">
              <span aria-hidden="true">⚠ </span>
              Still to come:{' '}
              {pending.map((i) => `${INTERVIEW_KIND_LABELS[i.kind]} (${i.interviewerName})`).join(', ')}.
            </p>
          ) : null}
          <section className="panel matrix-panel" aria-labelledby="matrix-section-title">
            <div className="panel__header">
              <h2 id="matrix-section-title" className="panel__title">
                Scorecards side by side
              </h2>
              <p className="panel__summary">
                {pluralize(columns.length, 'scorecard')} · ratings shown as{' '}
                <RatingMark rating="strong_yes" compact /> <RatingMark rating="yes" compact /> <RatingMark rating="mixed" compact />{' '}
                <RatingMark rating="no" compact /> <RatingMark rating="definitely_not" compact />
              </p>
            </div>
            <ReviewMatrix columns={columns} agreements={agreements} overall={overall} />
          </section>
          <Takeaways columns={columns} />
        </>
      )}

      <p className="shortcut-hint" aria-hidden="true">
        <kbd className="key">J</kbd> <kbd className="key">K</kbd> next / previous
        {viewer.role === 'hiring_manager' ? (
          <>
            {' '}
            · <kbd className="key">A</kbd> advance · <kbd className="key">R</kbd> reject
          </>
        ) : null}{' '}
        · <kbd className="key">?</kbd> all shortcuts
      </p>

      <Suspense fallback={null}>
        {dialog === 'reject' ? (
          <RejectDialog
            candidateName={candidate.name}
            concerns={concerns}
            lowRatings={lowRatings}
            pending={status.isPending}
            error={rejectError}
            onConfirm={reject}
            onCancel={() => setDialog(null)}
          />
        ) : null}
        {dialog === 'help' ? (
          <ShortcutsDialog
            shortcuts={viewer.role === 'hiring_manager' ? SHORTCUTS : SHORTCUTS.filter((s) => !s.does.includes('hiring manager'))}
            onClose={() => setDialog(null)}
          />
        ) : null}
      </Suspense>
    </div>
  );
}


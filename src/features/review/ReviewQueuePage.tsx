import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { announce } from '../../components/LiveAnnouncer';
import { daysInStage, STAGE_LABELS, type User } from '../../domain';
import { SectionStatus } from '../../components/PageStatus';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatDays } from '../../lib/format';
import { openOverlay, useShortcuts } from '../../lib/keyboard';
import { reviewQueueQueryOptions } from '../../lib/queries/review';
import { RecommendationTally } from './RecommendationTally';

const SHORT_DATE = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

/** `/review`: candidates waiting for the hiring manager's decision, longest waiting first. */
export function ReviewQueuePage({ viewer }: { viewer: User }) {
  const canReview = viewer.role !== 'interviewer';
  const query = useQuery({ ...reviewQueueQueryOptions(), enabled: canReview });
  const list = useRef<HTMLOListElement>(null);
  const [now] = useState(() => Date.now());

  const step = (direction: 1 | -1) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.queue-row__link') ?? [])];
    if (links.length === 0) return;
    const current = links.findIndex((link) => link === document.activeElement);
    const target = current === -1 ? (direction === 1 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, current + direction));
    links[target]?.focus();
    if (target === current) announce(direction === 1 ? 'Last candidate in the list.' : 'First candidate in the list.');
  };
  useShortcuts(
    canReview
      ? [
          { key: 'j', description: 'Next candidate in the list', run: () => step(1) },
          { key: 'k', description: 'Previous candidate in the list', run: () => step(-1) },
          // Enter is the focused link's own: listed here, not handled.
          { key: 'Enter', description: 'Open the focused candidate’s review' },
        ]
      : [],
  );

  if (!canReview) {
    return (
      <div className="review-queue-page">
        <title>Review · Shortlist</title>
        <div className="error-panel error-panel--left">
          <h1>The review queue is for the hiring manager and recruiters</h1>
          <p>
            <Link to="/interviews">Go to your interviews</Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="review-queue-page">
      <title>Review · Shortlist</title>
      <PageHeading
        title="Review"
        description="Candidates whose onsite scorecards are all in, longest waiting first."
        actions={
          <button type="button" className="button button--small button--ghost" aria-keyshortcuts="Shift+?" onClick={() => openOverlay('help')}>
            Shortcuts <kbd className="key">?</kbd>
          </button>
        }
      />
      {viewer.role === 'hiring_manager' ? null : (
        <p className="notice notice--info">
          <span className="info-glyph" aria-hidden="true">i</span>
          Only the hiring manager decides. You can read every scorecard; advancing and rejecting are theirs.
        </p>
      )}
      <SectionStatus what="the queue" query={query} />
      {query.data === undefined ? null : query.data.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">
            <span aria-hidden="true">✓ </span>Nobody is waiting for a decision
          </p>
          <p className="muted">Candidates appear here once every onsite scorecard is in.</p>
        </div>
      ) : (
        <>
          <p className="review-queue-page__count">
            {query.data.length} waiting · <span className="muted">J / K to move, Enter to open</span>
          </p>
          <ol ref={list} className="queue-list">
            {query.data.map((item, index) => {
              const days = daysInStage(item.waitingSince, new Date(now));
              const long = days >= 3;
              return (
                <li key={item.candidate.id} className="queue-row">
                  <span className="queue-row__rank" aria-hidden="true">
                    {index + 1}
                  </span>
                  <div className="queue-row__who">
                    <h2 className="queue-row__name">
                      <Link className="queue-row__link" to={`/review/${encodeURIComponent(item.candidate.id)}`}>
                        {item.candidate.name}
                      </Link>
                    </h2>
                    <p className="queue-row__headline">
                      {item.candidate.headline} · {item.candidate.company}
                    </p>
                  </div>
                  <RecommendationTally tally={item.tally} />
                  <p className={`queue-row__waiting${long ? ' is-long' : ''}`} title={`All scorecards in since ${formatDateTime(item.waitingSince)}`}>
                    <span>
                      {long ? <span aria-hidden="true">⚑ </span> : null}
                      Waiting {days === 0 ? 'since today' : formatDays(days)}
                    </span>
                    <span className="queue-row__stage">
                      {STAGE_LABELS[item.candidate.stage]} · all in since {SHORT_DATE.format(new Date(item.waitingSince))}
                    </span>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}

import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { type Candidate, STAGE_LABELS, STATUS_LABELS } from '../../domain';
import { formatDays } from '../../lib/format';

export const backToQueue = (
  <Link to="/review" className="back-link">
    <span aria-hidden="true">← </span>Review queue
  </Link>
);

interface QueueNavProps {
  /** Position in the queue, -1 when this candidate is not waiting. */
  index: number;
  total: number;
  previous: string | null;
  next: string | null;
  onStep: (direction: 'next' | 'previous') => void;
  onHelp: () => void;
}

/** Back to the queue, where this candidate is in it, Previous (K) / Next (J), and the shortcuts (?). */
export function QueueNav({ index, total, previous, next, onStep, onHelp }: QueueNavProps) {
  return (
    <div className="review-topline">
      {backToQueue}
      <nav className="queue-nav" aria-label="Queue">
        <span className="queue-nav__position">{index >= 0 ? `${index + 1} of ${total} waiting` : total > 0 ? 'Not in the queue' : 'Queue is empty'}</span>
        <button type="button" className="button button--small" aria-keyshortcuts="K" disabled={!previous} onClick={() => onStep('previous')}>
          <span aria-hidden="true">↑ </span>Previous <kbd className="key">K</kbd>
        </button>
        <button type="button" className="button button--small" aria-keyshortcuts="J" disabled={!next} onClick={() => onStep('next')}>
          <span aria-hidden="true">↓ </span>Next <kbd className="key">J</kbd>
        </button>
        <button type="button" className="button button--small button--ghost" aria-keyshortcuts="Shift+?" onClick={onHelp}>
          Shortcuts <kbd className="key">?</kbd>
        </button>
      </nav>
    </div>
  );
}

interface ReviewHeaderProps {
  candidate: Candidate;
  /** Whole days waiting for a decision, null when not in the queue. */
  waitedDays: number | null;
  /** The name (h1): focused when another candidate is shown. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The decision panel. */
  children: ReactNode;
}

/** Who is being decided on: stage, how long they have waited, name, headline, and the decision beside it. */
export function ReviewHeader({ candidate, waitedDays, headingRef, children }: ReviewHeaderProps) {
  return (
    <header className="review-header">
      <div className="review-header__identity">
        <p className="review-header__eyebrow">
          {candidate.status === 'active' ? STAGE_LABELS[candidate.stage] : STATUS_LABELS[candidate.status]}
          {waitedDays !== null ? ` · waiting ${waitedDays === 0 ? 'since today' : formatDays(waitedDays)} for a decision` : ''}
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="review-header__name">
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
      {children}
    </header>
  );
}

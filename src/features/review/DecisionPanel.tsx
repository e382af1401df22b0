import { type Candidate, decideMove, decideStatusChange, STAGE_LABELS, STATUS_LABELS, type User } from '../../domain';
import { pluralize } from '../../lib/format';

interface DecisionPanelProps {
  viewer: User;
  candidate: Candidate;
  /** Scorecards not submitted yet. */
  pending: number;
  busy: boolean;
  onAdvance: () => void;
  onReject: () => void;
}

/** The decision bar: Advance to Offer (A) and Reject… (R) for the hiring manager; why not, for everyone else. */
export function DecisionPanel({ viewer, candidate, pending, busy, onAdvance, onReject }: DecisionPanelProps) {
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

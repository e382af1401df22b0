import { RecommendationMark } from '../../components/ScorecardMarks';
import type { Scorecard } from '../../domain';
import { formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/now';
import { formatAgo } from './time';

interface ConflictBannerProps {
  /** The version saved elsewhere. */
  current: Scorecard;
  onResolve: (choice: 'keepMine' | 'useTheirs') => void;
}

/** Saved in another tab or device since this form loaded: nothing is overwritten until the person chooses. */
export function ConflictBanner({ current, onResolve }: ConflictBannerProps) {
  const now = useNow(30_000);
  return (
    <section className="conflict-banner" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict-banner__title">
        <span aria-hidden="true">⚠ </span>This scorecard was saved in another tab or device
      </h2>
      <p>
        The saved version is from <strong>{formatDateTime(current.updatedAt)}</strong> ({formatAgo(current.updatedAt, now)}). What you
        typed here is kept on this device and has not been saved over it. Choose which to keep:
      </p>
      <details className="conflict-banner__theirs">
        <summary>See the saved version</summary>
        <dl className="conflict-banner__summary">
          <div>
            <dt>Recommendation</dt>
            <dd>
              <RecommendationMark recommendation={current.recommendation} compact />
            </dd>
          </div>
          <div>
            <dt>Key takeaways</dt>
            <dd className="prewrap">{current.takeaways || <span className="muted">(empty)</span>}</dd>
          </div>
          <div>
            <dt>Private notes</dt>
            <dd className="prewrap">{current.privateNotes || <span className="muted">(empty)</span>}</dd>
          </div>
        </dl>
      </details>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => onResolve('keepMine')}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={() => onResolve('useTheirs')}>
          Use the saved one
        </button>
      </div>
    </section>
  );
}

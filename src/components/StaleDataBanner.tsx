import { describeError, NetworkError } from '../lib/api-errors';

interface StaleDataBannerProps {
  /** What is shown, as it reads after "showing " and "Could not load ": e.g. "the pipeline". */
  what: string;
  query: { data?: unknown; error: unknown; refetch: () => unknown };
  /** The class of the block when there is no data to show (a failed first load). */
  className?: string;
}

/**
 * A failed load, with "Try again". When there is data (a refresh failed), the data stays and this is a
 * banner saying it may be out of date: one banner for every screen, so a failed refresh never blanks a
 * screen that has data. With no data, it is the error itself (an alert).
 */
export function StaleDataBanner({ what, query, className = 'inline-error' }: StaleDataBannerProps) {
  const stale = query.data !== undefined;
  return (
    <div role={stale ? 'status' : 'alert'} className={stale ? 'inline-error' : className}>
      <p>
        {!stale
          ? `Could not load ${what}: ${describeError(query.error)}`
          : `${query.error instanceof NetworkError ? "Can't reach the server" : 'Could not refresh'} — showing ${what} as last loaded.`}
      </p>
      <button type="button" className="button button--small" onClick={() => void query.refetch()}>
        Try again
      </button>
    </div>
  );
}

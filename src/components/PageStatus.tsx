import type { ReactNode } from 'react';
import { describeError, isApiError } from '../lib/api-errors';
import { StaleDataBanner } from './StaleDataBanner';

interface PageShellProps {
  /** The page's own class, e.g. `candidate-page`. */
  className: string;
  /** The document title while this state shows. */
  title: string;
  /** Shown above the state, e.g. a back link. */
  back?: ReactNode;
}

/** A whole page waiting for its data: announced politely. */
export function PageLoading({ className, title, back, message }: PageShellProps & { message: string }) {
  return (
    <div className={className}>
      <title>{title}</title>
      {back}
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}

interface PageLoadErrorProps extends PageShellProps {
  error: unknown;
  /** The heading when the server says there is no such thing (404), and optionally what to say instead of its reason. */
  notFound: { heading: string; message?: string };
  /** The heading for any other failure. */
  failedHeading: string;
  /** "Try again": offered unless the answer was 404, where trying again cannot help. */
  onRetry: () => void;
}

/** A whole page whose data could not be loaded: announced as an alert, with a retry when one can help. */
export function PageLoadError({ className, title, back, error, notFound, failedHeading, onRetry: retry }: PageLoadErrorProps) {
  const missing = isApiError(error, 404);
  const heading = missing ? notFound.heading : failedHeading;
  const message = (missing ? notFound.message : undefined) ?? describeError(error);
  const onRetry = missing ? undefined : retry;
  return (
    <div className={className}>
      <title>{title}</title>
      {back}
      <div role="alert" className="error-panel error-panel--left">
        <h1>{heading}</h1>
        <p>{message}</p>
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}

interface SectionStatusProps {
  /** What is loading, as it reads after "Loading " and "Could not load ": e.g. "the queue". */
  what: string;
  query: { data?: unknown; isPending: boolean; isError: boolean; isFetching: boolean; error: unknown; refetch: () => unknown };
  /** Class of the loading and error blocks (the board uses its own). */
  loadingClassName?: string;
  errorClassName?: string;
  retryClassName?: string;
}

/**
 * A part of a page waiting for its data or failing to get it, with "Try again"; once there is data, null,
 * or the stale-data banner when a refresh failed (the data stays). One wording and markup for every list and panel.
 */
export function SectionStatus({ what, query, loadingClassName = 'muted', errorClassName = 'inline-error', retryClassName = 'button button--small' }: SectionStatusProps) {
  if (query.isPending) {
    return (
      <p role="status" className={loadingClassName}>
        Loading {what}…
      </p>
    );
  }
  if (!query.isError) return null;
  if (query.data !== undefined) return <StaleDataBanner what={what} query={query} />;
  return (
    <div role="alert" className={errorClassName}>
      <span>
        Could not load {what}: {describeError(query.error)}
      </span>
      <button type="button" className={retryClassName} onClick={() => void query.refetch()}>
        Try again
      </button>
    </div>
  );
}

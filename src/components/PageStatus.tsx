import type { ReactNode } from 'react';

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
  heading: string;
  message: string;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
}

/** A whole page whose data could not be loaded: announced as an alert, with a retry when one can help. */
export function PageLoadError({ className, title, back, heading, message, onRetry }: PageLoadErrorProps) {
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

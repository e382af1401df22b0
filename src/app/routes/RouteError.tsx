import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { describeError, isCodeLoadError } from '../../lib/api-errors';

/** What a screen that failed to render (or whose code failed to load) shows instead of a blank page. */
export function RouteError({ error }: { error: unknown }) {
  const codeMissing = isCodeLoadError(error);
  return (
    <main id="main" className="centered">
      <div role="alert" className="error-panel">
        <h1>{codeMissing ? 'This screen could not be loaded' : 'Something went wrong'}</h1>
        <p>{describeError(error)}</p>
        <div className="button-row">
          {codeMissing ? (
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          ) : null}
          <Link to="/" className="button">
            Back to the pipeline
          </Link>
        </div>
      </div>
    </main>
  );
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
  /** Where the error happened: going elsewhere forgets it (without remounting what did not fail). */
  failedAt: string | null;
}

/** Catches a render error anywhere in the routes and shows RouteError (React has no hook for this). */
export class RouteErrorBoundary extends Component<{ pathname: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: { pathname: string }, state: BoundaryState): Partial<BoundaryState> | null {
    if (!state.failed) return null;
    if (state.failedAt === null) return { failedAt: props.pathname };
    return state.failedAt === props.pathname ? null : { error: null, failed: false, failedAt: null };
  }

  override render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

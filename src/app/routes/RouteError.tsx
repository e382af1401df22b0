import { Component, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { describeError, isCodeLoadError } from '../../lib/api-errors';

/**
 * What a screen that failed to render (or whose code failed to load) shows instead of a blank page. Inside
 * the layout (the top bar still there) it is a block of the page's `<main>`; outside, the page's `<main>`.
 */
export function RouteError({ error, inLayout = false }: { error: unknown; inLayout?: boolean }) {
  const codeMissing = isCodeLoadError(error);
  const Landmark = inLayout ? 'div' : 'main';
  return (
    <Landmark {...(inLayout ? {} : { id: 'main' })} className="centered">
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
    </Landmark>
  );
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
  /** Where the error happened: going elsewhere forgets it (without remounting what did not fail). */
  failedAt: string | null;
}

/** Catches a render error anywhere in the routes and shows RouteError (React has no hook for this). */
export class RouteErrorBoundary extends Component<{ pathname: string; inLayout?: boolean; children: ReactNode }, BoundaryState> {
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
    return this.state.failed ? <RouteError error={this.state.error} inLayout={this.props.inLayout} /> : this.props.children;
  }
}

/**
 * Around the screen inside the layout: a screen that fails (its code could not be fetched, or it threw)
 * shows the error where the screen would be, with the top bar still there to go elsewhere. The boundary
 * around everything stays for a failing layout.
 */
export function ScreenErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary pathname={pathname} inLayout>
      {children}
    </RouteErrorBoundary>
  );
}

import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../lib/api-errors';

/** What a screen that failed to render (or whose code failed to load) shows instead of a blank page. */
export function RouteError({ error }: { error: unknown }) {
  return (
    <main id="main" className="centered">
      <div role="alert" className="error-panel">
        <h1>Something went wrong</h1>
        <p>{describeError(error)}</p>
        <Link to="/" className="button">
          Back to the pipeline
        </Link>
      </div>
    </main>
  );
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
}

/** Catches a render error anywhere in the routes and shows RouteError (React has no hook for this). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

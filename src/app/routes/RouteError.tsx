import { Link, useRouteError } from 'react-router';
import { describeError } from '../../lib/api-errors';

export function RouteError() {
  const error = useRouteError();
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

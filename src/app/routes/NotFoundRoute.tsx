import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <div className="centered">
      <title>Not found · Shortlist</title>
      <h1>Page not found</h1>
      <p>
        <Link to="/">Back to the pipeline</Link>
      </p>
    </div>
  );
}

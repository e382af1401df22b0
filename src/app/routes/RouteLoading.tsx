/** Shown inside the layout while a lazily loaded screen arrives (first load of a deep link). */
export function RouteLoading() {
  return (
    <p role="status" className="route-loading muted">
      Loading…
    </p>
  );
}

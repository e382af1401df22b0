import { useAnnouncerStore } from '../lib/notify';

/** `announce` lives with `notify` in lib (the write path announces too); re-exported for components. */
export { announce } from '../lib/notify';

export function LiveAnnouncer() {
  const polite = useAnnouncerStore((state) => state.polite);
  const assertive = useAnnouncerStore((state) => state.assertive);
  return (
    <div className="visually-hidden">
      {/* Keyed by id so that the same message twice in a row is still announced. */}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="announcer-polite">
        {polite ? <span key={polite.id}>{polite.message}</span> : null}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-testid="announcer-assertive">
        {assertive ? <span key={assertive.id}>{assertive.message}</span> : null}
      </div>
    </div>
  );
}

import { create } from 'zustand';

interface Announcement {
  id: number;
  message: string;
}

interface AnnouncerState {
  polite: Announcement | null;
  assertive: Announcement | null;
}

const useAnnouncerStore = create<AnnouncerState>(() => ({ polite: null, assertive: null }));
let nextId = 1;

/** Tells screen-reader users what just happened: moves, undo, failures. */
export function announce(message: string, { assertive = false }: { assertive?: boolean } = {}): void {
  const announcement = { id: nextId++, message };
  useAnnouncerStore.setState(assertive ? { assertive: announcement } : { polite: announcement });
}

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

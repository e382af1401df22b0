import { useLiveUpdatesStatus } from '../lib/live-updates-status';
import { useNow } from '../lib/now';

/** How long a dropped stream may take to come back before anyone is told: a restart takes about a second. */
export const LIVE_PAUSE_NOTICE_AFTER_MS = 5_000;

function Paused({ since }: { since: number }) {
  const now = useNow(1_000);
  if (now - since < LIVE_PAUSE_NOTICE_AFTER_MS) return null;
  return (
    <p className="banner banner--quiet">
      <span aria-hidden="true">⟳</span>
      Live updates paused: reconnecting… Changes made by others will show once the connection is back.
    </p>
  );
}

/**
 * Says so when live updates have been down for a few seconds (the server restarting, a dropped connection),
 * so nobody mistakes a quiet board for an up-to-date one. The region is always there, so screen readers
 * hear the message when it appears; only while reconnecting does anything tick.
 */
export function LiveUpdatesNotice() {
  const { state, downSince } = useLiveUpdatesStatus();
  return <div role="status">{state === 'reconnecting' && downSince !== null ? <Paused since={downSince} /> : null}</div>;
}

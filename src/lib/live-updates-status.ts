import { create } from 'zustand';

/**
 * Whether live updates are reaching this page, for a status the UI may show ("Live updates paused,
 * reconnecting…"). Its own tiny module: the connection (`live-updates.ts`) loads after the first paint,
 * while this can be read from the first load without pulling the connection in.
 *
 * - `off`: nobody is signed in, or the page stopped listening;
 * - `connecting`: the first connection is opening;
 * - `live`: the server said `ready`, changes arrive;
 * - `reconnecting`: the stream failed (server restarting, a proxy's 502, the network); trying again with backoff.
 */
export type LiveUpdatesState = 'off' | 'connecting' | 'live' | 'reconnecting';

export interface LiveUpdatesStatus {
  state: LiveUpdatesState;
  /** When changes stopped arriving (`Date.now()` at the first failure since the last `ready`), else null. */
  downSince: number | null;
}

const useStatusStore = create<LiveUpdatesStatus>(() => ({ state: 'off', downSince: null }));

/** The live-updates status; re-renders its caller when it changes. */
export const useLiveUpdatesStatus = (): LiveUpdatesStatus => useStatusStore();
export const liveUpdatesStatus = (): LiveUpdatesStatus => useStatusStore.getState();

/** Set by the connection only. */
export function setLiveUpdatesState(state: LiveUpdatesState): void {
  const { downSince } = useStatusStore.getState();
  const down = state === 'reconnecting' ? (downSince ?? Date.now()) : null;
  useStatusStore.setState({ state, downSince: down });
}

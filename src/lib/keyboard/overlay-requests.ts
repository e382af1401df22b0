/**
 * The app-wide overlays (the command palette, the "?" list of shortcuts) are opened in one place, the
 * top bar's launcher. A screen that offers its own button for them (the review pages' "Shortcuts") asks
 * here, so there is one dialog with one focus return, whichever way it was opened.
 */
export type OverlayKind = 'palette' | 'help';

const listeners = new Set<(kind: OverlayKind) => void>();

export function openOverlay(kind: OverlayKind): void {
  for (const listener of listeners) listener(kind);
}

/** For the launcher: called with each request; returns the unsubscribe. */
export function onOverlayRequest(listener: (kind: OverlayKind) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

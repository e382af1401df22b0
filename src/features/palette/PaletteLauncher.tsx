import { lazy, Suspense, useEffect, useEffectEvent, useState } from 'react';
import { OptionalPartBoundary } from '../../components/OptionalPartBoundary';
import type { User } from '../../domain';
import { describeError } from '../../lib/api-errors';
import { onOverlayRequest, type OverlayKind, useShortcuts } from '../../lib/keyboard';
import { notify } from '../../lib/notify';

// The palette and the "?" list load in one chunk of their own, mounted (closed) soon after the first
// paint so the first Ctrl+K opens at once: keys typed while it loaded would be lost, and a lazy
// component that suspends on open is shown only after React's 300 ms fallback throttle.
const Overlay = lazy(() => import('./overlays'));

function sayCouldNotLoad(kind: OverlayKind, error: unknown): void {
  notify({
    tone: 'error',
    title: kind === 'palette' ? 'The command palette could not be loaded' : 'The shortcuts list could not be loaded',
    description: describeError(error),
    action: { label: 'Reload', run: () => window.location.reload() },
  });
}

/** Which overlay is open, and what had focus then (focus returns there; a focused card is the palette's subject). */
export interface Opened {
  kind: OverlayKind;
  from: HTMLElement | null;
}

/**
 * The app-wide keys and the top bar's "Search or run a command" button: Ctrl/⌘+K opens the command
 * palette on every screen, "?" lists every shortcut of the screen. First-load code: keep it tiny.
 */
export function PaletteLauncher({ viewer, boardHref }: { viewer: User; boardHref: string }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [ready, setReady] = useState(false);
  // Its code could not be loaded: the page carries on, and asking for it says why (a failed import stays
  // failed until the page reloads, so there is nothing to retry here).
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const openNow = (kind: OverlayKind) => {
    if (failure) sayCouldNotLoad(kind, failure.error);
    else setOpened({ kind, from: document.activeElement as HTMLElement | null });
  };
  const open = (kind: OverlayKind) => () => openNow(kind);
  // Screens' own buttons for these overlays (openOverlay) open the same ones, here.
  const onRequest = useEffectEvent(openNow);
  useEffect(() => onOverlayRequest(onRequest), []);
  useEffect(() => {
    // The palette's chunk is fetched and mounted (closed) after the first paint, so Ctrl+K opens at once.
    const timer = setTimeout(setReady, 1500, true);
    return () => clearTimeout(timer);
  }, []);
  useShortcuts([
    { key: 'k', mod: true, everywhere: true, description: 'Search or run a command', run: open('palette') },
    { key: '?', everywhere: true, description: 'Show all shortcuts', run: open('help') },
  ]);
  return (
    <>
      <button type="button" className="button button--ghost button--small" aria-keyshortcuts="Control+K Meta+K" onClick={open('palette')}>
        Search or run a command
      </button>
      {ready || opened ? (
        <OptionalPartBoundary
          onError={(error) => {
            setFailure({ error });
            if (opened) sayCouldNotLoad(opened.kind, error);
            setOpened(null);
          }}
        >
          <Suspense fallback={null}>
            <Overlay opened={opened} viewer={viewer} boardHref={boardHref} onClose={() => setOpened(null)} />
          </Suspense>
        </OptionalPartBoundary>
      ) : null}
    </>
  );
}

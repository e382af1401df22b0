import { lazy, Suspense, useEffect, useState } from 'react';
import type { User } from '../../domain';
import { useShortcuts } from '../../lib/keyboard';

// The palette and the "?" list load on demand; the palette is fetched once the page is idle.
const loadPalette = () => import('./CommandPalette');
const CommandPalette = lazy(loadPalette);
const ShortcutsDialog = lazy(() => import('../../components/ShortcutsDialog'));

/**
 * The app-wide keys and the top bar's "Search or run a command" button: Ctrl/⌘+K opens the command
 * palette on every screen, "?" lists every shortcut of the screen. First-load code: keep it tiny.
 */
export function PaletteLauncher({ viewer, boardHref }: { viewer: User; boardHref: string }) {
  // Open: with what had focus then (where focus returns; a focused card is what actions apply to).
  const [from, setFrom] = useState<{ element: HTMLElement | null } | null>(null);
  const [help, setHelp] = useState(false);
  const open = () => setFrom({ element: document.activeElement as HTMLElement | null });
  useShortcuts([
    { key: 'k', mod: true, everywhere: true, description: 'Search or run a command (candidates, screens, actions)', run: open },
    { key: '?', everywhere: true, description: 'Show keyboard shortcuts', run: () => setHelp(true) },
  ]);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
    idle(() => void loadPalette());
  }, []);

  return (
    <>
      <button type="button" className="button button--ghost button--small palette-button" aria-keyshortcuts="Control+K Meta+K" onClick={open}>
        <span aria-hidden="true">⌕ </span>Search or run a command <kbd className="key" aria-hidden="true">Ctrl K</kbd>
      </button>
      <Suspense fallback={null}>
        {from ? <CommandPalette viewer={viewer} boardHref={boardHref} returnFocus={from.element} onClose={() => setFrom(null)} /> : null}
        {help ? <ShortcutsDialog onClose={() => setHelp(false)} /> : null}
      </Suspense>
    </>
  );
}

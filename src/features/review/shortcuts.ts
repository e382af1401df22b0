import { useEffect, useRef } from 'react';

/** Typing in a field (or a menu, or a dialog being open) must never trigger a single-key shortcut. */
export function shortcutBlocked(event: Pick<KeyboardEvent, 'target' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'>): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target;
  if (target instanceof HTMLElement) {
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
    if (target.closest('[role="menu"], [role="listbox"], [role="dialog"], [role="alertdialog"]')) return true;
  }
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
}

/** The key as a shortcut name: letters lower-cased ("j", "a"), others as typed ("?"). */
export function shortcutKey(event: Pick<KeyboardEvent, 'key'>): string {
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/**
 * Single-key shortcuts on the page (J, K, A, R, ?), active while mounted. Handlers may change every
 * render; the listener is attached once.
 */
export function useShortcuts(handlers: Partial<Record<string, () => void>>): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (shortcutBlocked(event)) return;
      const handler = current.current[shortcutKey(event)];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export interface ShortcutHelp {
  keys: string[];
  does: string;
}

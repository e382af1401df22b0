import { useEffect, useRef } from 'react';
import { resolveShortcut, type Shortcut } from './shortcuts';

/** One mounted component's shortcuts; its list is replaced on every render (handlers may change). */
interface Group {
  shortcuts: readonly Shortcut[];
}

/** Mounted groups, the most recently mounted first: for the same key, a dialog's or screen's wins. */
const groups: Group[] = [];

const registered = (): Shortcut[] => groups.flatMap((group) => group.shortcuts);

/** The app's one keydown listener, on the window while any shortcut is registered. */
function onKeyDown(event: KeyboardEvent): void {
  const shortcut = resolveShortcut(event, registered());
  if (!shortcut?.run) return;
  event.preventDefault();
  shortcut.run();
}

function register(group: Group): () => void {
  if (groups.unshift(group) === 1) window.addEventListener('keydown', onKeyDown);
  return () => {
    groups.splice(groups.indexOf(group), 1);
    if (groups.length === 0) window.removeEventListener('keydown', onKeyDown);
  };
}

/** The shortcuts to list in the "?" dialog: every described one mounted now, in priority order. */
export const listShortcuts = (): Shortcut[] => registered().filter((s) => s.description);

/**
 * Declares shortcuts while the calling component is mounted. The list may change on every render
 * (it is read at the key press); the registration happens once.
 */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const group = useRef<Group>({ shortcuts });
  useEffect(() => {
    group.current.shortcuts = shortcuts;
  });
  useEffect(() => register(group.current), []);
}

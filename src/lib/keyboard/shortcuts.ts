/**
 * Keyboard shortcuts, declared by screens and decided in one place (`resolveShortcut`): whether the
 * person is typing, and which registered shortcut a key press means. No DOM listener here (see registry).
 */

export interface Shortcut {
  /** `KeyboardEvent.key`, letters in lower case: "j", "?", "/", "z". */
  key: string;
  /** Ctrl (⌘ on a Mac) held. Such a shortcut also works in menus and dialogs, never in a text field. */
  mod?: boolean;
  /** Listed in the "?" dialog; without it the shortcut works but is not listed. */
  description?: string;
  /** How the "?" dialog shows the key when not derived from `key` (e.g. "Enter"). */
  label?: string;
  /** Works on every screen (listed under "Everywhere" in the "?" dialog); otherwise this screen's. */
  everywhere?: boolean;
  /** Checked at the key press: the shortcut applies only while this is true. */
  when?: () => boolean;
  /** What the key does. Without it the entry only documents a key the focused element handles itself. */
  run?: () => void;
}

/** A key press as the resolver sees it (a `KeyboardEvent`, or a plain object in tests). */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'defaultPrevented' | 'target'>;

/** What has the keyboard: someone typing into a field, an open menu or dialog, or the page itself. */
export type KeyboardOwner = 'field' | 'overlay' | 'page';

const FIELD = 'input,textarea,select,[contenteditable]:not([contenteditable=false])';
/** `[role$=dialog]`: dialog and alertdialog. */
const MODAL = '[role$=dialog]';
const OVERLAY = `[role=menu],[role=listbox],${MODAL}`;

/**
 * Whether the person is typing ("field": inputs, text areas, selects, editable text), or a menu or
 * dialog has the keyboard ("overlay": focus inside one, or a dialog open anywhere), or neither ("page").
 */
export function keyboardOwner(target: EventTarget | null): KeyboardOwner {
  if (target instanceof Element) {
    if ((target as HTMLElement).isContentEditable || target.matches(FIELD)) return 'field';
    if (target.closest(OVERLAY)) return 'overlay';
  }
  return document.querySelector(MODAL) ? 'overlay' : 'page';
}

/** "j" → "j", "J" → "j", "?" → "?", "Enter" → "Enter". */
const keyName = (key: string) => (key.length === 1 ? key.toLowerCase() : key);

/**
 * The shortcut a key press means, or null. `shortcuts` in priority order: the first match wins (the
 * registry lists the most recently mounted screen first). The rules:
 * - a key another handler already took (`defaultPrevented`), or any Alt combination, is no shortcut;
 * - plain keys ignore Shift (it is part of "?"); Ctrl/⌘ shortcuts need Shift up (Ctrl+Shift+Z is redo);
 * - nothing applies while typing in a field (the field's own keys win, Ctrl+Z included);
 * - plain keys do nothing while a menu or dialog has the keyboard; Ctrl/⌘ shortcuts still apply.
 */
export function resolveShortcut(event: KeyPress, shortcuts: readonly Shortcut[]): Shortcut | null {
  const mod = event.ctrlKey || event.metaKey;
  if (event.defaultPrevented || event.altKey || (mod && event.shiftKey)) return null;
  const key = keyName(event.key);
  const found = shortcuts.find((s) => s.run && keyName(s.key) === key && !!s.mod === mod && (!s.when || s.when()));
  if (!found) return null;
  const owner = keyboardOwner(event.target);
  return owner === 'page' || (owner === 'overlay' && mod) ? found : null;
}

import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { listShortcuts, type Shortcut } from '../lib/keyboard';
import { DialogFrame, DialogHeader } from './DialogFrame';
import './ShortcutsDialog.css';

/** How a shortcut's key is shown: "J", "?", "Ctrl/⌘+Z", "Enter". */
export const shortcutLabel = (s: Shortcut): string => s.label ?? (s.mod ? 'Ctrl/⌘+' : '') + (s.key.length === 1 ? s.key.toUpperCase() : s.key);

function ShortcutList({ title, shortcuts }: { title: string; shortcuts: Shortcut[] }) {
  if (shortcuts.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 className="shortcut-list__title">{title}</h3>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcutLabel(shortcut)} className="shortcut-list__row">
            <dt>
              <kbd className="key">{shortcutLabel(shortcut)}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * Every keyboard shortcut that works now ("?"): this screen's, then the ones that work everywhere, as
 * registered with `useShortcuts`. Loaded when first opened. Closing it puts focus back on `returnFocus`
 * (what had focus when it was opened: it is opened by a key or a button of the page, not by a trigger the
 * dialog knows, so Radix has nothing to return to once the dialog is gone).
 */
export default function ShortcutsDialog({ onClose, returnFocus }: { onClose: () => void; returnFocus: HTMLElement | null }) {
  // What is registered when the dialog opens (the screen's shortcuts do not change while it is open).
  // Each key once: the one a press would run (the first, in priority order).
  const [shortcuts] = useState(() => listShortcuts().filter((s, i, all) => all.findIndex((o) => shortcutLabel(o) === shortcutLabel(s)) === i));
  return (
    <DialogFrame
      onCancel={onClose}
      className="dialog shortcuts-dialog"
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        if (returnFocus?.isConnected) returnFocus.focus();
      }}
    >
      <DialogHeader title="Keyboard shortcuts" />
      <Dialog.Description className="muted">They work anywhere on this page except while you type in a field.</Dialog.Description>
      <ShortcutList title="On this page" shortcuts={shortcuts.filter((s) => !s.everywhere)} />
      <ShortcutList title="Everywhere" shortcuts={shortcuts.filter((s) => s.everywhere)} />
    </DialogFrame>
  );
}

import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { listShortcuts, type Shortcut } from '../lib/keyboard';
import { DialogFrame, DialogHeader } from './DialogFrame';

/** How a shortcut's key is shown: "J", "?", "Ctrl+Z", "Enter". */
export const shortcutLabel = (s: Shortcut): string => s.label ?? (s.mod ? 'Ctrl+' : '') + (s.key.length === 1 ? s.key.toUpperCase() : s.key);

/** The current screen's keyboard shortcuts ("?"), as registered with `useShortcuts`. Loaded when first opened. */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  // What is registered when the dialog opens (the screen's shortcuts do not change while it is open).
  const [shortcuts] = useState(listShortcuts);
  return (
    <DialogFrame onCancel={onClose} className="dialog shortcuts-dialog">
      <DialogHeader title="Keyboard shortcuts" />
      <Dialog.Description className="muted">They work anywhere on this page except while you type in a field.</Dialog.Description>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.description} className="shortcut-list__row">
            <dt>
              <kbd className="key">{shortcutLabel(shortcut)}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </DialogFrame>
  );
}

import * as Dialog from '@radix-ui/react-dialog';
import { DialogFrame, DialogHeader } from '../../components/DialogFrame';
import type { ShortcutHelp } from './shortcuts';

/** The page's keyboard shortcuts ("?"). Loaded when first opened. */
export default function ShortcutsDialog({ shortcuts, onClose }: { shortcuts: readonly ShortcutHelp[]; onClose: () => void }) {
  return (
    <DialogFrame onCancel={onClose} className="dialog shortcuts-dialog">
      <DialogHeader title="Keyboard shortcuts" />
      <Dialog.Description className="muted">They work anywhere on this page except while you type in a field.</Dialog.Description>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.does} className="shortcut-list__row">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? <span className="muted"> or </span> : null}
                  <kbd className="key">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
    </DialogFrame>
  );
}

import * as Dialog from '@radix-ui/react-dialog';
import type { ShortcutHelp } from './shortcuts';

/** The page's keyboard shortcuts ("?"). Loaded when first opened. */
export default function ShortcutsDialog({ shortcuts, onClose }: { shortcuts: readonly ShortcutHelp[]; onClose: () => void }) {
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog shortcuts-dialog">
          <div className="dialog__header">
            <Dialog.Title className="dialog__title">Keyboard shortcuts</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label="Close">
              ×
            </Dialog.Close>
          </div>
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
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

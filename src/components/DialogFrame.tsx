import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

interface DialogFrameProps extends Omit<Dialog.DialogContentProps, 'className'> {
  /** While true, Escape, the overlay and the close buttons don't close it. */
  busy?: boolean;
  /** Closed without a change (cancel, Escape, the overlay). */
  onCancel: () => void;
  className?: string;
}

/** A modal dialog, always open while rendered: overlay, and the content centred above it. */
export function DialogFrame({ busy = false, onCancel, className = 'dialog', children, ...content }: DialogFrameProps) {
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !busy) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={className} {...content}>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The dialog's title and its × close button. */
export function DialogHeader({ title, busy = false }: { title: ReactNode; busy?: boolean }) {
  return (
    <div className="dialog__header">
      <Dialog.Title className="dialog__title">{title}</Dialog.Title>
      <Dialog.Close className="icon-button" aria-label="Close" disabled={busy}>
        ×
      </Dialog.Close>
    </div>
  );
}

interface DialogActionsProps {
  /** The submit button's words, idle and while working. */
  label: [idle: string, busy: string];
  busy: boolean;
  /** The submit button's classes (its tone). */
  tone: string;
  disabled?: boolean;
}

/** A dialog form's buttons: Cancel (closes it), and submit, which says when it is working. */
export function DialogActions({ label: [idle, working], busy, tone, disabled = false }: DialogActionsProps) {
  return (
    <div className="dialog__footer">
      <Dialog.Close className="button" type="button" disabled={busy}>
        Cancel
      </Dialog.Close>
      <button type="submit" className={tone} disabled={busy || disabled}>
        {busy ? working : idle}
      </button>
    </div>
  );
}

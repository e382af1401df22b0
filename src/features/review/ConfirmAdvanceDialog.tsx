import * as Dialog from '@radix-ui/react-dialog';
import { DialogFrame, DialogHeader } from '../../components/DialogFrame';

export interface ConfirmAdvanceDialogProps {
  candidateName: string;
  /** Why they are not waiting for a decision yet, one sentence each (`advanceGaps`). */
  gaps: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Advancing someone who is not in the queue yet: say what is missing, and advance only if asked again. */
export default function ConfirmAdvanceDialog({ candidateName, gaps, onConfirm, onCancel }: ConfirmAdvanceDialogProps) {
  return (
    <DialogFrame onCancel={onCancel} role="alertdialog">
      <DialogHeader title={<>Advance {candidateName} to Offer?</>} />
      <Dialog.Description asChild>
        <div>
          <p>They are not waiting for a decision yet:</p>
          <ul>
            {gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </div>
      </Dialog.Description>
      <div className="dialog__footer">
        <Dialog.Close className="button" type="button">
          Cancel
        </Dialog.Close>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Advance anyway
        </button>
      </div>
    </DialogFrame>
  );
}

import * as Dialog from '@radix-ui/react-dialog';
import { DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { RecommendationMark } from '../../components/ScorecardMarks';
import type { Recommendation } from '../../domain';

export interface SubmitDialogProps {
  candidateName: string;
  recommendation: Recommendation | null;
  rated: number;
  focusCount: number;
  pending: boolean;
  /** Why the last attempt failed; what was typed is kept. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Submitting is final": the last look before a scorecard can no longer be edited. Loaded when opened. */
export default function SubmitDialog({ candidateName, recommendation, rated, focusCount, pending, error, onConfirm, onCancel }: SubmitDialogProps) {
  return (
    <DialogFrame
      busy={pending}
      onCancel={onCancel}
      className="dialog scorecard-dialog"
      onOpenAutoFocus={(event) => {
        // Submitting can't be undone: focus starts on the safe choice.
        event.preventDefault();
        (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      }}
    >
      <DialogHeader title="Submit your scorecard?" busy={pending} />
      <Dialog.Description className="scorecard-dialog__final">
        <strong>Submitting is final.</strong> You can’t edit your scorecard afterwards. The hiring manager and recruiters
        see it at once; the other interviewers of {candidateName} see it once they have submitted theirs.
      </Dialog.Description>
      <dl className="scorecard-dialog__summary">
        <div>
          <dt>Recommendation</dt>
          <dd>
            <RecommendationMark recommendation={recommendation} />
          </dd>
        </div>
        <div>
          <dt>Focus qualifications rated</dt>
          <dd>
            {rated} of {focusCount}
            {rated < focusCount ? <span className="muted"> — unrated ones stay blank</span> : null}
          </dd>
        </div>
      </dl>
      {error ? (
        <p role="alert" className="form-error">
          Not submitted: {error} Your scorecard is kept; try again.
        </p>
      ) : null}
      <div className="dialog__footer">
        <Dialog.Close className="button" disabled={pending} data-autofocus>
          Keep editing
        </Dialog.Close>
        <button type="button" className="button button--primary" disabled={pending} onClick={onConfirm}>
          {pending ? 'Submitting…' : 'Submit scorecard'}
        </button>
      </div>
    </DialogFrame>
  );
}

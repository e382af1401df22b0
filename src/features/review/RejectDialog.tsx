import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState } from 'react';
import { DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { NoteField, ReasonField, UnmetQualificationsField } from '../../components/RejectionFields';
import { RatingMark } from '../../components/ScorecardMarks';
import {
  checkStatusFields,
  QUALIFICATIONS,
  type QualificationId,
  type Rating,
  REJECTION_REASONS,
  type StatusFieldErrors,
  withQualificationTicked,
} from '../../domain';

export interface RejectDecision {
  reason: string;
  note: string;
  unmetQualifications: QualificationId[];
}

export interface RejectDialogProps {
  candidateName: string;
  /** Rated No or Definitely not by someone: ticked for you. */
  concerns: readonly QualificationId[];
  /** The low ratings behind each concern, shown beside it. */
  lowRatings: (id: QualificationId) => { name: string; rating: Rating }[];
  pending: boolean;
  error: string | null;
  onConfirm: (decision: RejectDecision) => void;
  onCancel: () => void;
}

/** Reject in one step: reason, the qualifications not met (pre-ticked from the ratings), a note. */
export default function RejectDialog({ candidateName, concerns, lowRatings, pending, error, onConfirm, onCancel }: RejectDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [unmet, setUnmet] = useState<ReadonlySet<QualificationId>>(() => new Set(concerns));
  const [errors, setErrors] = useState<StatusFieldErrors>({});

  const submit = () => {
    if (pending) return;
    const unmetQualifications = QUALIFICATIONS.filter((q) => unmet.has(q.id)).map((q) => q.id);
    const { errors: found } = checkStatusFields({ action: 'reject', reason, note, unmetQualifications }, reason, note);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(found.reason ? `${id}-reason` : `${id}-note`)?.focus();
      return;
    }
    onConfirm({ reason, note: note.trim(), unmetQualifications });
  };

  return (
    <DialogFrame
      busy={pending}
      onCancel={onCancel}
      className="dialog"
      aria-describedby={`${id}-description`}
      onOpenAutoFocus={(event) => {
        // Start where the decision starts: the reason.
        event.preventDefault();
        document.getElementById(`${id}-reason`)?.focus();
      }}
    >
      <form
        className="dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DialogHeader title={<>Reject {candidateName}</>} busy={pending} />
        <Dialog.Description id={`${id}-description`} className="muted">
          They leave the pipeline as rejected, with this reason on their record. A recruiter can restore them later.
        </Dialog.Description>
        <ReasonField id={id} reasons={REJECTION_REASONS} value={reason} error={errors.reason} onChange={setReason} />
        <UnmetQualificationsField
          id={id}
          hint="Ticked for you: those an interviewer rated No or Definitely not."
          block="unmet-choices"
          unmet={unmet}
          onToggle={(qid, ticked) => setUnmet((current) => withQualificationTicked(current, qid, ticked))}
          renderDetail={(q) => {
            const low = lowRatings(q.id);
            return low.length > 0 ? (
              <span className="unmet-choices__ratings">
                {low.map((r, index) => (
                  <span key={`${r.name}-${index}`} className="unmet-choices__rating">
                    <RatingMark rating={r.rating} compact />
                    <span className="small muted"> {r.name}</span>
                  </span>
                ))}
              </span>
            ) : null;
          }}
        />
        <NoteField
          id={id}
          qualifier={<span className="optional">(optional; required for “Other”)</span>}
          value={note}
          error={errors.note}
          onChange={setNote}
        />
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <div className="dialog__footer">
          <Dialog.Close className="button" disabled={pending}>
            Cancel
          </Dialog.Close>
          <button type="submit" className="button button--danger-solid" disabled={pending}>
            {pending ? 'Rejecting…' : 'Reject candidate'}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}

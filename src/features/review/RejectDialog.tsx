import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState } from 'react';
import { RatingMark } from '../../components/ScorecardMarks';
import { QUALIFICATIONS, type QualificationId, type Rating, REJECTION_REASONS, StatusActionSchema } from '../../domain';

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
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});

  const submit = () => {
    if (pending) return;
    const unmetQualifications = QUALIFICATIONS.filter((q) => unmet.has(q.id)).map((q) => q.id);
    const parsed = StatusActionSchema.safeParse({ action: 'reject', reason, note, unmetQualifications });
    const found: { reason?: string; note?: string } = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) found[issue.path[0] === 'note' ? 'note' : 'reason'] ??= issue.message;
    } else if (reason === 'Other' && note.trim() === '') {
      found.note = 'Say what the reason is in a note.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(found.reason ? `${id}-reason` : `${id}-note`)?.focus();
      return;
    }
    onConfirm({ reason, note: note.trim(), unmetQualifications });
  };

  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !pending) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
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
            <div className="dialog__header">
              <Dialog.Title className="dialog__title">Reject {candidateName}</Dialog.Title>
              <Dialog.Close className="icon-button" aria-label="Close" disabled={pending}>
                ×
              </Dialog.Close>
            </div>
            <Dialog.Description id={`${id}-description`} className="muted">
              They leave the pipeline as rejected, with this reason on their record. A recruiter can restore them later.
            </Dialog.Description>
            <div className="field">
              <label htmlFor={`${id}-reason`} className="field__label">
                Reason <span className="required">(required)</span>
              </label>
              <select
                id={`${id}-reason`}
                className="input select"
                value={reason}
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
                onChange={(event) => setReason(event.target.value)}
              >
                <option value="">Choose a reason…</option>
                {REJECTION_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
              {errors.reason ? (
                <p id={`${id}-reason-error`} className="field__error">
                  <span aria-hidden="true">! </span>
                  {errors.reason}
                </p>
              ) : null}
            </div>
            <fieldset className="field dialog__fieldset" aria-describedby={`${id}-unmet-hint`}>
              <legend className="field__label">Qualifications not met</legend>
              <p id={`${id}-unmet-hint`} className="field__hint">
                Ticked for you: those an interviewer rated No or Definitely not.
              </p>
              <ul className="unmet-choices">
                {QUALIFICATIONS.map((q) => {
                  const low = lowRatings(q.id);
                  return (
                    <li key={q.id}>
                      <label className="checkbox unmet-choices__item">
                        <input
                          type="checkbox"
                          checked={unmet.has(q.id)}
                          onChange={(event) =>
                            setUnmet((current) => {
                              const next = new Set(current);
                              if (event.target.checked) next.add(q.id);
                              else next.delete(q.id);
                              return next;
                            })
                          }
                        />
                        <span className="unmet-choices__label">{q.label}</span>
                        {low.length > 0 ? (
                          <span className="unmet-choices__ratings">
                            {low.map((r, index) => (
                              <span key={`${r.name}-${index}`} className="unmet-choices__rating">
                                <RatingMark rating={r.rating} compact />
                                <span className="small muted"> {r.name}</span>
                              </span>
                            ))}
                          </span>
                        ) : null}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-note`} className="field__label">
                Note <span className="optional">(optional; required for “Other”)</span>
              </label>
              <textarea
                id={`${id}-note`}
                className="textarea"
                value={note}
                aria-invalid={errors.note ? true : undefined}
                aria-describedby={errors.note ? `${id}-note-error` : undefined}
                onChange={(event) => setNote(event.target.value)}
              />
              {errors.note ? (
                <p id={`${id}-note-error`} className="field__error">
                  <span aria-hidden="true">! </span>
                  {errors.note}
                </p>
              ) : null}
            </div>
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
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

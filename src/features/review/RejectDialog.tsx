import * as Dialog from '@radix-ui/react-dialog';
import { DialogActions, DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { Form, FormError } from '../../components/form/Field';
import { StatusFields, useStatusForm } from '../../components/RejectionFields';
import { RatingMark } from '../../components/ScorecardMarks';
import { type QualificationId, type Rating, REJECTION_REASONS } from '../../domain';

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
  const form = useStatusForm(() => concerns);
  const { id, reason, note, unmetList: unmetQualifications } = form;

  const submit = () => {
    if (pending || !form.check({ action: 'reject', reason, note, unmetQualifications })) return;
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
      <Form className="dialog__form" onSubmit={submit}>
        <DialogHeader title={<>Reject {candidateName}</>} busy={pending} />
        <Dialog.Description id={`${id}-description`} className="muted">
          They leave the pipeline as rejected, with this reason on their record. A recruiter can restore them later.
        </Dialog.Description>
        <StatusFields
          form={form}
          reasons={REJECTION_REASONS}
          unmet={{
            hint: 'Ticked for you: those an interviewer rated No or Definitely not.',
            block: 'unmet-choices',
            renderDetail: (q) => {
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
            },
          }}
          note={{ qualifier: <span className="optional">(optional; required for “Other”)</span> }}
        />
        {error ? <FormError glyph={null}>{error}</FormError> : null}
        <DialogActions label={['Reject candidate', 'Rejecting…']} busy={pending} tone="button button--danger-solid" />
      </Form>
    </DialogFrame>
  );
}

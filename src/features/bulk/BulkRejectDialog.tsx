import * as Dialog from '@radix-ui/react-dialog';
import { DialogActions, DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { Form } from '../../components/form/Field';
import { StatusFields, useStatusForm } from '../../components/RejectionFields';
import { REJECTION_REASONS, type StatusAction } from '../../domain';

interface BulkRejectDialogProps {
  /** How many will be rejected, and how many of the selection will not (already closed). */
  count: number;
  skipped: number;
  pending: boolean;
  /** The last request failed as a whole: what was entered is kept, and confirming again resends it. */
  failed: boolean;
  onCancel: () => void;
  onConfirm: (change: Extract<StatusAction, { action: 'reject' }>) => void;
}

const people = (n: number) => (n === 1 ? '1 candidate' : `${n.toLocaleString('en')} candidates`);

/** One reason, the qualifications not met and a note, for everyone selected: the fields of a single rejection. */
export function BulkRejectDialog({ count, skipped, pending, failed, onCancel, onConfirm }: BulkRejectDialogProps) {
  const form = useStatusForm(() => []);
  const { id, reason, note, unmetList: unmetQualifications } = form;

  const submit = () => {
    if (pending) return;
    const change = form.check({ action: 'reject', reason, note, unmetQualifications });
    if (change?.action === 'reject') onConfirm(change);
  };

  return (
    <DialogFrame
      busy={pending}
      onCancel={onCancel}
      aria-describedby={`${id}-description`}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        document.getElementById(`${id}-reason`)?.focus();
      }}
    >
      <Form className="dialog__form" onSubmit={submit}>
        <DialogHeader title={`Reject ${people(count)}`} busy={pending} />
        <Dialog.Description id={`${id}-description`} className="muted">
          They leave the pipeline as rejected, each with this reason on their record. A recruiter can restore them later.
          {skipped > 0 ? ` ${people(skipped)} of the selection ${skipped === 1 ? 'has' : 'have'} already left the pipeline and will stay as they are.` : ''}
        </Dialog.Description>
        <StatusFields
          form={form}
          reasons={REJECTION_REASONS}
          unmet={{ hint: 'Tick those that apply to everyone selected (optional).', block: 'unmet-choices', renderDetail: () => null }}
          note={{ qualifier: <span className="optional">(optional; required for “Other”)</span> }}
        />
        {failed && !pending ? (
          <p className="bulk-dialog__kept">Nothing was changed. What you entered is kept: confirm again to resend the same request.</p>
        ) : null}
        <DialogActions label={[`Reject ${people(count)}`, 'Rejecting…']} busy={pending} tone="button button--danger-solid" />
      </Form>
    </DialogFrame>
  );
}

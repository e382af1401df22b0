import * as Dialog from '@radix-ui/react-dialog';
import { DialogActions, DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { Form, FormError } from '../../components/form/Field';
import { StatusFields, useStatusForm } from '../../components/RejectionFields';
import {
  type Candidate,
  decideStatusChange,
  QUALIFICATIONS,
  REJECTION_REASONS,
  STAGE_LABELS,
  type StatusAction,
  type UserRole,
  WITHDRAWAL_REASONS,
} from '../../domain';
import { useIdempotencyKey } from '../../lib/idempotency';
import { statusFailureInForm, useChangeStatus } from '../../lib/writes/status';
import { AssessmentPill } from './QualificationChecklist';

export type DialogAction = 'reject' | 'withdraw' | 'hire';

interface StatusDialogProps {
  action: DialogAction;
  candidate: Candidate;
  viewerRole: UserRole;
  /** Closed without a change (cancel, Escape). */
  onCancel: () => void;
  /** The server accepted the change. */
  onDone: (candidate: Candidate, action: StatusAction) => void;
}

const TITLES: Record<DialogAction, (name: string) => string> = {
  reject: (name) => `Reject ${name}`,
  withdraw: (name) => `Mark ${name} withdrawn`,
  hire: (name) => `Mark ${name} hired`,
};

const CONFIRM: Record<DialogAction, [idle: string, pending: string]> = {
  reject: ['Reject candidate', 'Rejecting…'],
  withdraw: ['Mark withdrawn', 'Saving…'],
  hire: ['Mark hired', 'Saving…'],
};

/**
 * Reject (reason, qualifications not met, note), withdraw (reason, note) or hire (note). Checked with the
 * contract's schema before sending; on any failure the dialog stays open with everything as entered.
 */
export default function StatusDialog({ action, candidate, viewerRole, onCancel, onDone }: StatusDialogProps) {
  // Failures show in this dialog, with what was entered; success is told by the write path.
  const change = useChangeStatus({ failuresInline: true });
  const { keyFor, forget } = useIdempotencyKey();
  const form = useStatusForm(() => QUALIFICATIONS.filter((q) => candidate.assessments[q.id].status === 'not_met').map((q) => q.id));
  const { id, reason, note } = form;

  const decision = decideStatusChange(viewerRole, candidate, action, candidate.statusChange?.by.role ?? null);
  const reasons: readonly string[] = action === 'reject' ? REJECTION_REASONS : action === 'withdraw' ? WITHDRAWAL_REASONS : [];

  const build = (): unknown => {
    if (action === 'reject') {
      return { action, reason, note, unmetQualifications: form.unmetList };
    }
    if (action === 'withdraw') return { action, reason, note };
    return { action, note };
  };

  const submit = () => {
    if (change.isPending || !decision.allowed) return;
    const parsed = form.check(build());
    if (!parsed) return;
    change.mutate(
      { candidateId: candidate.id, action: parsed, idempotencyKey: keyFor(parsed) },
      {
        onSuccess: (updated) => {
          forget();
          onDone(updated, parsed);
        },
      },
    );
  };

  // `candidate` is already the fresh state a 412 put in the cache.
  const failure = change.error ? statusFailureInForm(change.error, candidate.name, action, candidate) : null;

  return (
    <DialogFrame busy={change.isPending} onCancel={onCancel} className="dialog" aria-describedby={`${id}-description`}>
      <Form className="dialog__form" onSubmit={submit}>
        <DialogHeader title={TITLES[action](candidate.name)} busy={change.isPending} />
        <Dialog.Description id={`${id}-description`} className="muted">
          {action === 'reject'
            ? `They leave the pipeline as rejected. The reason and the qualifications you name are kept on their record; you can restore them to ${STAGE_LABELS[candidate.stage]} later.`
            : action === 'withdraw'
              ? `They leave the pipeline as withdrawn. You can restore them to ${STAGE_LABELS[candidate.stage]} later.`
              : 'They accepted the offer. A hired candidate leaves the pipeline and cannot be restored.'}
        </Dialog.Description>

        <StatusFields
          form={form}
          reasons={reasons}
          unmet={
            action === 'reject'
              ? {
                  hint: 'Named on their record. Those assessed “Not met” are ticked for you.',
                  block: 'unmet-list',
                  renderDetail: (q) => (
                    <>
                      <span className="visually-hidden">, assessed</span>
                      <AssessmentPill assessment={candidate.assessments[q.id]} />
                    </>
                  ),
                }
              : undefined
          }
          note={{
            qualifier: <span className="required">{reason === 'Other' ? '(required for “Other”)' : '(optional)'}</span>,
            rows: 3,
            placeholder: action === 'hire' ? 'Start date, offer details…' : 'Anything the team should know…',
          }}
        />

        {!decision.allowed ? <FormError glyph="⊘">{decision.reason}</FormError> : failure ? <FormError>{failure}</FormError> : null}

        <DialogActions
          label={CONFIRM[action]}
          busy={change.isPending}
          tone={action === 'hire' ? 'button button--primary' : 'button button--danger'}
          disabled={!decision.allowed}
        />
      </Form>
    </DialogFrame>
  );
}

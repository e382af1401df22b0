import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState } from 'react';
import { DialogFrame, DialogHeader } from '../../components/DialogFrame';
import { NoteField, ReasonField, UnmetQualificationsField } from '../../components/RejectionFields';
import {
  type Candidate,
  checkStatusFields,
  decideStatusChange,
  QUALIFICATIONS,
  type QualificationId,
  REJECTION_REASONS,
  STAGE_LABELS,
  type StatusAction,
  type StatusFieldErrors,
  STATUS_LABELS,
  type UserRole,
  WITHDRAWAL_REASONS,
  withQualificationTicked,
} from '../../domain';
import { describeError, isApiError } from '../../lib/api-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useChangeStatus } from './api';
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

function describeFailure(error: Error, candidate: Candidate): string {
  if (isApiError(error, 412)) {
    return `Someone else changed ${candidate.name} while this was open: they are now ${STATUS_LABELS[candidate.status].toLowerCase()}, in ${STAGE_LABELS[candidate.stage]}. Check, then confirm again.`;
  }
  return `Nothing was changed: ${describeError(error)} What you entered is kept; try again.`;
}

/**
 * Reject (reason, qualifications not met, note), withdraw (reason, note) or hire (note). Checked with the
 * contract's schema before sending; on any failure the dialog stays open with everything as entered.
 */
export default function StatusDialog({ action, candidate, viewerRole, onCancel, onDone }: StatusDialogProps) {
  const change = useChangeStatus(candidate.id);
  const { keyFor, forget } = useIdempotencyKey();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [unmet, setUnmet] = useState<ReadonlySet<QualificationId>>(
    () => new Set(QUALIFICATIONS.filter((q) => candidate.assessments[q.id].status === 'not_met').map((q) => q.id)),
  );
  const [errors, setErrors] = useState<StatusFieldErrors>({});
  const id = useId();

  const decision = decideStatusChange(viewerRole, candidate, action, candidate.statusChange?.by.role ?? null);
  const reasons: readonly string[] = action === 'reject' ? REJECTION_REASONS : action === 'withdraw' ? WITHDRAWAL_REASONS : [];

  const build = (): unknown => {
    if (action === 'reject') {
      return { action, reason, note, unmetQualifications: QUALIFICATIONS.filter((q) => unmet.has(q.id)).map((q) => q.id) };
    }
    if (action === 'withdraw') return { action, reason, note };
    return { action, note };
  };

  const submit = () => {
    if (change.isPending || !decision.allowed) return;
    const { action: parsed, errors: found } = checkStatusFields(build(), reason, note);
    setErrors(found);
    if (!parsed || Object.keys(found).length > 0) {
      document.getElementById(found.reason ? `${id}-reason` : `${id}-note`)?.focus();
      return;
    }
    change.mutate(
      { action: parsed, idempotencyKey: keyFor(parsed) },
      {
        onSuccess: (updated) => {
          forget();
          onDone(updated, parsed);
        },
      },
    );
  };

  const failure = change.error ? describeFailure(change.error, candidate) : null;
  const [confirmIdle, confirmPending] = CONFIRM[action];

  return (
    <DialogFrame busy={change.isPending} onCancel={onCancel} className="dialog" aria-describedby={`${id}-description`}>
      <form
        className="dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DialogHeader title={TITLES[action](candidate.name)} busy={change.isPending} />
        <Dialog.Description id={`${id}-description`} className="muted">
          {action === 'reject'
            ? `They leave the pipeline as rejected. The reason and the qualifications you name are kept on their record; you can restore them to ${STAGE_LABELS[candidate.stage]} later.`
            : action === 'withdraw'
              ? `They leave the pipeline as withdrawn. You can restore them to ${STAGE_LABELS[candidate.stage]} later.`
              : 'They accepted the offer. A hired candidate leaves the pipeline and cannot be restored.'}
        </Dialog.Description>

        {reasons.length > 0 ? <ReasonField id={id} reasons={reasons} value={reason} error={errors.reason} onChange={setReason} /> : null}

        {action === 'reject' ? (
          <UnmetQualificationsField
            id={id}
            hint="Named on their record. Those assessed “Not met” are ticked for you."
            block="unmet-list"
            unmet={unmet}
            onToggle={(qid, ticked) => setUnmet((current) => withQualificationTicked(current, qid, ticked))}
            renderDetail={(q) => (
              <>
                <span className="visually-hidden">, assessed</span>
                <AssessmentPill assessment={candidate.assessments[q.id]} />
              </>
            )}
          />
        ) : null}

        <NoteField
          id={id}
          qualifier={<span className="required">{reason === 'Other' ? '(required for “Other”)' : '(optional)'}</span>}
          value={note}
          error={errors.note}
          onChange={setNote}
          rows={3}
          placeholder={action === 'hire' ? 'Start date, offer details…' : 'Anything the team should know…'}
        />

        {!decision.allowed ? (
          <p className="form-error" role="alert">
            <span aria-hidden="true">⊘ </span>
            {decision.reason}
          </p>
        ) : failure ? (
          <p className="form-error" role="alert">
            <span aria-hidden="true">! </span>
            {failure}
          </p>
        ) : null}

        <div className="dialog__footer">
          <Dialog.Close className="button" type="button" disabled={change.isPending}>
            Cancel
          </Dialog.Close>
          <button
            type="submit"
            className={action === 'hire' ? 'button button--primary' : 'button button--danger'}
            disabled={change.isPending || !decision.allowed}
          >
            {change.isPending ? confirmPending : confirmIdle}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}

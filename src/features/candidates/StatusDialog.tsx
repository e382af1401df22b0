import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState } from 'react';
import {
  type Candidate,
  decideStatusChange,
  QUALIFICATIONS,
  type QualificationId,
  REJECTION_REASONS,
  STAGE_LABELS,
  type StatusAction,
  StatusActionSchema,
  STATUS_LABELS,
  type UserRole,
  WITHDRAWAL_REASONS,
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
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const id = useId();

  const decision = decideStatusChange(viewerRole, candidate, action);
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
    const parsed = StatusActionSchema.safeParse(build());
    const found: { reason?: string; note?: string } = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'note' ? 'note' : 'reason';
        found[key] ??= issue.message;
      }
    } else if (reason === 'Other' && note.trim() === '') {
      found.note = 'Say what the reason is in a note.';
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      document.getElementById(found.reason ? `${id}-reason` : `${id}-note`)?.focus();
      return;
    }
    change.mutate(
      { action: parsed.data, idempotencyKey: keyFor(parsed.data) },
      {
        onSuccess: (updated) => {
          forget();
          onDone(updated, parsed.data);
        },
      },
    );
  };

  const failure = change.error ? describeFailure(change.error, candidate) : null;
  const [confirmIdle, confirmPending] = CONFIRM[action];

  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !change.isPending) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={`${id}-description`}>
          <form
            className="dialog__form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <div className="dialog__header">
              <Dialog.Title className="dialog__title">{TITLES[action](candidate.name)}</Dialog.Title>
              <Dialog.Close className="icon-button" aria-label="Close" disabled={change.isPending}>
                ×
              </Dialog.Close>
            </div>
            <Dialog.Description id={`${id}-description`} className="muted">
              {action === 'reject'
                ? `They leave the pipeline as rejected. The reason and the qualifications you name are kept on their record; you can restore them to ${STAGE_LABELS[candidate.stage]} later.`
                : action === 'withdraw'
                  ? `They leave the pipeline as withdrawn. You can restore them to ${STAGE_LABELS[candidate.stage]} later.`
                  : 'They accepted the offer. A hired candidate leaves the pipeline and cannot be restored.'}
            </Dialog.Description>

            {reasons.length > 0 ? (
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
                  {reasons.map((r) => (
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
            ) : null}

            {action === 'reject' ? (
              <fieldset className="field dialog__fieldset" aria-describedby={`${id}-unmet-hint`}>
                <legend className="field__label">Qualifications not met</legend>
                <p id={`${id}-unmet-hint`} className="field__hint">
                  Named on their record. Those assessed “Not met” are ticked for you.
                </p>
                <ul className="unmet-list">
                  {QUALIFICATIONS.map((q) => (
                    <li key={q.id}>
                      <label className="checkbox unmet-list__item">
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
                        <span className="unmet-list__label">{q.label}</span>
                        <span className="visually-hidden">, assessed</span>
                        <AssessmentPill assessment={candidate.assessments[q.id]} />
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : null}

            <div className="field">
              <label htmlFor={`${id}-note`} className="field__label">
                Note{' '}
                <span className="required">{reason === 'Other' ? '(required for “Other”)' : '(optional)'}</span>
              </label>
              <textarea
                id={`${id}-note`}
                className="textarea"
                rows={3}
                value={note}
                placeholder={action === 'hire' ? 'Start date, offer details…' : 'Anything the team should know…'}
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
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

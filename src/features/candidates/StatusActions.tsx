import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { type Candidate, decideStatusChange, STAGE_LABELS, type StatusAction, type StatusActionKind, type UserRole } from '../../domain';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useCandidateRequest } from '../../lib/keyboard/candidate-requests';
import { announce } from '../../lib/notify';
import { useChangeStatus } from '../../lib/writes/status';
import type { DialogAction } from './StatusDialog';

const loadStatusDialog = () => import('./StatusDialog');
const StatusDialog = lazy(loadStatusDialog);
const preload = () => void loadStatusDialog();

interface ActionButtonProps {
  kind: StatusActionKind;
  label: string;
  candidate: Candidate;
  viewerRole: UserRole;
  tone?: 'danger' | 'primary';
  busy?: boolean;
  onRun: () => void;
}

/**
 * A status action. When it is not allowed it stays focusable (aria-disabled) and says why, beside it and
 * to assistive technology, instead of silently doing nothing.
 */
function ActionButton({ kind, label, candidate, viewerRole, tone, busy = false, onRun }: ActionButtonProps) {
  const decision = decideStatusChange(viewerRole, candidate, kind, candidate.statusChange?.by.role ?? null);
  const reasonId = useId();
  const blocked = !decision.allowed;
  return (
    <span className="status-action">
      <button
        type="button"
        className={`button${tone && !blocked ? ` button--${tone}` : ''}`}
        aria-disabled={blocked || busy ? true : undefined}
        aria-describedby={blocked ? reasonId : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          if (busy) return;
          if (blocked) announce(decision.reason, { assertive: true });
          else onRun();
        }}
      >
        {label}
      </button>
      {blocked ? (
        <span id={reasonId} className="status-action__reason">
          {decision.reason}
        </span>
      ) : null}
    </span>
  );
}

interface StatusActionsProps {
  candidate: Candidate;
  viewerRole: UserRole;
  /** Where focus goes after the status changed and the button that was used is gone. */
  onChanged: () => void;
}

/** Reject, mark withdrawn, restore, mark hired: the ones that apply to this candidate now. */
export function StatusActions({ candidate, viewerRole, onChanged }: StatusActionsProps) {
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  // The write path tells the outcome (toast and screen reader), success or failure; this only moves focus.
  const restore = useChangeStatus();
  const { keyFor, forget } = useIdempotencyKey();
  // "Reject…" from the command palette opens the same dialog as the button (when rejecting is allowed).
  const [rejectAsked, rejectDone] = useCandidateRequest(candidate.id, 'reject');
  const mayReject = decideStatusChange(viewerRole, candidate, 'reject').allowed;
  if (rejectAsked && mayReject && dialog !== 'reject') setDialog('reject');
  useEffect(() => {
    if (rejectAsked) rejectDone();
  }, [rejectAsked, rejectDone]);

  if (viewerRole === 'interviewer') {
    return <p className="muted small status-actions__note">Recruiters and the hiring manager decide on candidates.</p>;
  }

  const done = () => {
    setDialog(null);
    onChanged();
  };

  const runRestore = () => {
    const action: StatusAction = { action: 'restore' };
    restore.mutate(
      { candidateId: candidate.id, action, idempotencyKey: keyFor({ ...action, version: candidate.version }) },
      {
        onSuccess: () => {
          forget();
          done();
        },
      },
    );
  };

  const active = candidate.status === 'active';
  const closed = candidate.status === 'rejected' || candidate.status === 'withdrawn';
  const showHire = active && (viewerRole === 'hiring_manager' || candidate.stage === 'offer');
  const common = { candidate, viewerRole };

  return (
    <div className="status-actions" role="group" aria-label="Decision">
      {candidate.status === 'hired' ? <p className="muted small status-actions__note">Hired: their time in this pipeline is complete.</p> : null}
      {closed ? (
        <ActionButton
          {...common}
          kind="restore"
          label={restore.isPending ? 'Restoring…' : `Restore to ${STAGE_LABELS[candidate.stage]}`}
          tone="primary"
          busy={restore.isPending}
          onRun={runRestore}
        />
      ) : null}
      {showHire ? <ActionButton {...common} kind="hire" label="Mark hired" tone="primary" onRun={() => setDialog('hire')} /> : null}
      {active ? (
        <>
          <ActionButton {...common} kind="withdraw" label="Mark withdrawn" onRun={() => setDialog('withdraw')} />
          <ActionButton {...common} kind="reject" label="Reject" tone="danger" onRun={() => setDialog('reject')} />
        </>
      ) : null}
      {dialog ? (
        <Suspense fallback={null}>
          <StatusDialog action={dialog} candidate={candidate} viewerRole={viewerRole} onCancel={() => setDialog(null)} onDone={done} />
        </Suspense>
      ) : null}
    </div>
  );
}

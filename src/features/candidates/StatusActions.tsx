import { lazy, Suspense, useId, useState } from 'react';
import {
  type Candidate,
  decideStatusChange,
  STAGE_LABELS,
  type StatusAction,
  type StatusActionKind,
  type UserRole,
} from '../../domain';
import { announce } from '../../components/LiveAnnouncer';
import { showToast } from '../../components/toast/toast-store';
import { describeError, isApiError } from '../../lib/api-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useChangeStatus } from './api';
import type { DialogAction } from './StatusDialog';

const loadStatusDialog = () => import('./StatusDialog');
const StatusDialog = lazy(loadStatusDialog);
const preload = () => void loadStatusDialog();

function outcome(candidate: Candidate, action: StatusAction): string {
  switch (action.action) {
    case 'reject':
      return `Rejected ${candidate.name}: ${action.reason}.`;
    case 'withdraw':
      return `Marked ${candidate.name} withdrawn: ${action.reason}.`;
    case 'hire':
      return `Marked ${candidate.name} hired.`;
    case 'restore':
      return `Restored ${candidate.name} to ${STAGE_LABELS[candidate.stage]}.`;
  }
}

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
  const restore = useChangeStatus(candidate.id);
  const { keyFor, forget } = useIdempotencyKey();

  if (viewerRole === 'interviewer') {
    return <p className="muted small status-actions__note">Recruiters and the hiring manager decide on candidates.</p>;
  }

  const done = (updated: Candidate, action: StatusAction) => {
    setDialog(null);
    const message = outcome(updated, action);
    showToast({ tone: 'success', title: message });
    announce(message);
    onChanged();
  };

  const runRestore = () => {
    const action: StatusAction = { action: 'restore' };
    restore.mutate(
      { action, idempotencyKey: keyFor({ ...action, version: candidate.version }) },
      {
        onSuccess: (updated) => {
          forget();
          done(updated, action);
        },
        onError: (error) => {
          const title = `Could not restore ${candidate.name}`;
          const description = isApiError(error, 412)
            ? 'Someone else changed them meanwhile; the page now shows their latest state.'
            : describeError(error);
          showToast({ tone: 'error', title, description });
          announce(`${title}. ${description}`, { assertive: true });
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

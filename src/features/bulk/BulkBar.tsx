import { useId, useMemo, useState } from 'react';
import { Menu, type MenuEntry } from '../../components/menu';
import { type BulkItemResult, type CandidateSummary, STAGE_LABELS, STAGES, type User } from '../../domain';
import { useIdempotencyKey } from '../../lib/idempotency';
import { notify } from '../../lib/notify';
import { selection, useSelectedIds } from '../../lib/selection';
import { type BulkAction, bulkItems, bulkVariables, useBulkAction } from '../../lib/writes/bulk';
import { moveChoice, statusChoice, unavailable } from './bulk-choices';
import { BulkNoteDialog } from './BulkNoteDialog';
import { BulkRejectDialog } from './BulkRejectDialog';
import './bulk.css';


export interface BulkBarProps {
  viewer: User;
  /** The candidates the screen shows now: only those both selected and shown are acted on. */
  candidates: readonly CandidateSummary[];
}

const plural = (n: number) => (n === 1 ? '1 candidate' : `${n.toLocaleString('en')} candidates`);

/** A button that stays focusable when unavailable and says why (on screen when pressed, and to screen readers). */
function ActionButton({ label, reason, onClick }: { label: string; reason: string | null; onClick: () => void }) {
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? id : undefined}
        title={reason ?? undefined}
        onClick={() => (reason ? notify({ tone: 'info', title: reason }) : onClick())}
      >
        {label}
      </button>
      {reason ? (
        <span id={id} className="visually-hidden">
          {reason}
        </span>
      ) : null}
    </>
  );
}

/**
 * The actions on a selection: how many are selected, Clear, Move to…, Reject…, Restore, Add note…. The
 * write path (`useBulkAction`) sends, stores and reports; this only chooses what to send.
 */
export default function BulkBar({ viewer, candidates }: BulkBarProps) {
  const ids = useSelectedIds();
  const targets = useMemo(() => candidates.filter((c) => ids.has(c.id)), [candidates, ids]);
  const bulk = useBulkAction();
  // The same action on the same items at the same versions, sent again after a failure, keeps its key.
  const { keyFor, forget } = useIdempotencyKey();
  const [dialog, setDialog] = useState<'reject' | 'note' | null>(null);
  const role = viewer.role;

  if (targets.length === 0) return null;

  const send = (action: BulkAction, allowed: readonly CandidateSummary[], skipped: BulkItemResult[], onSent?: () => void) => {
    if (bulk.isPending) return;
    const idempotencyKey = keyFor({ action, items: bulkItems(allowed) });
    bulk.mutate(bulkVariables(action, allowed, { skipped, idempotencyKey }), {
      onSuccess: () => {
        forget();
        onSent?.();
      },
    });
  };

  const moveEntries: MenuEntry[] = [
    { kind: 'label', key: 'label', text: `Move ${plural(targets.length)} to` },
    ...STAGES.map((stage): MenuEntry => {
      const choice = moveChoice(role, targets, stage);
      const refused = choice.skipped.length;
      return {
        kind: 'item',
        key: stage,
        label: STAGE_LABELS[stage],
        disabled: choice.allowed.length === 0,
        detail: refused === 0 ? undefined : choice.allowed.length === 0 ? choice.reason : `${refused} of ${targets.length} will stay: ${choice.reason}`,
        onSelect: () => send({ kind: 'move', toStage: stage }, choice.allowed, choice.skipped),
      };
    }),
  ];
  const reject = statusChoice(role, targets, 'reject');
  const restore = statusChoice(role, targets, 'restore');
  const busy = bulk.isPending;

  return (
    <section className="bulk-bar" aria-label="Selection" aria-busy={busy || undefined}>
      <p className="bulk-bar__count" role="status">
        <strong>{targets.length.toLocaleString('en')}</strong> selected
        {busy ? <span className="muted"> · working…</span> : null}
      </p>
      <div className="bulk-bar__actions">
        <Menu
          trigger={
            <>
              Move to… <span aria-hidden="true" className="chevron">▾</span>
            </>
          }
          triggerClassName="button button--small"
          triggerLabel={`Move ${plural(targets.length)} to…`}
          entries={moveEntries}
          align="start"
        />
        <ActionButton label="Reject…" reason={unavailable(reject, 'reject')} onClick={() => setDialog('reject')} />
        <ActionButton
          label="Restore"
          reason={unavailable(restore, 'restore')}
          onClick={() => send({ kind: 'status', change: { action: 'restore' } }, restore.allowed, restore.skipped)}
        />
        <ActionButton label="Add note…" reason={null} onClick={() => setDialog('note')} />
        <button type="button" className="button button--small button--ghost" onClick={() => selection.clear()}>
          Clear selection
        </button>
      </div>
        {dialog === 'reject' ? (
          <BulkRejectDialog
            count={reject.allowed.length}
            skipped={reject.skipped.length}
            pending={busy}
            failed={bulk.isError}
            onCancel={() => setDialog(null)}
            onConfirm={(change) => send({ kind: 'status', change }, reject.allowed, reject.skipped, () => setDialog(null))}
          />
        ) : null}
        {dialog === 'note' ? (
          <BulkNoteDialog
            count={targets.length}
            pending={busy}
            failed={bulk.isError}
            onCancel={() => setDialog(null)}
            onConfirm={(text) => send({ kind: 'note', text }, targets, [], () => setDialog(null))}
          />
        ) : null}
    </section>
  );
}

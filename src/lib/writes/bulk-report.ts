import { type BulkItemResult, type Stage, STAGE_LABELS, type StatusAction } from '../../domain';

/**
 * What a bulk action is, as the write path sends it and as its report words it. One action, one endpoint:
 * a move to one stage, a rejection with one reason (or a restore), one note.
 */
export type BulkAction =
  | { kind: 'move'; toStage: Stage }
  | { kind: 'status'; change: Extract<StatusAction, { action: 'reject' | 'restore' }> }
  | { kind: 'note'; text: string };

const count = (n: number) => (n === 1 ? '1 candidate' : `${n.toLocaleString('en')} candidates`);
const were = (n: number) => (n === 1 ? 'was' : 'were');

/** "Moved 47 of 50 to Screen", "Rejected 50 candidates", "Added the note to 3 of 5". */
export function bulkTitle(action: BulkAction, done: number, total: number, isUndo = false): string {
  const some = done === total ? count(total) : `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
  if (isUndo) {
    // An Undo of a move sends each candidate back to where they were: several stages, one report.
    if (action.kind === 'move') return `Move undone: ${some} back where they were`;
    return `Rejection undone: restored ${some}`;
  }
  switch (action.kind) {
    case 'move':
      return `Moved ${some} to ${STAGE_LABELS[action.toStage]}`;
    case 'status':
      return action.change.action === 'reject' ? `Rejected ${some}` : `Restored ${some}`;
    case 'note':
      return `Added the note to ${some}`;
  }
}

/** "moved", "rejected": what did not happen to the refused ones ("2 not moved: Already in Screen."). */
function participle(action: BulkAction, isUndo: boolean): string {
  if (isUndo) return 'undone';
  if (action.kind === 'move') return 'moved';
  if (action.kind === 'note') return 'given the note';
  return action.change.action === 'reject' ? 'rejected' : 'restored';
}

/** Refusals with the same reason, counted once: "3 refused: Only the hiring manager can move a candidate to Offer." */
function grouped(results: readonly BulkItemResult[], lead: (n: number) => string): string[] {
  const byReason = new Map<string, number>();
  for (const r of results) byReason.set(r.detail ?? '', (byReason.get(r.detail ?? '') ?? 0) + 1);
  return [...byReason].map(([reason, n]) => (reason ? `${lead(n)}: ${reason}` : `${lead(n)}.`));
}

export interface BulkReport {
  title: string;
  /** One sentence per kind of outcome other than done. */
  lines: string[];
  done: BulkItemResult[];
  /** Changed by someone else meanwhile (412): "review them" selects these. */
  conflicts: string[];
  failed: number;
}

/**
 * Exactly what happened to each item, counted by outcome. `results` holds the server's answers and the
 * items refused before sending (the same rules, asked in the browser).
 */
export function reportBulk(action: BulkAction, results: readonly BulkItemResult[], isUndo = false): BulkReport {
  const by = (outcome: BulkItemResult['outcome']) => results.filter((r) => r.outcome === outcome);
  const done = by('done');
  const conflicts = by('conflict');
  const notFound = by('not_found');
  const lines: string[] = [];
  if (conflicts.length > 0) lines.push(`${conflicts.length} ${were(conflicts.length)} changed by someone else: review them`);
  lines.push(...grouped(by('forbidden'), (n) => `${n} refused`));
  lines.push(...grouped(by('invalid'), (n) => `${n} not ${participle(action, isUndo)}`));
  if (notFound.length > 0) lines.push(`${notFound.length} no longer ${notFound.length === 1 ? 'exists or is' : 'exist or are'} not visible to you.`);
  return {
    title: bulkTitle(action, done.length, results.length, isUndo),
    lines: lines.map((line) => (/[.!?]$/.test(line) ? line : `${line}.`)),
    done,
    conflicts: conflicts.map((r) => r.candidateId),
    failed: results.length - done.length,
  };
}

/** The title of a request that failed as a whole (network, 5xx): nothing is known to have been applied. */
export function bulkFailedTitle(action: BulkAction, total: number, isUndo = false): string {
  if (isUndo) return action.kind === 'move' ? `Could not undo the move of ${count(total)}` : `Could not undo the rejection of ${count(total)}`;
  switch (action.kind) {
    case 'move':
      return `Could not move ${count(total)} to ${STAGE_LABELS[action.toStage]}`;
    case 'status':
      return action.change.action === 'reject' ? `Could not reject ${count(total)}` : `Could not restore ${count(total)}`;
    case 'note':
      return `Could not add the note to ${count(total)}`;
  }
}

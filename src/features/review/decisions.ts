import { STAGE_LABELS } from '../../domain';
import type { MoveWording } from '../../lib/writes/moves';
import { statusOutcome, type StatusWording } from '../../lib/writes/status';

/**
 * What the review page says about the hiring manager's decisions. The writes themselves are the shared
 * ones (`useMoveCandidate`, `useChangeStatus` in lib/writes), which also run each Undo and tell its
 * outcome, whether or not this page is still shown.
 */
export const REVIEW_MOVES: MoveWording = {
  moved: (name, _from, to) => ({ tone: 'success', title: `Advanced ${name} to ${STAGE_LABELS[to]}`, spoken: `${name} advanced to ${STAGE_LABELS[to]}.` }),
  undone: (name, stage) => ({
    tone: 'info',
    title: `Undone: ${name} is back in ${STAGE_LABELS[stage]}`,
    spoken: `Undone. ${name} is back in ${STAGE_LABELS[stage]}.`,
  }),
  failed: (name, _to, isUndo) => (isUndo ? `Could not undo for ${name}` : `Could not advance ${name}`),
  after: () => 'Nothing was changed.',
  next: 'Decide again if you still want to.',
  undoShortcut: 'Ctrl+Z',
};

export const REVIEW_STATUS: StatusWording = {
  done: (candidate, action) =>
    action.action === 'reject'
      ? { tone: 'success', title: `Rejected ${candidate.name}`, description: action.reason, spoken: `${candidate.name} rejected: ${action.reason}.` }
      : { tone: 'success', title: statusOutcome(candidate, action) },
  undone: (candidate) => ({ tone: 'info', title: `Undone: ${candidate.name} is active again`, spoken: `Undone. ${candidate.name} is active again.` }),
  undoFailed: (name) => `Could not undo for ${name}`,
  after: 'Nothing was changed.',
  // The reject dialog shows a failure, and keeps what was entered.
  failuresInline: true,
  undoShortcut: 'Ctrl+Z',
};

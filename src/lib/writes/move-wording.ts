import { STAGE_LABELS } from '../../domain';
import type { MoveWording } from './moves';

/**
 * What a move of one candidate says, wherever it is made (board, palette): the write itself is
 * `useMoveCandidate`. Keyboard and drag users hear the move the moment it is painted, so its
 * confirmation is only shown.
 */
export const STAGE_MOVE_WORDING: MoveWording = {
  painted: (name, from, to) => `${name} moved from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}.`,
  moved: (name, from, to) => ({ tone: 'success', title: `Moved ${name} to ${STAGE_LABELS[to]}`, description: `From ${STAGE_LABELS[from]}.`, spoken: false }),
  undone: (name, stage) => ({
    tone: 'info',
    title: `Move undone: ${name} is back in ${STAGE_LABELS[stage]}`,
    spoken: `Move undone. ${name} is back in ${STAGE_LABELS[stage]}.`,
  }),
  undoShortcut: 'Ctrl+Z',
  next: 'Move them again if you still want to.',
};

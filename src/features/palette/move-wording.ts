import { STAGE_LABELS } from '../../domain';
import type { MoveWording } from '../../lib/writes/moves';

/** What the palette says about a move (the write is the shared `useMoveCandidate`): as the board does. */
export const PALETTE_MOVES: MoveWording = {
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

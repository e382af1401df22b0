import type { MoveWording } from '../../lib/writes/moves';
import { STAGE_MOVE_WORDING } from '../../lib/writes/move-wording';

/** What the board says about a move: the shared wording, naming the board where a failure is explained. */
export const BOARD_MOVES: MoveWording = { ...STAGE_MOVE_WORDING, surface: 'The board' };

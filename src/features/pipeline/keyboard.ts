import { adjacentStage, type Stage, STAGES } from '../../domain';

/**
 * The board's move shortcuts on a focused card: Shift+→ / Shift+← one stage forward or back,
 * 1–4 straight to a stage. Returns the target stage, or null when the key is not a move.
 */
export function moveTargetForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>, current: Stage): Stage | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.shiftKey && event.key === 'ArrowRight') return adjacentStage(current, 1);
  if (event.shiftKey && event.key === 'ArrowLeft') return adjacentStage(current, -1);
  if (!event.shiftKey && /^[1-4]$/.test(event.key)) return STAGES[Number(event.key) - 1] ?? null;
  return null;
}

export const MOVE_SHORTCUTS_HINT = 'Enter opens the candidate; Shift+Arrow keys move a stage; 1 to 4 move straight to a stage; M opens the move menu.';

/**
 * ←/→ on a card: the next column in that direction that has cards (empty ones are skipped), or null.
 */
export function neighbourStage(from: Stage, step: 1 | -1, count: (stage: Stage) => number): Stage | null {
  for (let i = STAGES.indexOf(from) + step; i >= 0 && i < STAGES.length; i += step) {
    if (count(STAGES[i]!) > 0) return STAGES[i]!;
  }
  return null;
}

/**
 * The row of a virtualized column nearest to a vertical position `y` (both in viewport pixels): rows are
 * `rowHeight` apart from `listTop` (the list's top, which moves as the column scrolls), so rows that are
 * not rendered count too.
 */
export const nearestRow = (y: number, listTop: number, rowHeight: number, count: number): number =>
  Math.min(count - 1, Math.max(0, Math.floor((y - listTop) / rowHeight)));


import type { Shortcut } from '../../lib/keyboard';

/**
 * The keys a focused card handles itself (its `onKeyDown`), declared so the "?" dialog lists them. The
 * move keys only for someone who may move candidates. Only the "?" dialog reads this, so the board
 * loads it after its first paint, in a chunk of its own.
 */
export const cardShortcuts = (canMove: boolean): Shortcut[] => [
  { key: 'Enter', description: 'Open the focused card’s candidate' },
  { key: 'ArrowUp', label: '↑ ↓', description: 'The card above or below' },
  { key: 'ArrowLeft', label: '← →', description: 'The nearest card in the next column' },
  ...(canMove
    ? [
        { key: 'ArrowRight', label: 'Shift+← →', description: 'Move the focused candidate back or forward a stage' },
        { key: '1', label: '1–4', description: 'Move the focused candidate straight to a stage' },
        { key: 'm', description: 'Open the move menu of the focused card' },
        { key: ' ', label: 'Space', description: 'Select the focused card for bulk actions (Shift+Space: a range)' },
      ]
    : []),
  { key: 'Escape', label: 'Esc', description: 'In the search: back to the board, keeping what you searched' },
];

import { type KeyboardEvent, useCallback, useState } from 'react';

export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Roving tabindex for an ARIA grid: one cell is in the tab order; arrow keys move it, Home/End go to the
 * row's first and last cell, Ctrl+Home/End to the grid's first and last, PageUp/PageDown by ten rows.
 * Cells carry `data-grid-cell="row:col"`; the element with that attribute is what gets focus.
 */
export function useGridNavigation(rows: number, cols: number) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  // Rows change with the page and the filter: keep the position inside the grid.
  const current = { row: Math.min(active.row, Math.max(rows - 1, 0)), col: Math.min(active.col, cols - 1) };

  const tabIndexOf = (row: number, col: number) => (row === current.row && col === current.col ? 0 : -1);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-grid-cell]');
      if (!cell || rows === 0) return;
      const [row, col] = cell.dataset.gridCell!.split(':').map(Number) as [number, number];
      let next: GridPosition | null = null;
      const ctrl = event.ctrlKey || event.metaKey;
      switch (event.key) {
        case 'ArrowRight':
          next = { row, col: Math.min(col + 1, cols - 1) };
          break;
        case 'ArrowLeft':
          next = { row, col: Math.max(col - 1, 0) };
          break;
        case 'ArrowDown':
          next = { row: Math.min(row + 1, rows - 1), col };
          break;
        case 'ArrowUp':
          next = { row: Math.max(row - 1, 0), col };
          break;
        case 'PageDown':
          next = { row: Math.min(row + 10, rows - 1), col };
          break;
        case 'PageUp':
          next = { row: Math.max(row - 10, 0), col };
          break;
        case 'Home':
          next = ctrl ? { row: 0, col: 0 } : { row, col: 0 };
          break;
        case 'End':
          next = ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
          break;
        default:
          return;
      }
      event.preventDefault();
      setActive(next);
      const grid = event.currentTarget;
      grid.querySelector<HTMLElement>(`[data-grid-cell="${next.row}:${next.col}"]`)?.focus();
    },
    [rows, cols],
  );

  const onFocus = useCallback((event: React.FocusEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-grid-cell]');
    if (!cell) return;
    const [row, col] = cell.dataset.gridCell!.split(':').map(Number) as [number, number];
    setActive((now) => (now.row === row && now.col === col ? now : { row, col }));
  }, []);

  return { tabIndexOf, onKeyDown, onFocus };
}

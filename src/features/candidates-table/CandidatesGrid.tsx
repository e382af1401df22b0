import type { SortingState, Updater } from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CandidateSummary } from '../../domain';
import { selectedIds, selection } from '../../lib/selection';
import { COLUMNS, GRID_MIN_WIDTH, GRID_TEMPLATE } from './columns';
import { HeaderRow } from './HeaderRow';
import { ROW_HEIGHT, TableRow } from './TableRow';
import { useGridKeys } from './useGridKeys';

interface CandidatesGridProps {
  /** The rows shown: filtered and sorted. */
  rows: readonly CandidateSummary[];
  sorting: SortingState;
  onSortingChange: (updater: Updater<SortingState>) => void;
  now: number;
  onOpen: (candidateId: string) => void;
}

/**
 * The candidates as an ARIA grid: a header row and one row per candidate, virtualized (only the rows in
 * view are in the DOM, with `aria-rowcount`/`aria-rowindex` telling assistive technology where they are).
 * Rows take focus one at a time (roving tabindex); the keys are in useGridKeys.
 */
export function CandidatesGrid({ rows, sorting, onSortingChange, now, onOpen }: CandidatesGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const indexOf = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids]);

  // The row in the Tab order; the first one until the person picks another, or theirs is filtered out.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = activeId !== null && indexOf.has(activeId) ? indexOf.get(activeId)! : rows.length > 0 ? 0 : -1;
  const pendingFocus = useRef<string | null>(null);

  // The compiler leaves this component alone (the virtualizer's API); rows are memoized by hand (TableRow).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => ids[index]!,
    // The focusable row stays rendered when scrolled away, so Tab always reaches the grid.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && !indexes.includes(activeIndex) ? [...indexes, activeIndex].sort((a, b) => a - b) : indexes;
    },
  });

  const focusIndex = useCallback(
    (index: number) => {
      const id = ids[index];
      if (id === undefined) return;
      pendingFocus.current = id;
      setActiveId(id);
      virtualizer.scrollToIndex(index);
    },
    [ids, virtualizer],
  );

  // Focus follows the active row once it is rendered (after scrolling it into view, a render later).
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[role=row][data-candidate-id="${CSS.escape(id)}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const onCheckboxClick = useCallback(
    (candidateId: string, shiftKey: boolean) => {
      if (shiftKey) selection.extendTo(candidateId, ids);
      else selection.toggle(candidateId);
      setActiveId(candidateId);
    },
    [ids],
  );

  const onKeyDown = useGridKeys({ ids, activeIndex, focusIndex, onOpen });

  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[role=row][data-candidate-id]');
    if (!row || target.closest('a, input')) return;
    const id = row.dataset.candidateId!;
    // Shift+click on a row extends the selection from the anchor, as Shift+click on its checkbox does.
    if (event.shiftKey) {
      event.preventDefault();
      selection.extendTo(id, ids);
    }
    setActiveId(id);
  };

  const items = virtualizer.getVirtualItems();
  const style = { '--ctable-columns': GRID_TEMPLATE, '--ctable-min-width': `${GRID_MIN_WIDTH}px` } as React.CSSProperties;
  return (
    <div
      ref={scrollRef}
      className="ctable"
      role="grid"
      aria-label="Candidates"
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length + 1}
      aria-multiselectable="true"
      style={style}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <div role="rowgroup" className="ctable__head">
        <HeaderRow sorting={sorting} onSortingChange={onSortingChange} shownIds={ids} />
      </div>
      <div role="rowgroup" className="ctable__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <TableRow
            key={item.key}
            candidate={rows[item.index]!}
            index={item.index}
            start={item.start}
            active={item.index === activeIndex}
            now={now}
            onCheckboxClick={onCheckboxClick}
          />
        ))}
      </div>
      {rows.length === 0 ? <p className="ctable__empty">No candidates match these filters.</p> : null}
    </div>
  );
}

/** For the shortcuts: the selection as it is at the key press. */
export const hasSelection = () => selectedIds().size > 0;

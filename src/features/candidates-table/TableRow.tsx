import { memo } from 'react';
import type { CandidateSummary } from '../../domain';
import { useIsSelected } from '../../lib/selection';
import { COLUMNS } from './columns';

export const ROW_HEIGHT = 48;

interface TableRowProps {
  candidate: CandidateSummary;
  /** Position among the rows shown (0-based). */
  index: number;
  /** Pixels from the top of the body (virtualized). */
  start: number;
  /** The row in the Tab order (roving focus). */
  active: boolean;
  now: number;
  onCheckboxClick: (candidateId: string, shiftKey: boolean) => void;
}

/**
 * One candidate. Memoized, and subscribed to its own `isSelected` only: a selection change re-renders the
 * rows whose state changed, never the table or all N.
 */
export const TableRow = memo(function TableRow({ candidate, index, start, active, now, onCheckboxClick }: TableRowProps) {
  const selected = useIsSelected(candidate.id);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      data-candidate-id={candidate.id}
      data-index={index}
      className={`ctable__row${selected ? ' is-selected' : ''}${candidate.status !== 'active' ? ' is-closed' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
    >
      <div role="gridcell" className="ctable__cell ctable__cell--select">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select ${candidate.name}`}
          // The click decides (Shift extends a range); React wants a handler for a controlled box.
          onChange={() => undefined}
          onClick={(event) => onCheckboxClick(candidate.id, event.shiftKey)}
        />
      </div>
      {COLUMNS.map((column) => (
        <div role="gridcell" key={column.id} className={`ctable__cell ctable__cell--${column.id}`}>
          {column.cell(candidate, now)}
        </div>
      ))}
    </div>
  );
});

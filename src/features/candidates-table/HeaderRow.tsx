import { createColumnHelper, getCoreRowModel, type Header, type SortingState, type Updater, useReactTable } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import type { CandidateSummary } from '../../domain';
import { selection, useSelectedIds } from '../../lib/selection';
import { COLUMNS } from './columns';

const helper = createColumnHelper<CandidateSummary>();
// Accessor columns, so TanStack Table offers sorting on them. It drives the headers only (sort state, click
// and Shift+click): the rows are sorted by the domain's comparator, as the CSV export is (manualSorting).
const TABLE_COLUMNS = COLUMNS.map((c) => helper.accessor((row) => row[c.id as keyof CandidateSummary], { id: c.id, header: c.header }));
const NO_ROWS: CandidateSummary[] = [];

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "Select all shown": checked when every row shown is selected, mixed when some are. */
function SelectAllShown({ shownIds }: { shownIds: readonly string[] }) {
  const ids = useSelectedIds();
  const ref = useRef<HTMLInputElement>(null);
  let count = 0;
  for (const id of shownIds) if (ids.has(id)) count += 1;
  const all = shownIds.length > 0 && count === shownIds.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      disabled={shownIds.length === 0}
      aria-label="Select all shown"
      onChange={() => (all ? selection.clear() : selection.replace(shownIds))}
    />
  );
}

function SortHeader({ header }: { header: Header<CandidateSummary, unknown> }) {
  const sorted = header.column.getIsSorted();
  const position = header.column.getSortIndex();
  const label = String(header.column.columnDef.header);
  // aria-sort on one header at a time (the first key); later keys are said in words.
  const ariaSort = sorted && position === 0 ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <div role="columnheader" aria-sort={ariaSort} className={`ctable__cell ctable__head-cell ctable__cell--${header.column.id}`}>
      <button type="button" className="ctable__sort" onClick={header.column.getToggleSortingHandler()} title="Sort; Shift+click adds a second key">
        {label}
        {sorted ? (
          <>
            <span aria-hidden="true" className="ctable__sort-mark">
              {sorted === 'asc' ? '▲' : '▼'}
              {position > 0 ? position + 1 : ''}
            </span>
            {position > 0 ? (
              <span className="visually-hidden">
                , {ORDINALS[position + 1] ?? `${position + 1}th`} sort key, {sorted === 'asc' ? 'ascending' : 'descending'}
              </span>
            ) : null}
          </>
        ) : null}
      </button>
    </div>
  );
}

interface HeaderRowProps {
  sorting: SortingState;
  onSortingChange: (updater: Updater<SortingState>) => void;
  shownIds: readonly string[];
}

export function HeaderRow({ sorting, onSortingChange, shownIds }: HeaderRowProps) {
  // eslint-disable-next-line react-hooks/incompatible-library -- the header row only, re-rendered with the sort
  const table = useReactTable({
    data: NO_ROWS,
    columns: TABLE_COLUMNS,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableSortingRemoval: false,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  });
  return (
    <div role="row" aria-rowindex={1} className="ctable__row ctable__row--head">
      <div role="columnheader" className="ctable__cell ctable__head-cell ctable__cell--select">
        <SelectAllShown shownIds={shownIds} />
      </div>
      {table.getHeaderGroups()[0]!.headers.map((header) => (
        <SortHeader key={header.id} header={header} />
      ))}
    </div>
  );
}

import { memo } from 'react';
import { CANDIDATE_STATUSES, QUALIFICATIONS, type QualificationId, SOURCE_LABELS, SOURCES, STATUS_LABELS } from '../../domain';
import { type BoardFilters, EMPTY_FILTERS, hasActiveFilters, MAX_MIN_MET } from '../../domain/board-filters';
import { ChoiceMenu, FilterMenu } from './FilterMenu';

const SOURCE_OPTIONS = SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] }));
const STATUS_OPTIONS = CANDIDATE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
const QUALIFICATION_OPTIONS = QUALIFICATIONS.map((q) => ({ value: q.id, label: q.label }));
const MIN_MET_OPTIONS = Array.from({ length: MAX_MIN_MET }, (_, i) => ({ value: String(i + 1), label: `${i + 1} of ${MAX_MIN_MET}` }));

interface FilterBarProps {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>) => void;
  /** The view's search field (each view has its own, for what Escape in it does). */
  search: React.ReactNode;
  shown: number;
  total: number;
}

/**
 * The pipeline's filters, shared by the board and the candidates table: the same URL parameters, the same
 * controls. Memoized: the views re-render on every move and mutation state, and these menus need none of it.
 */
export const FilterBar = memo(function FilterBar({ filters, onChange, search, shown, total }: FilterBarProps) {
  return (
    <div className="filter-bar" role="search" aria-label="Filter candidates">
      {search}
      <FilterMenu label="Meets" emptyText="Any" options={QUALIFICATION_OPTIONS} selected={filters.met} onChange={(met) => onChange({ met })} />
      <ChoiceMenu
        label="At least"
        menuLabel="Meets at least"
        emptyText="Any"
        options={MIN_MET_OPTIONS}
        value={filters.minMet > 0 ? String(filters.minMet) : null}
        onChange={(value) => onChange({ minMet: value === null ? 0 : Number(value) })}
      />
      <ChoiceMenu
        label="Missing"
        menuLabel="Does not meet"
        emptyText="Any"
        options={QUALIFICATION_OPTIONS}
        value={filters.missing}
        onChange={(value) => onChange({ missing: value as QualificationId | null })}
      />
      <FilterMenu label="Source" emptyText="Any" options={SOURCE_OPTIONS} selected={filters.sources} onChange={(sources) => onChange({ sources })} />
      <FilterMenu label="Status" emptyText="Any" options={STATUS_OPTIONS} selected={filters.statuses} onChange={(statuses) => onChange({ statuses })} />
      {/* A chosen status decides alone which candidates are in (domain/board-filters.ts). */}
      {filters.statuses.length === 0 ? (
        <label className="checkbox">
          <input type="checkbox" checked={filters.showClosed} onChange={(event) => onChange({ showClosed: event.target.checked })} />
          Show hired, rejected and withdrawn
        </label>
      ) : null}
      {hasActiveFilters(filters) ? (
        <button type="button" className="button button--ghost" onClick={() => onChange(EMPTY_FILTERS)}>
          Clear filters
        </button>
      ) : null}
      <p className="filter-bar__count" aria-live="polite">
        {shown === total ? `${total.toLocaleString('en')} candidates` : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} candidates`}
      </p>
    </div>
  );
});

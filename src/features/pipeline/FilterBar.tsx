import { memo } from 'react';
import { QUALIFICATIONS, type QualificationId, SOURCE_LABELS, SOURCES } from '../../domain';
import { type BoardFilters, EMPTY_FILTERS, hasActiveFilters, MAX_MIN_MET } from './board-filters';
import { ChoiceMenu, FilterMenu } from './FilterMenu';
import { SearchField } from './SearchField';

const SOURCE_OPTIONS = SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] }));
const QUALIFICATION_OPTIONS = QUALIFICATIONS.map((q) => ({ value: q.id, label: q.label }));
const MIN_MET_OPTIONS = Array.from({ length: MAX_MIN_MET }, (_, i) => ({ value: String(i + 1), label: `${i + 1} of ${MAX_MIN_MET}` }));

interface FilterBarProps {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>) => void;
  shown: number;
  total: number;
}

/** Memoized: the board re-renders on every move and mutation state, and these menus need none of it. */
export const FilterBar = memo(function FilterBar({ filters, onChange, shown, total }: FilterBarProps) {
  return (
    <div className="filter-bar" role="search" aria-label="Filter candidates">
      <SearchField value={filters.query} onChange={(query) => onChange({ query })} />
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
      <label className="checkbox">
        <input type="checkbox" checked={filters.showClosed} onChange={(event) => onChange({ showClosed: event.target.checked })} />
        Show hired, rejected and withdrawn
      </label>
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

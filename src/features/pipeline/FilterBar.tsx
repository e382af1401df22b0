import { QUALIFICATIONS, SOURCE_LABELS, SOURCES } from '../../domain';
import { type BoardFilters, EMPTY_FILTERS, hasActiveFilters } from './board-filters';
import { FilterMenu } from './FilterMenu';
import { SearchField } from './SearchField';

const SOURCE_OPTIONS = SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] }));
const QUALIFICATION_OPTIONS = QUALIFICATIONS.map((q) => ({ value: q.id, label: q.label }));

interface FilterBarProps {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>) => void;
  shown: number;
  total: number;
}

export function FilterBar({ filters, onChange, shown, total }: FilterBarProps) {
  return (
    <div className="filter-bar" role="search" aria-label="Filter candidates">
      <SearchField value={filters.query} onChange={(query) => onChange({ query })} />
      <FilterMenu label="Meets" emptyText="Any" options={QUALIFICATION_OPTIONS} selected={filters.met} onChange={(met) => onChange({ met })} />
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
}

import { memo } from 'react';
import { FilterBar as SharedFilterBar } from '../../components/filters/FilterBar';
import type { BoardFilters } from './board-filters';
import { SearchField } from './SearchField';

interface FilterBarProps {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>) => void;
  shown: number;
  total: number;
}

/** The shared filters (src/components/filters, also on the candidates table) with the board's search field. */
export const FilterBar = memo(function FilterBar({ filters, onChange, shown, total }: FilterBarProps) {
  return (
    <SharedFilterBar
      filters={filters}
      onChange={onChange}
      shown={shown}
      total={total}
      search={<SearchField value={filters.query} onChange={(query) => onChange({ query })} />}
    />
  );
});

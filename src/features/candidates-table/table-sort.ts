import type { SortingState, Updater } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSort, type SortKey, type SortTerm } from '../../domain/board-filters';

export const sortingOf = (terms: readonly SortTerm[]): SortingState => terms.map((t) => ({ id: t.key, desc: t.descending }));
export const sortParamOf = (sorting: SortingState): string => sorting.map((s) => `${s.desc ? '-' : ''}${s.id}`).join(',');

/**
 * The table's sort lives in the URL (`?sort=name,-days`), in the domain's vocabulary, so the CSV export
 * gets the very same order by passing the parameter on. TanStack Table's sorting state is derived from it.
 */
export function useTableSort(): { terms: SortTerm[]; sorting: SortingState; onSortingChange: (updater: Updater<SortingState>) => void } {
  const [params, setParams] = useSearchParams();
  const raw = params.get('sort');
  const terms = useMemo(() => parseSort(raw), [raw]);
  const sorting = useMemo(() => sortingOf(terms), [terms]);
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) =>
      setParams(
        (current) => {
          const before = sortingOf(parseSort(current.get('sort')));
          const after = typeof updater === 'function' ? updater(before) : updater;
          const next = new URLSearchParams(current);
          const value = sortParamOf(after.filter((s) => parseSort(s.id as SortKey).length > 0));
          if (value) next.set('sort', value);
          else next.delete('sort');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { terms, sorting, onSortingChange };
}

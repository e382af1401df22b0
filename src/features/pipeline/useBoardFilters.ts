import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type BoardFilters, parseBoardFilters, writeBoardFilters } from './board-filters';

/** Board filters live in the URL, so a filtered board can be bookmarked and shared. */
export function useBoardFilters(): [BoardFilters, (patch: Partial<BoardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBoardFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<BoardFilters>) =>
      setParams((current) => writeBoardFilters(current, { ...parseBoardFilters(current), ...patch }), { replace: true }),
    [setParams],
  );
  return [filters, update];
}

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type BoardFilters, parseBoardFilters, writeBoardFilters } from '../domain/board-filters';

/**
 * The pipeline's filters live in the URL, so a filtered view can be bookmarked and shared. The board and
 * the candidates table read the same parameters, so going from one to the other keeps them.
 */
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

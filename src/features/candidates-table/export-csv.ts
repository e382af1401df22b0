import { type BoardFilters, type SortTerm, writeBoardFilters } from '../../domain/board-filters';

/**
 * The longest `ids=` list a request carries: the server reads request lines of up to 16 kB, and a
 * candidate id with its comma is 7 characters. A bigger selection is refused with a way out.
 */
export const MAX_EXPORT_IDS = 1_500;

/**
 * The query of `GET /candidates/export.csv` for the view: its filters and sort, and the selection when
 * only part of what is shown is selected (everything shown needs no list: the filters say it).
 */
export function exportQuery(filters: BoardFilters, terms: readonly SortTerm[], selected: readonly string[], shownCount: number): URLSearchParams {
  const params = writeBoardFilters(new URLSearchParams(), filters);
  if (terms.length > 0) params.set('sort', terms.map((t) => `${t.descending ? '-' : ''}${t.key}`).join(','));
  if (selected.length > 0 && selected.length < shownCount) params.set('ids', selected.join(','));
  return params;
}

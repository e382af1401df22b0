/** Shared with the candidates table (src/lib): one set of filters in the URL for both views. */
export { useBoardFilters } from '../../lib/board-filters-url';

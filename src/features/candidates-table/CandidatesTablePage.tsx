import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { type CandidateSummary, type User } from '../../domain';
import { candidateComparator, candidateMatcher } from '../../domain/board-filters';
import { FilterBar } from '../../components/filters/FilterBar';
import { SearchInput } from '../../components/filters/SearchInput';
import { StaleDataBanner } from '../../components/StaleDataBanner';
import { PageHeading } from '../../components/PageHeading';
import { useBoardFilters } from '../../lib/board-filters-url';
import { useShortcuts } from '../../lib/keyboard';
import { boardQueryOptions } from '../../lib/queries/candidate-list';
import { selection, selectedIds, useSelectionCount } from '../../lib/selection';
import { HOUR_MS, useNow } from '../../lib/now';
import { CandidatesGrid } from './CandidatesGrid';
import { ExportButton } from './ExportButton';
import { useTableSort } from './table-sort';

const NONE: readonly CandidateSummary[] = [];

/**
 * Keeps the selection to what is shown (filters changed, someone left the pipeline) and shows the bulk
 * actions while there is one. Its own component: the page does not re-render when the selection changes.
 */
function SelectionFollowsView({ rows, bulkActions }: { rows: readonly CandidateSummary[]; bulkActions: CandidatesTablePageProps['bulkActions'] }) {
  const selecting = useSelectionCount() > 0;
  useEffect(() => {
    if (selecting) selection.keepOnly(new Set(rows.map((r) => r.id)));
  }, [selecting, rows]);
  return bulkActions && selecting ? bulkActions(rows) : null;
}

interface CandidatesTablePageProps {
  viewer: User;
  /** The actions on a selection, composed in by the app; given the candidates shown (the only ones acted on). */
  bulkActions?: (shown: readonly CandidateSummary[]) => React.ReactNode;
}

/**
 * `/candidates`: every candidate the viewer may see as a sortable table, with the board's filters (the same
 * URL parameters, so the two views share them) and its data (the board's query and cache).
 */
export function CandidatesTablePage({ viewer, bulkActions }: CandidatesTablePageProps) {
  const list = useQuery(boardQueryOptions());
  const [filters, setFilters] = useBoardFilters();
  const deferredFilters = useDeferredValue(filters);
  const { terms, sorting, onSortingChange } = useTableSort();
  const now = useNow(HOUR_MS);
  const navigate = useNavigate();

  const items = list.data?.items;
  const rows = useMemo(() => {
    if (!items) return NONE;
    const shown = items.filter(candidateMatcher(deferredFilters));
    return shown.sort(candidateComparator(terms));
  }, [items, deferredFilters, terms]);


  const open = useCallback((candidateId: string) => navigate(`/candidates/${encodeURIComponent(candidateId)}`), [navigate]);

  useShortcuts([
    { key: 'a', mod: true, description: 'Select every candidate shown', run: () => selection.replace(rows.map((r) => r.id)) },
    { key: 'Escape', label: 'Esc', description: 'Clear the selection', when: () => selectedIds().size > 0, run: () => selection.clear() },
    { key: 'ArrowDown', label: '↑ / ↓', description: 'Next or previous candidate (on a focused row)' },
    { key: 'Shift+ArrowDown', label: 'Shift+↑ / Shift+↓', description: 'Extend the selection to the next or previous row' },
    { key: ' ', label: 'Space', description: 'Select or unselect the focused candidate' },
    { key: 'Enter', label: 'Enter', description: 'Open the focused candidate' },
  ]);

  const searchToTable = useCallback(() => {
    const row = document.querySelector<HTMLElement>('.ctable [role=row][tabindex="0"]');
    if (row) row.focus();
  }, []);

  return (
    <div className="table-page">
      <PageHeading
        title="Candidates"
        description={
          viewer.role === 'interviewer'
            ? 'The candidates you interview, as a table.'
            : 'Every candidate as a table: sort by any column (Shift+click adds a second), select rows for bulk actions or export.'
        }
        actions={<ExportButton filters={filters} terms={terms} shownCount={rows.length} disabled={!items} />}
      />
      <FilterBar
        filters={filters}
        onChange={setFilters}
        shown={items ? rows.length : 0}
        total={items?.length ?? 0}
        search={<SearchInput id="table-search" value={filters.query} onChange={(query) => setFilters({ query })} onEscape={searchToTable} />}
      />
      {list.isPending ? (
        <div className="ctable ctable--loading" aria-busy="true">
          <p role="status">Loading candidates…</p>
        </div>
      ) : (
        <>
          {list.isError ? <StaleDataBanner what="the candidates" query={list} /> : null}
          {items ? <CandidatesGrid rows={rows} sorting={sorting} onSortingChange={onSortingChange} now={now} onOpen={open} /> : null}
        </>
      )}
      {items ? <SelectionFollowsView rows={rows} bulkActions={bulkActions} /> : null}
    </div>
  );
}

import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { CandidateSummary } from '../../domain';
import { BulkActions } from '../../features/bulk';
import { CandidatesTablePage } from '../../features/candidates-table';
import '../../features/candidates-table/candidates-table.css';
import { rememberBoardSearch } from '../board-return';
import { useViewer } from '../viewer';

/**
 * `/candidates`: the pipeline as a table, loaded lazily. Kept tiny: features meet here. The filters are the
 * board's (remembered for the way back to the board, like the board's own).
 */
export function Component() {
  const viewer = useViewer();
  const { search } = useLocation();
  useEffect(() => rememberBoardSearch(search), [search]);
  // The bulk bar (features/bulk) on the rows shown, as on the board.
  const bulkActions = (shown: readonly CandidateSummary[]) => <BulkActions viewer={viewer} candidates={shown} />;
  return (
    <>
      <title>Candidates · Shortlist</title>
      <CandidatesTablePage viewer={viewer} bulkActions={bulkActions} />
    </>
  );
}

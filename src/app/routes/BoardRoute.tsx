import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { canAddCandidates } from '../../domain';
import { Board, CardLegendButton } from '../../features/pipeline';
import { BulkActions, preloadBulkBar } from '../../features/bulk';
import { rememberBoardSearch } from '../board-return';
import { useViewer } from '../viewer';

export function BoardRoute() {
  const viewer = useViewer();
  const { search } = useLocation();
  useEffect(() => rememberBoardSearch(search), [search]);
  // The bulk bar arrives with the first selection; fetch it ahead for those who may act on one.
  const selects = canAddCandidates(viewer.role);
  useEffect(() => {
    if (!selects) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    idle(() => void preloadBulkBar());
  }, [selects]);
  return (
    <>
      <title>Pipeline · Shortlist</title>
      <Board
        viewer={viewer}
        bulkActions={(shown) => <BulkActions viewer={viewer} candidates={shown} />}
        actions={
          <>
            <CardLegendButton />
            {canAddCandidates(viewer.role) ? (
              <Link to="/candidates/new" className="button button--primary">
                <span aria-hidden="true">+ </span>Add candidate
              </Link>
            ) : null}
          </>
        }
      />
    </>
  );
}

import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { canAddCandidates } from '../../domain';
import { Board, CardLegendButton } from '../../features/pipeline';
import { rememberBoardSearch } from '../board-return';
import { useViewer } from '../viewer';

export function BoardRoute() {
  const viewer = useViewer();
  const { search } = useLocation();
  useEffect(() => rememberBoardSearch(search), [search]);
  return (
    <>
      <title>Pipeline · Shortlist</title>
      <Board
        viewer={viewer}
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

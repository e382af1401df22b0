import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type CandidateSummary, canMoveAnyone, type Stage, STAGES, type User } from '../../domain';
import { preloadMenu } from '../../components/menu';
import { StaleDataBanner } from '../../components/StaleDataBanner';
import { PageHeading } from '../../components/PageHeading';
import { newIdempotencyKey } from '../../lib/api-client';
import { boardQueryOptions } from '../../lib/queries/candidate-list';
import { selection, useSelectionCount } from '../../lib/selection';
import { type Shortcut, useShortcuts } from '../../lib/keyboard';
import { useMoveCandidate } from '../../lib/writes/moves';
import { HOUR_MS, useNow } from '../../lib/now';
import { boardColumns } from './board-columns';
import { requestCardFocus, restoreBoardFocus } from './board-ui-store';
import { BoardColumn } from './BoardColumn';
import { CARD_GAP, CARD_HEIGHT, isCardDragData, MOVE_HINT_ID } from './CandidateCard';
import { withDragAndDrop } from './drag-and-drop';
import { FilterBar } from './FilterBar';
import { MOVE_SHORTCUTS_HINT, nearestRow, neighbourStage } from './keyboard';
import { BOARD_MOVES } from './move-wording';
import { useBoardFilters } from './useBoardFilters';

const BOARD_PAINTED_MARK = 'board:data-painted';

interface BoardProps {
  viewer: User;
  /** Page-level actions composed in by the app, shown beside the heading (e.g. "Add candidate"). */
  actions?: React.ReactNode;
  /** The actions on a selection, composed in by the app; given the candidates shown (the only ones acted on). */
  bulkActions?: (shown: readonly CandidateSummary[]) => React.ReactNode;
}

const NONE: readonly CandidateSummary[] = [];

export function Board({ viewer, actions, bulkActions }: BoardProps) {
  const board = useQuery(boardQueryOptions());
  const [filters, setFilters] = useBoardFilters();
  const deferredFilters = useDeferredValue(filters);
  const { mutate } = useMoveCandidate(BOARD_MOVES);
  // Each drop or key press is one intent: one Idempotency-Key, reused only by the retry of a lost answer.
  const move = useCallback(
    (candidateId: string, toStage: Stage) => mutate({ candidateId, toStage, idempotencyKey: newIdempotencyKey() }),
    [mutate],
  );
  const now = useNow(HOUR_MS);
  const canMove = canMoveAnyone(viewer.role);

  const items = board.data?.items;
  const columns = useMemo(() => (items ? boardColumns(items, deferredFilters) : null), [items, deferredFilters]);
  const shown = columns ? STAGES.reduce((sum, stage) => sum + columns[stage].length, 0) : 0;
  // Only while something is selected: what is shown, and a selection kept to it (filters changed, someone left).
  const selecting = useSelectionCount() > 0;
  const shownList = useMemo(() => (selecting && columns ? STAGES.flatMap((stage) => columns[stage]) : NONE), [selecting, columns]);
  useEffect(() => {
    if (columns && shownList !== NONE) selection.keepOnly(new Set(shownList.map((c) => c.id)));
  }, [columns, shownList]);

  const moveAndFollow = useCallback(
    (candidateId: string, toStage: Stage) => {
      requestCardFocus({ candidateId, stage: toStage });
      move(candidateId, toStage);
    },
    [move],
  );

  // ←/→ on a card: the card nearest its height in the next column that has cards (rows not rendered
  // count: the row is computed from the list's position, then the column scrolls it into view).
  const columnsRef = useRef(columns);
  useEffect(() => {
    columnsRef.current = columns;
  }, [columns]);
  const focusAcross = useCallback((from: Stage, step: 1 | -1, y: number) => {
    const lists = columnsRef.current;
    const to = lists && neighbourStage(from, step, (stage) => lists[stage].length);
    if (!lists || !to) return;
    const top = document.querySelector(`[data-stage="${to}"] .column__list`)?.getBoundingClientRect().top ?? 0;
    const row = nearestRow(y, top, CARD_HEIGHT + CARD_GAP, lists[to].length);
    requestCardFocus({ candidateId: lists[to][row]!.id, stage: to });
  }, []);

  // The keys a card handles itself, listed by "?" (their words load after the first paint).
  const [cardKeys, setCardKeys] = useState<Shortcut[]>([]);
  useEffect(() => void import('./card-shortcuts').then((m) => setCardKeys(m.cardShortcuts(canMove))), [canMove]);
  useShortcuts(cardKeys);

  // Back on the board (back link, browser Back, the palette): the card left last takes focus again.
  useEffect(restoreBoardFocus, []);

  // Menus load in their own chunk; fetch it once the board has painted, before anyone reaches for one.
  const painted = columns !== null;
  useEffect(() => {
    if (!painted) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void preloadMenu());
  }, [painted]);

  // A User Timing mark once per page, just after the first frame with data is painted (benchmarks, RUM):
  // scheduled from the commit, the timer runs right after that frame's paint.
  useLayoutEffect(() => {
    if (!painted || performance.getEntriesByName(BOARD_PAINTED_MARK).length > 0) return;
    const frame = requestAnimationFrame(() => setTimeout(() => performance.mark(BOARD_PAINTED_MARK)));
    return () => cancelAnimationFrame(frame);
  }, [painted]);

  useEffect(
    () =>
      withDragAndDrop(({ monitorForElements }) =>
        monitorForElements({
          canMonitor: ({ source }) => isCardDragData(source.data),
          onDrop: ({ source, location }) => {
            const target = location.current.dropTargets[0];
            if (!target || !isCardDragData(source.data)) return;
            const toStage = target.data.stage as Stage;
            if (toStage !== source.data.stage) move(source.data.candidateId, toStage);
          },
        }),
      ),
    [move],
  );

  return (
    <div className="board-page">
      <PageHeading
        title="Pipeline"
        description={
          viewer.role === 'interviewer'
            ? 'The candidates you interview. Moving candidates is up to recruiters and the hiring manager.'
            : 'Drag a card, or focus it and use the keyboard, to move a candidate between stages.'
        }
        actions={actions}
      />
      <FilterBar filters={filters} onChange={setFilters} shown={shown} total={items?.length ?? 0} />
      <p id={MOVE_HINT_ID} className="visually-hidden">
        {MOVE_SHORTCUTS_HINT} Space selects it; Shift+Space selects a range.
      </p>
      {board.isPending ? (
        <div className="board board--loading" aria-busy="true">
          <p role="status" className="board__status">Loading candidates…</p>
        </div>
      ) : (
        <>
          {board.isError ? <StaleDataBanner what="the pipeline" query={board} className="board board--error" /> : null}
          {columns ? (
            <div className="board">
              {STAGES.map((stage) => (
                <BoardColumn
                  key={stage}
                  stage={stage}
                  candidates={columns[stage]}
                  viewerRole={viewer.role}
                  canMove={canMove}
                  onMove={moveAndFollow}
                  onFocusAcross={focusAcross}
                  now={now}
                />
              ))}
            </div>
          ) : null}
        </>
      )}
      {bulkActions && selecting ? bulkActions(shownList) : null}
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type CandidateSummary, decideMove, STAGE_LABELS, type Stage, type UserRole } from '../../domain';
import { selection } from '../../lib/selection';
import { rememberColumnScroll, rememberedColumnScroll, requestCardFocus, useFocusRequestFor } from './board-ui-store';
import { CARD_GAP as GAP, CARD_HEIGHT, CandidateCard, isCardDragData } from './CandidateCard';
import { withDragAndDrop } from './drag-and-drop';

type DropState = { kind: 'idle' } | { kind: 'available'; over: boolean } | { kind: 'blocked'; reason: string };

interface BoardColumnProps {
  stage: Stage;
  candidates: CandidateSummary[];
  viewerRole: UserRole;
  canMove: boolean;
  onMove: (candidateId: string, toStage: Stage) => void;
  /** ←/→ from a card of this column at height `y`: the board picks the card in the next column. */
  onFocusAcross: (from: Stage, step: 1 | -1, y: number) => void;
  now: number;
}

/**
 * Props are equal when every prop is the same and the list holds the same candidates in the same order:
 * regrouping after a move builds new arrays for every stage, and the two untouched columns need not
 * re-render (nor re-measure thousands of rows).
 */
function sameColumnProps(previous: BoardColumnProps, next: BoardColumnProps): boolean {
  for (const key of Object.keys(next) as (keyof BoardColumnProps)[]) {
    if (key === 'candidates') continue;
    if (!Object.is(previous[key], next[key])) return false;
  }
  const a = previous.candidates;
  const b = next.candidates;
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One stage: a drop target with a virtualized list, so 10,000 candidates render only what is in view. */
export const BoardColumn = memo(function BoardColumn({ stage, candidates, viewerRole, canMove, onMove, onFocusAcross, now }: BoardColumnProps) {
  const columnRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [drop, setDrop] = useState<DropState>({ kind: 'idle' });
  const focusRequest = useFocusRequestFor(stage);

  // Stable per list: the virtualizer rebuilds its measurements (one per candidate) whenever getItemKey
  // changes, so renders that don't change the list (focus, drag state) stay O(visible cards).
  const getItemKey = useCallback((index: number) => candidates[index]!.id, [candidates]);
  const virtualizer = useVirtualizer({
    count: candidates.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + GAP,
    overscan: 3,
    getItemKey,
    // Back on the board: where this column was scrolled to when the person left it (the virtualizer
    // scrolls there itself, and renders those rows from the first frame).
    initialOffset: () => rememberedColumnScroll(stage),
  });
  useLayoutEffect(() => {
    const element = scrollRef.current!;
    return () => rememberColumnScroll(stage, element.scrollTop);
  }, [stage]);

  useEffect(() => {
    const element = columnRef.current;
    if (!element || !canMove) return;
    const allowed = (data: Record<string | symbol, unknown>) =>
      isCardDragData(data) && data.stage !== stage && decideMove(viewerRole, data, stage).allowed;
    return withDragAndDrop(({ dropTargetForElements, monitorForElements }) => {
      const cleanupTarget = dropTargetForElements({
        element,
        getData: () => ({ stage }),
        canDrop: ({ source }) => allowed(source.data),
        onDragEnter: () => setDrop({ kind: 'available', over: true }),
        onDragLeave: () => setDrop((d) => (d.kind === 'available' ? { kind: 'available', over: false } : d)),
      });
      const cleanupMonitor = monitorForElements({
        canMonitor: ({ source }) => isCardDragData(source.data),
        onDragStart: ({ source }) => {
          if (!isCardDragData(source.data) || source.data.stage === stage) return;
          const decision = decideMove(viewerRole, source.data, stage);
          setDrop(decision.allowed ? { kind: 'available', over: false } : { kind: 'blocked', reason: decision.reason });
        },
        onDrop: () => setDrop({ kind: 'idle' }),
      });
      return () => {
        cleanupTarget();
        cleanupMonitor();
      };
    });
  }, [canMove, stage, viewerRole]);

  // A card that was just moved here by keyboard takes focus once it is rendered.
  useEffect(() => {
    if (!focusRequest) return;
    const index = candidates.findIndex((c) => c.id === focusRequest);
    if (index === -1) return;
    const rendered = () => scrollRef.current?.querySelector<HTMLElement>(`[data-candidate-id="${CSS.escape(focusRequest)}"]`);
    // Already rendered (an arrow key to a card in view): focus now, in the key press's own task, so a
    // second key pressed right after goes from the new card. Otherwise scroll it into view first.
    const now = rendered();
    if (now) {
      now.focus();
      requestCardFocus(null);
      return;
    }
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const frame = requestAnimationFrame(() => {
      const card = rendered();
      if (card) {
        card.focus();
        requestCardFocus(null);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, candidates, virtualizer]);

  // Read through a ref so the callback stays stable and cards don't re-render when the list changes.
  const candidatesRef = useRef(candidates);
  useEffect(() => {
    candidatesRef.current = candidates;
  }, [candidates]);
  const focusSibling = useCallback(
    (candidateId: string, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', y: number) => {
      if (key === 'ArrowLeft' || key === 'ArrowRight') return onFocusAcross(stage, key === 'ArrowRight' ? 1 : -1, y);
      const list = candidatesRef.current;
      const next = list[list.findIndex((c) => c.id === candidateId) + (key === 'ArrowDown' ? 1 : -1)];
      if (next) requestCardFocus({ candidateId: next.id, stage });
    },
    [stage, onFocusAcross],
  );

  // Shift+click or Shift+Space: a range within this column, in the order shown.
  const select = useCallback((candidateId: string, range: boolean) => {
    if (range) selection.extendTo(candidateId, candidatesRef.current.map((c) => c.id));
    else selection.toggle(candidateId);
  }, []);

  const headingId = `column-${stage}`;
  const items = virtualizer.getVirtualItems();
  return (
    <section
      ref={columnRef}
      className={`column column--${stage} drop--${drop.kind}${drop.kind === 'available' && drop.over ? ' is-over' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage}
    >
      <header className="column__header">
        <h2 id={headingId} className="column__title">
          {STAGE_LABELS[stage]}
        </h2>
        <span className="column__count" aria-label={`${candidates.length} candidates`}>
          {candidates.length.toLocaleString('en')}
        </span>
      </header>
      {drop.kind === 'blocked' ? (
        <p className="column__notice" role="note">
          <span aria-hidden="true">⊘ </span>
          {drop.reason}
        </p>
      ) : null}
      <div ref={scrollRef} className="column__scroll" tabIndex={-1}>
        {candidates.length === 0 ? (
          <p className="column__empty">{drop.kind === 'available' ? 'Drop here' : 'No candidates'}</p>
        ) : (
          <ul className="column__list" aria-labelledby={headingId} style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const candidate = candidates[item.index]!;
              return (
                <li
                  key={item.key}
                  className="column__item"
                  aria-setsize={candidates.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)`, height: CARD_HEIGHT }}
                >
                  <CandidateCard
                    candidate={candidate}
                    viewerRole={viewerRole}
                    canMove={canMove}
                    onMove={onMove}
                    onSelect={canMove ? select : undefined}
                    onFocusSibling={focusSibling}
                    now={now}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}, sameColumnProps);

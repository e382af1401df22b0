import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  type CandidateSummary,
  daysInStage,
  decideMove,
  SOURCE_LABELS,
  STATUS_LABELS,
  type Stage,
  type UserRole,
} from '../../domain';
import { QualificationCoverage } from '../../components/QualificationCoverage';
import { ScorecardTallyText } from '../../components/ScorecardTallyText';
import { formatDays } from '../../lib/format';
import { useIsSelected } from '../../lib/selection';
import { notify } from '../../lib/notify';
import { rememberFocusedCard, requestCardFocus } from './board-ui-store';
import { withDragAndDrop } from './drag-and-drop';
import { moveTargetForKey } from './keyboard';
import { MoveMenu } from './MoveMenu';

export const CARD_HEIGHT = 116;
/** Space between cards in a column. */
export const CARD_GAP = 8;
export const MOVE_HINT_ID = 'card-move-hint';
const STALE_AFTER_DAYS = 14;

export interface CardDragData extends Record<string | symbol, unknown> {
  type: 'candidate';
  candidateId: string;
  stage: Stage;
  status: CandidateSummary['status'];
}

export function isCardDragData(data: Record<string | symbol, unknown>): data is CardDragData {
  return data.type === 'candidate' && typeof data.candidateId === 'string';
}

interface CandidateCardProps {
  candidate: CandidateSummary;
  viewerRole: UserRole;
  /** Whether this viewer may move anyone at all (interviewers may not). */
  canMove: boolean;
  onMove: (candidateId: string, toStage: Stage) => void;
  /** Selecting for bulk actions (absent for viewers who have none): `range` extends from the last one toggled (Shift). */
  onSelect?: (candidateId: string, range: boolean) => void;
  /** Arrow keys: the card above or below (same column), or the nearest one in the next column (`y`: this card's middle). */
  onFocusSibling: (candidateId: string, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', y: number) => void;
  now: number;
}

/** One candidate on the board. Re-renders only when its own summary (or the viewer) changes. */
export const CandidateCard = memo(function CandidateCard({ candidate, viewerRole, canMove, onMove, onSelect, onFocusSibling, now }: CandidateCardProps) {
  // Its own answer only: a change of selection re-renders the cards it changed, never the column.
  const selected = useIsSelected(candidate.id);
  const ref = useRef<HTMLElement>(null);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const movable = canMove && candidate.status === 'active';

  useEffect(() => {
    const element = ref.current;
    if (!element || !movable) return;
    return withDragAndDrop(({ draggable }) =>
      draggable({
        element,
        getInitialData: (): CardDragData => ({ type: 'candidate', candidateId: candidate.id, stage: candidate.stage, status: candidate.status }),
        onDragStart: () => setDragging(true),
        onDrop: () => setDragging(false),
      }),
    );
  }, [candidate.id, candidate.stage, candidate.status, movable]);

  // A focused card that leaves its column (an Undo, someone else's move) keeps focus in its new column.
  // Runs before the card leaves the page, while it still has focus; a card scrolled out of view stays put.
  const { id, stage } = candidate;
  useLayoutEffect(() => {
    const element = ref.current;
    return () => {
      if (element?.contains(document.activeElement)) requestCardFocus({ candidateId: id, unlessIn: stage });
    };
  }, [id, stage]);

  const tryMove = (toStage: Stage) => {
    const decision = decideMove(viewerRole, candidate, toStage);
    if (decision.allowed) onMove(candidate.id, toStage);
    // Refused: said on screen (a toast) as well as to screen readers; focus stays on the card.
    else notify({ tone: 'info', title: decision.reason });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // Enter on a focused card opens the candidate, as the name link does.
      event.preventDefault();
      linkRef.current?.click();
      return;
    }
    if (event.key.startsWith('Arrow') && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const box = event.currentTarget.getBoundingClientRect();
      onFocusSibling(candidate.id, event.key as 'ArrowUp', box.top + box.height / 2);
      return;
    }
    if (onSelect && event.key === ' ' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // Space selects the focused card; Shift+Space selects the range from the last one selected.
      event.preventDefault();
      onSelect(candidate.id, event.shiftKey);
      return;
    }
    if (!movable) return;
    if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      setMenuOpen(true);
      return;
    }
    const target = moveTargetForKey(event, candidate.stage);
    if (target) {
      event.preventDefault();
      tryMove(target);
    }
  };

  const days = daysInStage(candidate.stageEnteredAt, new Date(now));
  const stale = days >= STALE_AFTER_DAYS;
  const nameId = `card-name-${candidate.id}`;
  return (
    <article
      ref={ref}
      className={`card${dragging ? ' is-dragging' : ''}${candidate.status !== 'active' ? ' is-closed' : ''}${selected ? ' is-selected' : ''}`}
      tabIndex={0}
      aria-labelledby={nameId}
      aria-describedby={movable ? MOVE_HINT_ID : undefined}
      data-candidate-id={candidate.id}
      onKeyDown={onKeyDown}
      onFocus={() => rememberFocusedCard(candidate.id)}
    >
      <div className="card__top">
        {onSelect ? (
          <input
            type="checkbox"
            className="card__select"
            checked={selected}
            aria-label={`Select ${candidate.name}`}
            onChange={(event) => onSelect(candidate.id, (event.nativeEvent as MouseEvent).shiftKey === true)}
          />
        ) : null}
        <h3 className="card__name" id={nameId} title={candidate.name}>
          {/* Not draggable itself, so dragging by the name drags the card, not the link. */}
          <Link ref={linkRef} to={`/candidates/${encodeURIComponent(candidate.id)}`} className="card__link" draggable={false}>
            {candidate.name}
          </Link>
        </h3>
        {movable ? (
          <MoveMenu candidate={candidate} viewerRole={viewerRole} open={menuOpen} onOpenChange={setMenuOpen} onMove={tryMove} returnFocusTo={ref} />
        ) : null}
      </div>
      <p className="card__headline" title={`${candidate.headline} · ${candidate.company}`}>
        {candidate.headline} · {candidate.company}
      </p>
      <QualificationCoverage met={candidate.met} partial={candidate.partial} />
      <p className="card__meta">
        {candidate.status !== 'active' ? <span className={`badge badge--${candidate.status}`}>{STATUS_LABELS[candidate.status]}</span> : null}
        {candidate.needsDecision ? (
          <span className="badge badge--decision" title="Every onsite scorecard is in: waiting for the hiring manager">
            <span aria-hidden="true">◆ </span>Needs decision
          </span>
        ) : null}
        <span className={stale ? 'card__days is-stale' : 'card__days'} title={stale ? 'Waiting two weeks or more in this stage' : undefined}>
          {stale ? <span aria-hidden="true">⚑ </span> : null}
          {formatDays(days)}
          <span className="card__days-suffix"> in stage</span>
          {stale ? <span className="visually-hidden"> (waiting two weeks or more)</span> : null}
        </span>
        {candidate.scorecards ? (
          <span className="card__end">
            <ScorecardTallyText tally={candidate.scorecards} />
          </span>
        ) : (
          <span className="card__end">{SOURCE_LABELS[candidate.source]}</span>
        )}
      </p>
    </article>
  );
});

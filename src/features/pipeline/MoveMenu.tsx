import { Menu, type MenuEntry, type MenuProps } from '../../components/menu';
import { type CandidateSummary, decideMove, STAGE_LABELS, STAGES, type Stage, type UserRole } from '../../domain';

interface MoveMenuProps {
  candidate: CandidateSummary;
  viewerRole: UserRole;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onMove: (toStage: Stage) => void;
  /** Where Escape returns focus: the card, not this menu's button. */
  returnFocusTo?: MenuProps['returnFocusTo'];
}

/** "Move to…": every stage, with the ones this person may not choose disabled and the reason written out. */
export function MoveMenu({ candidate, viewerRole, open, onOpenChange, onMove, returnFocusTo }: MoveMenuProps) {
  const entries: MenuEntry[] = [
    { kind: 'label', key: 'label', text: `Move ${candidate.name} to` },
    ...STAGES.map((stage, index): MenuEntry => {
      const decision = decideMove(viewerRole, candidate, stage);
      const isCurrent = candidate.stage === stage;
      return {
        kind: 'item',
        key: stage,
        label: isCurrent ? `${STAGE_LABELS[stage]} (current)` : STAGE_LABELS[stage],
        end: <kbd className="menu__kbd" aria-hidden="true">{index + 1}</kbd>,
        detail: !decision.allowed && !isCurrent ? decision.reason : undefined,
        disabled: !decision.allowed,
        onSelect: () => onMove(stage),
      };
    }),
  ];
  return (
    <Menu
      trigger={
        <>
          <span className="card__move-label">Move </span>
          <span aria-hidden="true" className="chevron">▾</span>
        </>
      }
      triggerClassName="button button--small card__move"
      triggerLabel={`Move ${candidate.name} to…`}
      triggerShortcut="M"
      entries={entries}
      align="end"
      open={open}
      onOpenChange={onOpenChange}
      releaseFocusOnSelect
      returnFocusTo={returnFocusTo}
    />
  );
}

import * as Dialog from '@radix-ui/react-dialog';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { useMemo, useState } from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { canAddCandidates, canMoveAnyone, decideMove, decideStatusChange, STAGE_LABELS, STAGES, STATUS_LABELS, type User } from '../../domain';
import { DialogFrame } from '../../components/DialogFrame';
import { newIdempotencyKey } from '../../lib/api-client';
import { requestCandidateAction } from '../../lib/keyboard/candidate-requests';
import { boardQueryOptions } from '../../lib/queries/candidate-list';
import { latestCandidate } from '../../lib/writes/candidate-cache';
import { useMoveCandidate } from '../../lib/writes/moves';
import { focusNewPage } from './focus-page';
import { fold, matchCandidates } from './match';
import { STAGE_MOVE_WORDING as PALETTE_MOVES } from '../../lib/writes/move-wording';
import { screensFor } from './screens';
import './palette.css';

/** How many candidates the palette lists at once: enough to pick from, few enough to render at once. */
export const MAX_CANDIDATE_RESULTS = 8;

export interface CommandPaletteProps {
  viewer: User;
  /** The board as the person left it (filters in the query string). */
  boardHref: string;
  /** What had focus when the palette opened: focus goes back there, and a focused card is the subject. */
  returnFocus: HTMLElement | null;
  onClose: () => void;
}

interface Action {
  id: string;
  label: string;
  /** Why it is not allowed (shown, and the item is disabled). */
  refused?: string;
  run: () => void;
}

/** What runs once the palette has closed (one palette at a time): set by the item chosen, run on close. */
let after: { then: () => void; refocus: boolean } | null = null;
const setAfter = (next: typeof after) => void (after = next);
const takeAfter = () => {
  const next = after;
  after = null;
  return next;
};

const matches = (label: string, query: string) => fold(label).includes(query);

/**
 * Ctrl/⌘+K: jump to a candidate by name or to a screen, or act on the candidate in front of the person
 * (the focused board card, or the candidate whose page is open): move, reject, add a note. A modal dialog
 * holding a combobox (the search) and a listbox (cmdk); filtering is ours (`shouldFilter={false}`),
 * since cmdk's own over 10,000 items is slow.
 */
export default function CommandPalette({ viewer, boardHref, returnFocus, onClose }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  const list = useQuery(boardQueryOptions());
  const { mutate: move } = useMoveCandidate(PALETTE_MOVES);

  const onCandidatePage = useMatch('/candidates/:candidateId')?.params.candidateId;
  const onReviewPage = useMatch('/review/:candidateId')?.params.candidateId;
  const pageId = onCandidatePage === 'new' ? undefined : (onCandidatePage ?? onReviewPage);
  const cardId = returnFocus?.closest<HTMLElement>('[data-candidate-id]')?.dataset.candidateId;
  const subjectId = cardId ?? pageId;
  const subject = subjectId ? latestCandidate(queryClient, subjectId) : undefined;

  // What runs once the dialog has closed (see `onCloseAutoFocus`), and whether focus goes back first
  // (not when leaving the screen: the next one places it).
  const close = (then: () => void, refocus = true) => {
    setAfter({ then, refocus });
    onClose();
  };
  const go = (to: string) => {
    if (to === pathname + search) return close(() => undefined);
    close(() => {
      const previous = document.querySelector('main h1');
      void navigate(to);
      focusNewPage(previous);
    }, false);
  };

  const q = fold(query);
  const found = useMemo(() => matchCandidates(list.data?.items ?? [], query, MAX_CANDIDATE_RESULTS), [list.data, query]);
  const screens = screensFor(viewer.role, boardHref).filter((s) => !q || matches(`${s.label} ${s.keywords}`, q));

  const actions: Action[] = [];
  if (subject) {
    const profile = `/candidates/${encodeURIComponent(subject.id)}`;
    const onTheirPage = onCandidatePage === subject.id;
    // Reject and notes happen on their page, with its own dialog and field.
    const onPage = (action: 'reject' | 'note') => () =>
      close(() => {
        requestCandidateAction(subject.id, action);
        if (!onTheirPage) void navigate(profile);
      }, onTheirPage);
    if (!onTheirPage) actions.push({ id: 'open', label: `Open ${subject.name}`, run: () => go(profile) });
    if (canMoveAnyone(viewer.role)) {
      for (const stage of STAGES) {
        if (stage === subject.stage) continue;
        const decision = decideMove(viewer.role, subject, stage);
        actions.push({
          id: `move-${stage}`,
          label: `Move to ${STAGE_LABELS[stage]}`,
          refused: decision.allowed ? undefined : decision.reason,
          // After the dialog closes: focus is back on the card, which the board then follows to its new column.
          run: () => close(() => move({ candidateId: subject.id, toStage: stage, idempotencyKey: newIdempotencyKey() })),
        });
      }
      const reject = decideStatusChange(viewer.role, subject, 'reject');
      actions.push({ id: 'reject', label: 'Reject…', refused: reject.allowed ? undefined : reject.reason, run: onPage('reject') });
    }
    if (canAddCandidates(viewer.role)) actions.push({ id: 'note', label: 'Add a note', run: onPage('note') });
  }
  const shownActions = actions.filter((a) => !q || matches(`${a.label} ${subject?.name ?? ''}`, q));

  return (
    <DialogFrame
      onCancel={onClose}
      className="dialog palette"
      aria-describedby={undefined}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        const next = takeAfter();
        if ((next?.refocus ?? true) && returnFocus?.isConnected) returnFocus.focus();
        next?.then();
      }}
    >
      <Dialog.Title className="visually-hidden">Command palette</Dialog.Title>
      <Command label="Search candidates, screens and actions" shouldFilter={false} loop vimBindings={false}>
        <div className="palette__search">
          <span className="palette__icon" aria-hidden="true">⌕</span>
          <Command.Input className="palette__input" value={query} onValueChange={setQuery} placeholder="Search candidates, screens and actions…" />
        </div>
        <Command.List className="palette__list" label="Results">
          <Command.Empty className="palette__empty">
            {list.isPending && q ? 'Loading candidates…' : 'Nothing matches. Try part of a name, or a screen like “Review”.'}
          </Command.Empty>
          {subject && shownActions.length > 0 ? (
            <Command.Group heading={subject.name} className="palette__group">
              {shownActions.map((action) => (
                <Command.Item key={action.id} value={`action:${action.id}`} disabled={!!action.refused} onSelect={action.run} className="palette__item">
                  <span className="palette__label">{action.label}</span>
                  {action.refused ? <span className="palette__reason">{action.refused}</span> : null}
                </Command.Item>
              ))}
            </Command.Group>
          ) : null}
          {found.length > 0 ? (
            <Command.Group heading="Candidates" className="palette__group">
              {found.map((c) => (
                <Command.Item key={c.id} value={`candidate:${c.id}`} onSelect={() => go(`/candidates/${encodeURIComponent(c.id)}`)} className="palette__item">
                  <span className="palette__label">{c.name}</span>
                  <span className="palette__meta">
                    {STAGE_LABELS[c.stage]}
                    {c.status === 'active' ? '' : ` · ${STATUS_LABELS[c.status]}`} · {c.headline}, {c.company}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          ) : null}
          {screens.length > 0 ? (
            <Command.Group heading="Go to" className="palette__group">
              {screens.map((screen) => (
                <Command.Item key={screen.label} value={`screen:${screen.label}`} onSelect={() => go(screen.to)} className="palette__item">
                  <span className="palette__label">{screen.label}</span>
                </Command.Item>
              ))}
            </Command.Group>
          ) : null}
        </Command.List>
      </Command>
      <p className="palette__hint" aria-hidden="true">
        <kbd className="key">↑</kbd> <kbd className="key">↓</kbd> choose · <kbd className="key">Enter</kbd> run · <kbd className="key">Esc</kbd> close
      </p>
    </DialogFrame>
  );
}

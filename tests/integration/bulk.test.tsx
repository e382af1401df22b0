import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { CandidateSummary, Stage } from '../../src/domain';
import { selectedIds, selection } from '../../src/lib/selection';
import { changeBehindTheUi } from '../support/candidates';
import { API, setupMockApi } from '../support/mock-api';
import { problems } from '../support/problems';
import { cardIn, column, findBoard, notifications, renderApp } from '../support/render-app';

// Enough active candidates for a selection of 50.
const api = setupMockApi({ signedInAs: 'u-priya', size: 80 });
const BULK_MOVES = `${API}/candidates/bulk/moves`;
const BULK_STATUS = `${API}/candidates/bulk/status`;

afterEach(() => selection.clear());

const active = (stage?: Stage): CandidateSummary[] =>
  api.db.visibleSummaries(api.db.user('u-priya')!).filter((c) => c.status === 'active' && (!stage || c.stage === stage));

/** Opens the board and selects `candidates` as a run of Shift+clicks would (the store the checkboxes drive). */
async function boardWithSelected(candidates: readonly CandidateSummary[]) {
  const view = renderApp('/');
  await findBoard();
  act(() => selection.replace(candidates.map((c) => c.id)));
  const bar = await screen.findByRole('region', { name: 'Selection' });
  expect(within(bar).getByRole('status')).toHaveTextContent(`${candidates.length} selected`);
  return { ...view, bar };
}

const bar = () => screen.getByRole('region', { name: 'Selection' });

describe('selecting on the board', () => {
  it('selects by checkbox, Space and Shift+Space; the card shows it; Clear empties it', async () => {
    const { user } = renderApp('/');
    await findBoard();
    expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument();
    const [first, second] = within(column('applied')).getAllByRole('article');
    const box = (card: HTMLElement) => within(card).getByRole('checkbox', { name: /^Select / });

    await user.click(box(first!));
    expect(await screen.findByRole('region', { name: 'Selection' })).toHaveTextContent('1 selected');
    expect(first).toHaveClass('is-selected');

    // Space on a focused card toggles it; Shift+Space selects the range from the last one toggled.
    first!.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument());
    expect(first).not.toHaveClass('is-selected');
    await user.keyboard(' ');
    second!.focus();
    await user.keyboard('{Shift>} {/Shift}');
    await waitFor(() => expect(bar()).toHaveTextContent('2 selected'));
    expect(box(second!)).toBeChecked();
    expect(second).toHaveClass('is-selected');

    await user.click(within(bar()).getByRole('button', { name: 'Clear selection' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument());
    expect(box(second!)).not.toBeChecked();
  });
});

describe('bulk reject', () => {
  it('rejects 48 of 50 when 2 were changed meanwhile, says so, and "Review them" selects those 2', async () => {
    const fifty = active().slice(0, 50);
    expect(fifty).toHaveLength(50);
    const { user } = await boardWithSelected(fifty);
    const changed = [fifty[3]!, fifty[40]!];
    for (const c of changed) changeBehindTheUi(api.db, c.id, () => ({ headline: `${c.headline} (updated)` }));

    await user.click(within(bar()).getByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject 50 candidates' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'Role filled by another candidate');
    await user.click(within(dialog).getByRole('button', { name: 'Reject 50 candidates' }));

    expect(await notifications().findByText('Rejected 48 of 50')).toBeInTheDocument();
    expect(notifications().getByText('2 were changed by someone else: review them.')).toBeInTheDocument();
    expect(screen.getByTestId('announcer-assertive')).toHaveTextContent('Rejected 48 of 50. 2 were changed by someone else: review them.');
    const rejected = fifty.filter((c) => api.db.candidate(c.id)?.status === 'rejected');
    expect(rejected).toHaveLength(48);
    for (const c of changed) expect(api.db.candidate(c.id)).toMatchObject({ status: 'active' });
    // The dialog is gone, and so is the selection of the ones that were acted on.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(selectedIds().size).toBe(0);

    await user.click(notifications().getByRole('button', { name: 'Review them' }));
    expect(new Set(selectedIds())).toEqual(new Set(changed.map((c) => c.id)));
    expect(await screen.findByRole('region', { name: 'Selection' })).toHaveTextContent('2 selected');
  });

  it('Undo restores the ones that were rejected', async () => {
    const five = active('screen').slice(0, 5);
    const { user } = await boardWithSelected(five);
    await user.click(within(bar()).getByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject 5 candidates' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'Other');
    await user.click(within(dialog).getByRole('button', { name: 'Reject 5 candidates' }));
    // "Other" needs a note, checked before anything is sent.
    expect(await within(dialog).findByText('Say what the reason is in a note.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Hiring paused');
    await user.click(within(dialog).getByRole('button', { name: 'Reject 5 candidates' }));

    expect(await notifications().findByText('Rejected 5 candidates')).toBeInTheDocument();
    for (const c of five) expect(api.db.candidate(c.id)?.status).toBe('rejected');
    await user.click(notifications().getByRole('button', { name: /^Undo/ }));
    expect(await notifications().findByText('Rejection undone: restored 5 candidates')).toBeInTheDocument();
    for (const c of five) expect(api.db.candidate(c.id)).toMatchObject({ status: 'active', stage: 'screen', version: c.version + 2 });
  });
});

describe('bulk move', () => {
  it('does not offer a recruiter Offer, and says why', async () => {
    const { user } = await boardWithSelected(active('onsite').slice(0, 3));
    await user.click(within(bar()).getByRole('button', { name: 'Move 3 candidates to…' }));
    const offer = await screen.findByRole('menuitem', { name: /^Offer/ });
    expect(offer).toHaveAttribute('aria-disabled', 'true');
    expect(offer).toHaveTextContent('Only the hiring manager can move a candidate to Offer.');
    const screenStage = screen.getByRole('menuitem', { name: /^Screen/ });
    expect(screenStage).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('reports a refusal per item when the API refuses some (forced past the UI)', async () => {
    const three = active('applied').slice(0, 3);
    // The server answers as it would to a stale permission: one refused with its reason, the rest done.
    api.server.use(
      http.post(BULK_MOVES, async ({ request }) => {
        const body = (await request.json()) as { items: { candidateId: string; version: number }[] };
        const results = body.items.map((item, index) => {
          if (index === 0) return { candidateId: item.candidateId, outcome: 'forbidden', status: 403, detail: 'Only the hiring manager can move a candidate to Offer.' };
          const candidate = { ...api.db.summary(item.candidateId)!, stage: 'screen', version: item.version + 1 };
          return { candidateId: item.candidateId, outcome: 'done', status: 200, candidate };
        });
        return HttpResponse.json({ results, done: 2, failed: 1 });
      }),
    );
    const { user } = await boardWithSelected(three);
    await user.click(within(bar()).getByRole('button', { name: 'Move 3 candidates to…' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Screen/ }));
    expect(await notifications().findByText('Moved 2 of 3 to Screen')).toBeInTheDocument();
    expect(notifications().getByText('1 refused: Only the hiring manager can move a candidate to Offer.')).toBeInTheDocument();
  });

  it('moves, and Undo sends each one back to the stage it came from', async () => {
    const two = [active('applied')[0]!, active('screen')[0]!];
    const { user } = await boardWithSelected(two);
    await user.click(within(bar()).getByRole('button', { name: 'Move 2 candidates to…' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Onsite/ }));
    expect(await notifications().findByText('Moved 2 candidates to Onsite')).toBeInTheDocument();
    for (const c of two) expect(api.db.candidate(c.id)?.stage).toBe('onsite');
    await waitFor(() => expect(cardIn('onsite', two[0]!.name)).toBeInTheDocument());

    await user.keyboard('{Control>}z{/Control}');
    expect(await notifications().findByText('Move undone: 2 candidates back where they were')).toBeInTheDocument();
    expect(api.db.candidate(two[0]!.id)).toMatchObject({ stage: 'applied', version: two[0]!.version + 2 });
    expect(api.db.candidate(two[1]!.id)).toMatchObject({ stage: 'screen', version: two[1]!.version + 2 });
  });

  it('keeps the selection on a 500, says so, and Try again re-sends the same Idempotency-Key, applied once', async () => {
    const four = active('applied').slice(0, 4);
    const keys: (string | null)[] = [];
    let fail = true;
    api.server.use(
      http.post(BULK_MOVES, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (fail) return problems.serverError();
        return undefined; // falls through to the real mock API
      }),
    );
    const { user } = await boardWithSelected(four);
    await user.click(within(bar()).getByRole('button', { name: 'Move 4 candidates to…' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Screen/ }));

    expect(await notifications().findByText('Could not move 4 candidates to Screen')).toBeInTheDocument();
    expect(notifications().getByText(/The server hit an unexpected error\..*They are still selected\./)).toBeInTheDocument();
    expect(bar()).toHaveTextContent('4 selected');
    for (const c of four) expect(api.db.candidate(c.id)?.stage).toBe('applied');

    fail = false;
    await user.click(notifications().getByRole('button', { name: 'Try again' }));
    expect(await notifications().findByText('Moved 4 candidates to Screen')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    for (const c of four) expect(api.db.candidate(c.id)).toMatchObject({ stage: 'screen', version: c.version + 1 });
    expect(api.db.activityOf(four[0]!.id).filter((e) => e.type === 'stage_changed' && e.actor.id === 'u-priya')).toHaveLength(1);
  });

  it('after a lost answer, choosing the same move again re-sends the same key and the server replays it', async () => {
    const two = active('applied').slice(0, 2);
    const keys: (string | null)[] = [];
    api.server.use(
      http.post(BULK_MOVES, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.error();
      }),
    );
    const { user } = await boardWithSelected(two);
    await user.click(within(bar()).getByRole('button', { name: 'Move 2 candidates to…' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Screen/ }));
    expect(await notifications().findByText('Could not move 2 candidates to Screen', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(notifications().getByText(/Could not reach the server/)).toBeInTheDocument();
    // Retried automatically with the same key, then once more by hand from the bar: still the same key.
    api.server.resetHandlers();
    api.server.use(http.post(BULK_MOVES, ({ request }) => void keys.push(request.headers.get('Idempotency-Key'))));
    await user.click(within(bar()).getByRole('button', { name: 'Move 2 candidates to…' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Screen/ }));
    expect(await notifications().findByText('Moved 2 candidates to Screen')).toBeInTheDocument();
    expect(new Set(keys).size).toBe(1);
    expect(keys.length).toBe(4);
  });
});

describe('bulk restore and notes', () => {
  it('adds one note to each selected candidate', async () => {
    const three = active('onsite').slice(0, 3);
    const { user } = await boardWithSelected(three);
    await user.click(within(bar()).getByRole('button', { name: 'Add note…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a note to 3 candidates' });
    await user.click(within(dialog).getByRole('button', { name: 'Add note' }));
    expect(await within(dialog).findByText('Write something first.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: 'Note' }));
    await user.paste('Sourcing call on Friday');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await notifications().findByText('Added the note to 3 candidates')).toBeInTheDocument();
    expect(notifications().queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
    for (const c of three) {
      expect(api.db.activityOf(c.id).filter((e) => e.type === 'note_added' && e.text === 'Sourcing call on Friday')).toHaveLength(1);
    }
  });

  it('Restore is unavailable, and says why, when nobody selected is rejected', async () => {
    const { user } = await boardWithSelected(active('applied').slice(0, 2));
    const restore = within(bar()).getByRole('button', { name: 'Restore' });
    expect(restore).toHaveAttribute('aria-disabled', 'true');
    expect(restore).toHaveAccessibleDescription('Nobody selected is rejected or withdrawn.');
    api.server.use(http.post(BULK_STATUS, () => problems.serverError()));
    await user.click(restore);
    expect(await notifications().findByText('Nobody selected is rejected or withdrawn.')).toBeInTheDocument();
  });
});

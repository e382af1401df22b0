import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { problems } from '../support/problems';
import { type CandidateSummary, type Stage, STAGE_LABELS } from '../../src/domain';
import { API, setupMockApi } from '../support/mock-api';
import { cardIn, column, findBoard, notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });
const MOVES = `${API}/candidates/:id/moves`;

/** An active candidate in `stage` whose name is unique, opened on a board searched down to them. */
async function openBoardWith(stage: Stage) {
  const all = api.db.visibleSummaries(api.db.user('u-priya')!);
  const candidate = all.find((c) => c.stage === stage && c.status === 'active' && all.filter((o) => o.name === c.name).length === 1)!;
  const view = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
  await findBoard();
  const card = await within(column(stage)).findByRole('article', { name: candidate.name });
  return { ...view, candidate, card };
}

function stageChanges(candidate: CandidateSummary) {
  return api.db.activityOf(candidate.id).filter((entry) => entry.type === 'stage_changed' && entry.actor.id === 'u-priya');
}

describe('moving a candidate', () => {
  it('moves by the "Move to…" menu, records it on the server, and can be undone', async () => {
    const { user, candidate } = await openBoardWith('applied');
    await user.click(screen.getByRole('button', { name: `Move ${candidate.name} to…` }));
    await user.click(await screen.findByRole('menuitem', { name: /^Screen/ }));

    await waitFor(() => expect(cardIn('screen', candidate.name)).toBeInTheDocument());
    expect(cardIn('applied', candidate.name)).not.toBeInTheDocument();
    expect(await notifications().findByText(`Moved ${candidate.name} to Screen`)).toBeInTheDocument();
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent(`${candidate.name} moved from Applied to Screen.`);
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'screen', version: candidate.version + 1 });
    expect(stageChanges(candidate)).toMatchObject([{ from: 'applied', to: 'screen' }]);

    await user.click(screen.getByRole('button', { name: /Undo/ }));
    await waitFor(() => expect(cardIn('applied', candidate.name)).toBeInTheDocument());
    await waitFor(() => expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'applied', version: candidate.version + 2 }));
    expect(await notifications().findByText(`Move undone: ${candidate.name} is back in Applied`)).toBeInTheDocument();
  });

  it('moves by keyboard from a focused card, and focus follows the card', async () => {
    const { user, candidate, card } = await openBoardWith('screen');
    card.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await waitFor(() => expect(cardIn('onsite', candidate.name)).toHaveFocus());
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('onsite'));
    await user.keyboard('1');
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('applied'));
    await waitFor(() => expect(cardIn('applied', candidate.name)).toHaveFocus());
  });

  it('rolls back and explains when the server fails with a 500', async () => {
    api.server.use(http.post(MOVES, () => problems.serverError()));
    const { user, candidate, card } = await openBoardWith('applied');
    card.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');

    expect(await notifications().findByText(`Could not move ${candidate.name} to Screen`)).toBeInTheDocument();
    expect(notifications().getByText(/The server hit an unexpected error\. Nothing was changed\. They are back in Applied\./)).toBeInTheDocument();
    await waitFor(() => expect(cardIn('applied', candidate.name)).toBeInTheDocument());
    expect(cardIn('screen', candidate.name)).not.toBeInTheDocument();
    expect(screen.getByTestId('announcer-assertive')).toHaveTextContent(`Could not move ${candidate.name} to Screen`);
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'applied', version: candidate.version });
  });

  it('rolls back when the network fails, after retrying with the same idempotency key', async () => {
    const keys: (string | null)[] = [];
    api.server.use(
      http.post(MOVES, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.error();
      }),
    );
    const { user, candidate, card } = await openBoardWith('applied');
    card.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(await notifications().findByText(`Could not move ${candidate.name} to Screen`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(notifications().getByText(/Could not reach the server/)).toBeInTheDocument();
    expect(cardIn('applied', candidate.name)).toBeInTheDocument();
    expect(keys.length).toBe(3);
    expect(new Set(keys).size).toBe(1);
    expect(api.db.candidate(candidate.id)?.stage).toBe('applied');
  });

  it('applies a move once when its response is lost and the retry replays it (idempotency)', async () => {
    const realHandlers = createHandlers(api.backend, API);
    const seen: { key: string | null; replayed: string | null }[] = [];
    let lostOnce = false;
    api.server.use(
      http.post(MOVES, async ({ request }) => {
        const key = request.headers.get('Idempotency-Key');
        const response = await getResponse(realHandlers, request);
        seen.push({ key, replayed: response?.headers.get('Idempotent-Replayed') ?? null });
        if (!lostOnce) {
          lostOnce = true;
          return HttpResponse.error(); // applied on the server, but the answer never arrives
        }
        return response;
      }),
    );
    const { user, candidate, card } = await openBoardWith('applied');
    card.focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');

    expect(await notifications().findByText(`Moved ${candidate.name} to Screen`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(seen).toHaveLength(2);
    expect(seen[0]!.key).toBe(seen[1]!.key);
    expect(seen.map((s) => s.replayed)).toEqual([null, 'true']);
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'screen', version: candidate.version + 1 });
    expect(stageChanges(candidate)).toHaveLength(1);
    expect(cardIn('screen', candidate.name)).toBeInTheDocument();
  });

  it('on a 412 conflict says someone else changed the candidate and shows their latest state', async () => {
    const { user, candidate, card } = await openBoardWith('applied');
    // A colleague moves them to Screen after this board loaded.
    api.db.updateCandidate(candidate.id, ({ version: _v, ...rest }) => ({ ...rest, stage: 'screen', stageEnteredAt: new Date().toISOString() }));

    card.focus();
    await user.keyboard('3');
    expect(await notifications().findByText(`${candidate.name} was changed by someone else`)).toBeInTheDocument();
    expect(notifications().getByText(/Your move to Onsite was not applied\. The board now shows their latest state \(Screen\)/)).toBeInTheDocument();
    await waitFor(() => expect(cardIn('screen', candidate.name)).toBeInTheDocument());
    expect(cardIn('onsite', candidate.name)).not.toBeInTheDocument();
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'screen', version: candidate.version + 1 });
  });

  it('does not offer a recruiter the move into Offer, and says why', async () => {
    const { user, candidate, card } = await openBoardWith('onsite');
    await user.click(within(card).getByRole('button', { name: `Move ${candidate.name} to…` }));
    const offer = await screen.findByRole('menuitem', { name: /^Offer/ });
    expect(offer).toHaveAttribute('aria-disabled', 'true');
    expect(offer).toHaveTextContent('Only the hiring manager can move a candidate to Offer.');
    await user.keyboard('{Escape}');

    card.focus();
    await user.keyboard('4');
    // Shown on screen, not only to screen readers; the card keeps focus.
    expect(await notifications().findByText('Only the hiring manager can move a candidate to Offer.')).toBeInTheDocument();
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent('Only the hiring manager can move a candidate to Offer.');
    expect(card).toHaveFocus();
    expect(api.db.candidate(candidate.id)?.stage).toBe('onsite');
  });

  it('rolls back with the server’s reason when the API refuses a move (403)', async () => {
    // The UI would not send this; a stale permission or another client might. The API is the authority.
    api.server.use(http.post(MOVES, () => problems.forbidden('Only the hiring manager can move a candidate to Offer.')));
    const { user, candidate, card } = await openBoardWith('applied');
    card.focus();
    await user.keyboard('2');
    expect(await notifications().findByText(`Could not move ${candidate.name} to ${STAGE_LABELS.screen}`)).toBeInTheDocument();
    expect(notifications().getByText(/Only the hiring manager can move a candidate to Offer\. They are back in Applied\./)).toBeInTheDocument();
    expect(cardIn('applied', candidate.name)).toBeInTheDocument();
  });

  it('lets the hiring manager move into Offer', async () => {
    api.signIn('u-marcus');
    const { user, candidate, card } = await openBoardWith('onsite');
    card.focus();
    await user.keyboard('4');
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('offer'));
    expect(await notifications().findByText(`Moved ${candidate.name} to Offer`)).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { changeBehindTheUi } from '../support/candidates';
import { API, setupMockApi } from '../support/mock-api';
import { problems } from '../support/problems';
import { notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-marcus' });
const MOVES = `${API}/candidates/:id/moves`;
const STATUS = `${API}/candidates/:id/status`;

/** Leaves one candidate waiting for a decision (the others are decided behind the UI) and opens their review. */
async function reviewTheLastOneWaiting() {
  const waiting = [...api.db.allCandidates()].filter((c) => api.db.summary(c.id)?.needsDecision);
  const [last, ...others] = waiting;
  for (const other of others) changeBehindTheUi(api.db, other.id, () => ({ stage: 'offer' }));
  const view = renderApp(`/review/${last!.id}`);
  await screen.findByRole('heading', { level: 1, name: last!.name });
  await screen.findByRole('table', { name: 'Ratings by qualification and interview' });
  return { ...view, candidate: api.db.candidate(last!.id)! };
}

/** After the last decision the review page is gone: the queue shows, empty. */
async function expectTheEmptyQueue() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Review' })).toBeInTheDocument();
  expect(await screen.findByText('Nobody is waiting for a decision')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Advance to Offer/ })).not.toBeInTheDocument();
}

describe('undo after the last decision (the review page has unmounted)', () => {
  it('reports a failed Undo of an advance in a toast and to screen readers', async () => {
    const { user, candidate } = await reviewTheLastOneWaiting();
    await user.click(screen.getByRole('button', { name: /Advance to Offer/ }));
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('offer'));
    await expectTheEmptyQueue();

    api.server.use(http.post(MOVES, () => problems.serverError()));
    expect(notifications().getByText(`Advanced ${candidate.name} to Offer`)).toBeInTheDocument();
    await user.click(notifications().getByRole('button', { name: /^Undo/ }));

    // The failure is told (with the server's reason), though the page that offered the Undo is gone.
    expect(await notifications().findByText(`Could not undo for ${candidate.name}`)).toBeInTheDocument();
    expect(notifications().getByText(/^The server hit an unexpected error\./)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer-assertive')).toHaveTextContent(`Could not undo for ${candidate.name}. The server hit an unexpected error.`));
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'offer', version: candidate.version + 1 });
  });

  it('reports a failed Undo of a rejection in a toast and to screen readers', async () => {
    const { user, candidate } = await reviewTheLastOneWaiting();
    await user.keyboard('r');
    const dialog = await screen.findByRole('dialog', { name: `Reject ${candidate.name}` });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'System design did not meet the bar');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));
    await waitFor(() => expect(api.db.candidate(candidate.id)?.status).toBe('rejected'));
    await expectTheEmptyQueue();

    api.server.use(http.post(STATUS, () => problems.serverError()));
    await user.click(await notifications().findByRole('button', { name: /^Undo/ }));

    expect(await notifications().findByText(`Could not undo for ${candidate.name}`)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer-assertive')).toHaveTextContent(`Could not undo for ${candidate.name}.`));
    expect(api.db.candidate(candidate.id)?.status).toBe('rejected');
  });

  it('still undoes, and says so, when the Undo succeeds', async () => {
    const { user, candidate } = await reviewTheLastOneWaiting();
    await user.click(screen.getByRole('button', { name: /Advance to Offer/ }));
    await expectTheEmptyQueue();

    await user.click(await notifications().findByRole('button', { name: /^Undo/ }));

    expect(await notifications().findByText(`Undone: ${candidate.name} is back in Onsite`)).toBeInTheDocument();
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent(`Undone. ${candidate.name} is back in Onsite.`);
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'onsite', version: candidate.version + 2 });
    // The queue refreshes: the candidate waits for a decision again.
    expect(await screen.findByRole('link', { name: candidate.name })).toBeInTheDocument();
  });
});

describe('Ctrl+Z undoes a review decision, as it does a board move', () => {
  it('undoes an advance from its toast', async () => {
    const { user, candidate } = await reviewTheLastOneWaiting();
    await user.keyboard('a');
    expect(await notifications().findByText(`Advanced ${candidate.name} to Offer`)).toBeInTheDocument();
    expect(notifications().getByRole('button', { name: /^Undo/ })).toHaveAttribute('aria-keyshortcuts', 'Control+Z Meta+Z');
    await user.keyboard('{Control>}z{/Control}');
    expect(await notifications().findByText(`Undone: ${candidate.name} is back in Onsite`)).toBeInTheDocument();
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'onsite', version: candidate.version + 2 });
  });

  it('undoes an advance when pressed before the server answered (before the toast shows)', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    api.server.use(http.post(MOVES, async () => void (await held)));
    const { user, candidate } = await reviewTheLastOneWaiting();
    await user.keyboard('a');
    await user.keyboard('{Control>}z{/Control}');
    expect(notifications().queryByText(`Advanced ${candidate.name} to Offer`)).not.toBeInTheDocument();
    answer();
    expect(await notifications().findByText(`Undone: ${candidate.name} is back in Onsite`)).toBeInTheDocument();
    expect(notifications().queryByText(`Advanced ${candidate.name} to Offer`)).not.toBeInTheDocument();
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'onsite', version: candidate.version + 2 });
  });

  it('undoes a rejection when pressed before the server answered', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    api.server.use(http.post(STATUS, async () => void (await held)));
    const { user, candidate } = await reviewTheLastOneWaiting();
    await user.keyboard('r');
    const dialog = await screen.findByRole('dialog', { name: `Reject ${candidate.name}` });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'System design did not meet the bar');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));
    await user.keyboard('{Control>}z{/Control}');
    answer();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await notifications().findByText(`Undone: ${candidate.name} is active again`)).toBeInTheDocument();
    expect(api.db.candidate(candidate.id)?.status).toBe('active');
  });
});

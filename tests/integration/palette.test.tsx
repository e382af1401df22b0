import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/domain';
import { API, setupMockApi } from '../support/mock-api';
import { cardIn, column, findBoard, notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

/** An active candidate of `stage` whose name nobody else has (visible to the signed-in recruiter). */
function loneCandidateIn(stage: Stage) {
  const all = api.db.visibleSummaries(api.db.user('u-priya')!);
  return all.find((c) => c.stage === stage && c.status === 'active' && all.filter((o) => o.name === c.name).length === 1)!;
}

const palette = () => screen.getByRole('dialog', { name: 'Command palette' });
const search = () => within(palette()).getByRole('combobox', { name: 'Search candidates, screens and actions' });
const options = () => within(within(palette()).getByRole('listbox', { name: 'Results' })).queryAllByRole('option');

/** Every request the page sends to the API while the test runs, as "METHOD /path", and the writes' headers. */
function recordRequests(): string[] & { headers: Headers[] } {
  const sent = Object.assign([] as string[], { headers: [] as Headers[] });
  api.server.events.on('request:start', ({ request }) => {
    sent.push(`${request.method} ${new URL(request.url).pathname.replace(new URL(API).pathname, '')}`);
    if (request.method === 'POST') sent.headers.push(request.headers);
  });
  return sent;
}

describe('command palette', () => {
  it('opens with Ctrl+K and with ⌘K, finds a candidate by part of their name and opens them', async () => {
    const candidate = loneCandidateIn('screen');
    const { user } = renderApp('/');
    await findBoard();
    await user.keyboard('{Control>}k{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Command palette' })).toBeInTheDocument();
    expect(search()).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('{Meta>}k{/Meta}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    // Part of the surname, in lower case: still found, and listed first.
    const surname = candidate.name.split(' ').at(-1)!.toLowerCase();
    await user.type(search(), surname.slice(0, Math.max(3, surname.length - 1)));
    const option = await within(palette()).findByRole('option', { name: new RegExp(`^${candidate.name}`) });
    expect(options().length).toBeLessThanOrEqual(8 + 7);
    await user.click(option);
    expect(await screen.findByRole('heading', { level: 1, name: candidate.name })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: candidate.name })).toHaveFocus());
  });

  it('the top bar button opens it too, and Esc closes it and returns focus to where it was', async () => {
    const { user } = renderApp('/');
    await findBoard();
    const button = screen.getByRole('button', { name: 'Search or run a command' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    await user.click(button);
    await screen.findByRole('dialog', { name: 'Command palette' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('lists only the screens the role may see', async () => {
    const { user, unmount } = renderApp('/');
    await findBoard();
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    const recruiter = within(palette()).getByRole('group', { name: 'Go to' });
    expect(within(recruiter).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Pipeline',
      'Candidates table',
      'My interviews',
      'Review queue',
      'Insights',
      'Role',
      'Add candidate',
    ]);
    unmount();

    api.signIn('u-dana'); // an interviewer
    const second = renderApp('/');
    await findBoard();
    await second.user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    const interviewer = within(palette()).getByRole('group', { name: 'Go to' });
    expect(within(interviewer).getAllByRole('option').map((o) => o.textContent)).toEqual(['Pipeline', 'Candidates table', 'My interviews', 'Role']);
    // Typing narrows the screens too.
    await second.user.type(search(), 'interv');
    expect(within(within(palette()).getByRole('group', { name: 'Go to' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['My interviews']);
  });

  it('moves the focused card through the write path (If-Match, one key, Undo), and the card keeps focus', async () => {
    const candidate = loneCandidateIn('applied');
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    (await within(column('applied')).findByRole('article', { name: candidate.name })).focus();
    const sent = recordRequests();
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    const actions = within(palette()).getByRole('group', { name: candidate.name });
    await user.click(within(actions).getByRole('option', { name: 'Move to Screen' }));

    await waitFor(() => expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'screen', version: candidate.version + 1 }));
    expect(sent.filter((r) => r.startsWith('POST'))).toEqual([`POST /candidates/${candidate.id}/moves`]);
    expect(sent.headers[0]?.get('if-match')).toBe(`"${candidate.version}"`);
    expect(sent.headers[0]?.get('idempotency-key')).toMatch(/\S{8,}/);
    expect(await notifications().findByText(`Moved ${candidate.name} to Screen`)).toBeInTheDocument();
    await waitFor(() => expect(cardIn('screen', candidate.name)).toHaveFocus());

    // Its Undo is the board's: Ctrl+Z moves them back, and the card keeps focus.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('applied'));
    await waitFor(() => expect(cardIn('applied', candidate.name)).toHaveFocus());
  });

  it('shows why a move is refused, with the item disabled (a recruiter and Offer)', async () => {
    const candidate = loneCandidateIn('onsite');
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    (await within(column('onsite')).findByRole('article', { name: candidate.name })).focus();
    const sent = recordRequests();
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    const offer = within(palette()).getByRole('option', { name: /^Move to Offer/ });
    expect(offer).toHaveAttribute('aria-disabled', 'true');
    expect(offer).toHaveTextContent('Only the hiring manager can move a candidate to Offer.');
    // Its own stage is not offered; the others are.
    expect(within(palette()).queryByRole('option', { name: /^Move to Onsite/ })).not.toBeInTheDocument();
    expect(within(palette()).getByRole('option', { name: 'Move to Screen' })).toHaveAttribute('aria-disabled', 'false');
    await user.click(offer);
    expect(palette()).toBeInTheDocument();
    expect(sent.filter((r) => r.startsWith('POST'))).toEqual([]);
  });

  it('on a candidate’s page: "Reject…" opens the reject dialog and "Add a note" focuses the note field', async () => {
    const candidate = loneCandidateIn('screen');
    const { user } = renderApp(`/candidates/${candidate.id}`);
    await screen.findByRole('heading', { level: 1, name: candidate.name });
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    await user.type(search(), 'reject');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: `Reject ${candidate.name}` })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    await user.click(within(palette()).getByRole('option', { name: 'Add a note' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveFocus());
  });

  it('from the board, "Add a note" opens the focused candidate’s page with the note field focused', async () => {
    const candidate = loneCandidateIn('applied');
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    (await within(column('applied')).findByRole('article', { name: candidate.name })).focus();
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Command palette' });
    await user.type(search(), 'note');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: candidate.name })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveFocus());
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../support/mock-api';
import { cardIn, column, findBoard, notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

/** An active Applied candidate with a unique name, on a board searched down to them. */
async function openBoardWithApplicant() {
  const all = api.db.visibleSummaries(api.db.user('u-priya')!);
  const candidate = all.find((c) => c.stage === 'applied' && c.status === 'active' && all.filter((o) => o.name === c.name).length === 1)!;
  const view = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
  await findBoard();
  const card = await within(column('applied')).findByRole('article', { name: candidate.name });
  return { ...view, candidate, card };
}

describe('app-wide keyboard shortcuts', () => {
  it('"/" focuses the board search from anywhere on the board, and types a "/" once in it', async () => {
    const { user, card } = await openBoardWithApplicant();
    const search = screen.getByRole('searchbox', { name: 'Search candidates' });
    card.focus();
    await user.keyboard('/');
    expect(search).toHaveFocus();
    await user.clear(search);
    await user.keyboard('a/b');
    expect(search).toHaveValue('a/b');
  });

  it('Ctrl+Z (or ⌘Z) undoes the latest move, but not while typing in a field', async () => {
    const { user, candidate, card } = await openBoardWithApplicant();
    card.focus();
    await user.keyboard('2');
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('screen'));
    expect(await notifications().findByRole('button', { name: /Undo/ })).toHaveAttribute('aria-keyshortcuts', 'Control+Z Meta+Z');

    // In the search field Ctrl+Z is the field's own.
    screen.getByRole('searchbox', { name: 'Search candidates' }).focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(api.db.candidate(candidate.id)?.stage).toBe('screen');
    expect(notifications().getByRole('button', { name: /Undo/ })).toBeInTheDocument();

    await waitFor(() => expect(cardIn('screen', candidate.name)).toBeInTheDocument());
    cardIn('screen', candidate.name)!.focus();
    await user.keyboard('{Meta>}z{/Meta}');
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('applied'));
    expect(await notifications().findByText(`Move undone: ${candidate.name} is back in Applied`)).toBeInTheDocument();
    expect(notifications().queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();

    // Nothing left to undo: Ctrl+Z does nothing.
    await user.keyboard('{Control>}z{/Control}');
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'applied', version: candidate.version + 2 });
  });

  it('"?" lists the shortcuts the current screen registered, in order, then those that work everywhere', async () => {
    const { user } = renderApp('/review');
    await screen.findByRole('heading', { level: 1, name: 'Review' });
    await screen.findAllByRole('heading', { level: 2 });
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const page = within(help).getByRole('region', { name: 'On this page' });
    expect(within(page).getAllByRole('term').map((t) => t.textContent)).toEqual(['J', 'K', 'Enter']);
    expect(within(page).getAllByRole('definition').map((d) => d.textContent)).toEqual([
      'Next candidate in the list',
      'Previous candidate in the list',
      'Open the focused candidate’s review',
    ]);
    const everywhere = within(help).getByRole('region', { name: 'Everywhere' });
    expect(within(everywhere).getAllByRole('term').map((t) => t.textContent).sort()).toEqual(['?', 'Ctrl/⌘+K', 'Ctrl/⌘+Z']);
    // While the dialog is open, the page's keys are inert.
    await user.keyboard('j');
    expect(screen.getByRole('dialog')).toBe(help);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.keyboard('j');
    expect(within(screen.getAllByRole('heading', { level: 2 })[0]!).getByRole('link')).toHaveFocus();
  });

  it('the review page\'s Shortcuts button opens the same list, and closing it puts focus back on the button', async () => {
    const { user } = renderApp('/review');
    await screen.findByRole('heading', { level: 1, name: 'Review' });
    const button = screen.getByRole('button', { name: /^Shortcuts/ });
    await user.click(button);
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('region', { name: 'Everywhere' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('"?" on the board lists the card keys, the search keys and the app-wide ones, each once', async () => {
    const { user } = renderApp('/');
    await findBoard();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const page = within(help).getByRole('region', { name: 'On this page' });
    expect(within(page).getAllByRole('term').map((t) => t.textContent)).toEqual(['Enter', '↑ ↓', '← →', 'Shift+← →', '1–4', 'M', 'Space', 'Esc', '/']);
    const everywhere = within(help).getByRole('region', { name: 'Everywhere' });
    const keys = within(everywhere).getAllByRole('term').map((t) => t.textContent);
    expect(keys.sort()).toEqual(['?', 'Ctrl/⌘+K', 'Ctrl/⌘+Z']);
  });
});

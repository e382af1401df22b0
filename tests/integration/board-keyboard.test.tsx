import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Stage } from '../../src/domain';
import { changeBehindTheUi } from '../support/candidates';
import { setupMockApi } from '../support/mock-api';
import { cardIn, column, findBoard, notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

/** Active candidates of a stage in the order the board shows them (first on top). */
function firstShownIn(stage: Stage): HTMLElement {
  return within(column(stage)).getAllByRole('article')[0]!;
}

/** The column of the focused card. */
const focusedStage = () => (document.activeElement?.matches('article') ? document.activeElement.closest('section')?.getAttribute('data-stage') : null);

/** A candidate in `stage` found alone by searching their name. */
function loneCandidateIn(stage: Stage) {
  const all = api.db.visibleSummaries(api.db.user('u-priya')!);
  return all.find((c) => c.stage === stage && c.status === 'active' && all.filter((o) => o.name === c.name).length === 1)!;
}

describe('board keys', () => {
  it('← and → go to the nearest card in the neighbouring column, skipping empty ones, and stop at the edges', async () => {
    const { user } = renderApp('/');
    await findBoard();
    await within(column('screen')).findAllByRole('article');
    const applied = firstShownIn('applied');
    applied.focus();
    await user.keyboard('{ArrowRight}');
    // Which card is nearest depends on layout (the geometry is checked in the browser); here, the column.
    await waitFor(() => expect(focusedStage()).toBe('screen'));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(focusedStage()).toBe('onsite'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(focusedStage()).toBe('applied'));
    // The left edge: nothing further, focus stays.
    const edge = document.activeElement;
    await user.keyboard('{ArrowLeft}');
    expect(edge).toHaveFocus();
  });

  it('→ skips an empty column: from Applied straight to Onsite when Screen has nobody', async () => {
    for (const c of api.db.visibleSummaries(api.db.user('u-priya')!)) {
      if (c.stage === 'screen') changeBehindTheUi(api.db, c.id, () => ({ stage: 'onsite' }));
    }
    const { user } = renderApp('/');
    await findBoard();
    await within(column('onsite')).findAllByRole('article');
    expect(within(column('screen')).queryAllByRole('article')).toHaveLength(0);
    firstShownIn('applied').focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(focusedStage()).toBe('onsite'));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(focusedStage()).toBe('applied'));
  });

  it('Esc in the search leaves it for the board and keeps the query; "/" comes back with the text selected', async () => {
    const candidate = loneCandidateIn('applied');
    const { user, router } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    const card = await within(column('applied')).findByRole('article', { name: candidate.name });
    const search = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search candidates' });
    await user.click(search);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(card).toHaveFocus());
    expect(search).toHaveValue(candidate.name);
    expect(router.state.location.search).toContain('q=');

    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search.selectionStart).toBe(0);
    expect(search.selectionEnd).toBe(candidate.name.length);
  });

  it('Escape on the move menu returns focus to the card, not its Move button', async () => {
    const candidate = loneCandidateIn('applied');
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    const card = await within(column('applied')).findByRole('article', { name: candidate.name });
    card.focus();
    await user.keyboard('m');
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await waitFor(() => expect(card).toHaveFocus());
  });

  it('after an Undo (Ctrl+Z or the toast button) the card goes back to its column and keeps focus', async () => {
    const candidate = loneCandidateIn('applied');
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    (await within(column('applied')).findByRole('article', { name: candidate.name })).focus();
    await user.keyboard('2');
    await waitFor(() => expect(cardIn('screen', candidate.name)).toHaveFocus());
    await notifications().findByRole('button', { name: /Undo/ });

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('applied'));
    await waitFor(() => expect(cardIn('applied', candidate.name)).toHaveFocus());

    // Again, undone with the toast's button this time: focus goes to the card, which follows it back.
    await user.keyboard('2');
    await waitFor(() => expect(cardIn('screen', candidate.name)).toHaveFocus());
    await user.click(await notifications().findByRole('button', { name: /Undo/ }));
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('applied'));
    await waitFor(() => expect(cardIn('applied', candidate.name)).toHaveFocus());
  });

  it('coming back from a candidate page focuses the card that was left', async () => {
    const candidate = loneCandidateIn('screen');
    const { user } = renderApp('/');
    await findBoard();
    // Opened from the board by keyboard (Enter on the card).
    const search = screen.getByRole('searchbox', { name: 'Search candidates' });
    await user.type(search, candidate.name);
    const card = await within(column('screen')).findByRole('article', { name: candidate.name });
    card.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: candidate.name });
    await user.click(screen.getByRole('link', { name: /Back to pipeline/ }));
    await findBoard();
    await waitFor(() => expect(cardIn('screen', candidate.name)).toHaveFocus());
  });
});

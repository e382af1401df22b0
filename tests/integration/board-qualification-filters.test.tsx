import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type CandidateSummary, STAGES } from '../../src/domain';
import { setupMockApi } from '../support/mock-api';
import { column, findBoard, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

function active(): CandidateSummary[] {
  return api.db.visibleSummaries(api.db.user('u-priya')!).filter((c) => c.status === 'active');
}

function expectColumnsToHold(matching: CandidateSummary[]) {
  for (const stage of STAGES) {
    expect(within(column(stage)).getByLabelText(`${matching.filter((c) => c.stage === stage).length} candidates`)).toBeInTheDocument();
  }
}

describe('board qualification filters', () => {
  it('reads "meets at least N" and "missing one" from the URL', async () => {
    renderApp('/?minMet=3&missing=security');
    await findBoard();
    expect(screen.getByRole('button', { name: /At least: 3 of 8/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Missing: Security & privacy/ })).toBeInTheDocument();
    const matching = active().filter((c) => c.met.length >= 3 && !c.met.includes('security'));
    expect(matching.length).toBeGreaterThan(0);
    expectColumnsToHold(matching);
  });

  it('sets "meets at least" from its menu, keeps it in the URL, and clears it', async () => {
    const { user, router } = renderApp('/');
    await findBoard();
    await user.click(screen.getByRole('button', { name: /At least: Any/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: /5 of 8/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?minMet=5'));
    expectColumnsToHold(active().filter((c) => c.met.length >= 5));

    await user.click(screen.getByRole('button', { name: /At least: 5 of 8/ }));
    expect(await screen.findByRole('menuitemradio', { name: /5 of 8/ })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('menuitemradio', { name: /Any/ }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('sets "missing" from its menu by keyboard', async () => {
    const { user, router } = renderApp('/');
    await findBoard();
    screen.getByRole('button', { name: /Missing: Any/ }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('menuitemradio', { name: /Async processing/ });
    // Typeahead, as in any menu.
    await user.keyboard('Asy');
    await waitFor(() => expect(screen.getByRole('menuitemradio', { name: /Async processing/ })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?missing=async'));
    expectColumnsToHold(active().filter((c) => !c.met.includes('async')));
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selection } from '../../src/lib/selection';
import { setupMockApi } from '../support/mock-api';
import { notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });
afterEach(() => selection.clear());

describe('bulk actions in the candidates table', () => {
  it('selects rows by their checkboxes and moves them in bulk; Undo puts them back', async () => {
    const { user } = renderApp('/candidates');
    const table = await screen.findByRole('grid');
    const boxes = await within(table).findAllByRole('checkbox', { name: /^Select (?!all)/ });
    const picked = [] as string[];
    for (const box of boxes) {
      const name = box.getAttribute('aria-label')!.replace(/^Select /, '');
      const candidate = api.db.visibleSummaries(api.db.user('u-priya')!).find((c) => c.name === name);
      if (candidate?.status === 'active' && candidate.stage === 'applied' && picked.length < 2) {
        await user.click(box);
        picked.push(candidate.id);
      }
    }
    expect(picked).toHaveLength(2);
    const bar = await screen.findByRole('region', { name: 'Selection' });
    expect(within(bar).getByRole('status')).toHaveTextContent('2 selected');

    await user.click(within(bar).getByRole('button', { name: 'Move 2 candidates to…' }));
    await user.click(await screen.findByRole('menuitem', { name: /^Screen/ }));
    expect(await notifications().findByText('Moved 2 candidates to Screen')).toBeInTheDocument();
    for (const id of picked) expect(api.db.candidate(id)?.stage).toBe('screen');

    await user.click(notifications().getByRole('button', { name: /^Undo/ }));
    expect(await notifications().findByText('Move undone: 2 candidates back where they were')).toBeInTheDocument();
    await waitFor(() => {
      for (const id of picked) expect(api.db.candidate(id)?.stage).toBe('applied');
    });
  });
});

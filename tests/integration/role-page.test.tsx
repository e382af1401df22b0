import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QUALIFICATIONS, STAGES } from '../../src/domain';
import { setupMockApi } from '../support/mock-api';
import { column, findBoard, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

function activeFor(userId: string) {
  return api.db.visibleSummaries(api.db.user(userId)!).filter((c) => c.status === 'active');
}

async function openRole(userId = 'u-priya') {
  api.signIn(userId);
  const view = renderApp('/role');
  await screen.findByRole('heading', { level: 1, name: api.db.role.title });
  return view;
}

describe('role page', () => {
  it('is in the top navigation', async () => {
    const { user, router } = renderApp('/');
    await findBoard();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Role' }));
    expect(await screen.findByRole('heading', { level: 1, name: api.db.role.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/role');
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Role' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the summary and every responsibility', async () => {
    await openRole();
    const role = api.db.role;
    expect(screen.getByText(role.summary)).toBeInTheDocument();
    expect(screen.getByText(role.team)).toBeInTheDocument();
    for (const responsibility of role.responsibilities) expect(screen.getByText(responsibility)).toBeInTheDocument();
  });

  it('shows each qualification, in order, with how many active candidates meet it and partly meet it', async () => {
    await openRole();
    const active = activeFor('u-priya');
    const section = screen.getByRole('region', { name: 'Qualifications' });
    await within(section).findByText(`Across ${active.length} active candidates`);
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(QUALIFICATIONS.length);
    QUALIFICATIONS.forEach((q, index) => {
      const item = items[index]!;
      expect(within(item).getByRole('heading')).toHaveAccessibleName(q.label);
      const met = active.filter((c) => c.met.includes(q.id)).length;
      const partial = active.filter((c) => c.partial.includes(q.id)).length;
      expect(item).toHaveTextContent(`${met} of ${active.length} meet`);
      expect(item).toHaveTextContent(`${partial} partly`);
      expect(item).toHaveTextContent(q.description);
      // A bar, not numbers alone (decorative: the words carry the same counts).
      const bar = item.querySelector('.role-coverage__bar');
      expect(bar).toHaveAttribute('aria-hidden', 'true');
      expect(bar?.querySelector<HTMLElement>('.role-coverage__met')?.style.width).toBe(`${Math.round((met / active.length) * 1000) / 10}%`);
    });
  });

  it('counts only the candidates an interviewer can see', async () => {
    await openRole('u-dana');
    const active = activeFor('u-dana');
    const section = screen.getByRole('region', { name: 'Qualifications' });
    expect(await within(section).findByText(`Across ${active.length} active ${active.length === 1 ? 'candidate' : 'candidates'}`)).toBeInTheDocument();
  });

  it('links each qualification to the board filtered to who is missing it', async () => {
    const { user, router } = await openRole();
    const security = QUALIFICATIONS.find((q) => q.id === 'security')!;
    await user.click(screen.getByRole('link', { name: `who doesn’t (${security.label})` }));
    await findBoard();
    expect(router.state.location.search).toBe('?missing=security');
    expect(screen.getByRole('button', { name: /Missing: Security & privacy/ })).toBeInTheDocument();
    const missing = activeFor('u-priya').filter((c) => !c.met.includes('security'));
    for (const stage of STAGES) {
      await waitFor(() => expect(within(column(stage)).getByLabelText(`${missing.filter((c) => c.stage === stage).length} candidates`)).toBeInTheDocument());
    }
  });
});

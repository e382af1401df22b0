import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../support/mock-api';
import { findBoard, renderApp } from '../support/render-app';
import { readLocalDraft, writeLocalDraft } from '../../src/lib/local-drafts';

const api = setupMockApi();

describe('session', () => {
  it('asks who you are, then shows the board as that persona', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: /Continue as Priya Raman/ }));
    await findBoard();
    expect(api.db.signedInUserIds()).toEqual(['u-priya']);
    expect(screen.getByRole('button', { name: /Signed in as Priya Raman, Recruiter/ })).toBeInTheDocument();
  });

  it('switches persona, dropping what the previous persona could see', async () => {
    api.signIn('u-priya');
    const { user } = renderApp('/');
    await findBoard();
    const everyone = api.db.visibleSummaries(api.db.user('u-priya')!).filter((c) => c.status === 'active').length;
    expect(screen.getByText(`${everyone} of 60 candidates`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Switch persona/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Dana Whitfield/ }));

    const mine = api.db.visibleSummaries(api.db.user('u-dana')!);
    const active = mine.filter((c) => c.status === 'active').length;
    expect(await screen.findByText(`${active} of ${mine.length} candidates`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Signed in as Dana Whitfield, Interviewer/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notifications' })).getByText('Signed in as Dana Whitfield')).toBeInTheDocument();
  });

  it('never carries an Undo over to the next persona', async () => {
    api.signIn('u-priya');
    const candidate = api.db.visibleSummaries(api.db.user('u-priya')!).find((c) => c.stage === 'screen' && c.status === 'active')!;
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    (await screen.findByRole('article', { name: candidate.name })).focus();
    await user.keyboard('1');
    expect(await screen.findByRole('button', { name: /Undo/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Switch persona/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Marcus Okafor/ }));
    await screen.findByRole('button', { name: /^Signed in as Marcus Okafor/ });
    expect(screen.queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();
  });

  it('a session that ended elsewhere (expired, signed out in another tab) leads back to sign-in, saying why', async () => {
    api.signIn('u-priya');
    const candidate = api.db.visibleSummaries(api.db.user('u-priya')!).find((c) => c.stage === 'applied' && c.status === 'active')!;
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    // The server forgets the session behind the UI's back; the next request is answered 401.
    api.db.sessions.clear();
    (await screen.findByRole('article', { name: candidate.name })).focus();
    await user.keyboard('2');

    expect(await screen.findByRole('heading', { name: 'Who are you today?' })).toBeInTheDocument();
    const notifications = within(screen.getByRole('region', { name: 'Notifications' }));
    expect(notifications.getByText('Your session has ended')).toBeInTheDocument();
    expect(notifications.getByText('Sign in again to carry on where you were.')).toBeInTheDocument();
    expect(api.db.candidate(candidate.id)!.stage).toBe('applied');
  });

  it('signs out back to the persona picker', async () => {
    api.signIn('u-marcus');
    const { user } = renderApp('/');
    await findBoard();
    await user.click(screen.getByRole('button', { name: /Switch persona/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Who are you today?' })).toBeInTheDocument();
    expect(api.db.signedInUserIds()).toEqual([]);
  });

  it('signing out forgets that person’s scorecard drafts on this device, and only theirs', async () => {
    const draft = { content: { ratings: {}, recommendation: null, takeaways: 'Strong on queues.', privateNotes: '' }, savedAt: new Date().toISOString(), baseVersion: null };
    writeLocalDraft('u-marcus', 'c00001-hiring_manager', draft);
    writeLocalDraft('u-dana', 'c00002-coding', draft);
    api.signIn('u-marcus');
    const { user } = renderApp('/');
    await findBoard();
    await user.click(screen.getByRole('button', { name: /Switch persona/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Who are you today?' });
    expect(readLocalDraft('u-marcus', 'c00001-hiring_manager')).toBeNull();
    expect(readLocalDraft('u-dana', 'c00002-coding')?.content.takeaways).toBe('Strong on queues.');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QUALIFICATIONS, STAGES, type CandidateSummary } from '../../src/domain';
import { http, HttpResponse } from 'msw';
import { API, setupMockApi } from '../support/mock-api';
import { cardIn, column, findBoard, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

function activeSummaries(): CandidateSummary[] {
  const recruiter = api.db.user('u-priya')!;
  return api.db.visibleSummaries(recruiter).filter((c) => c.status === 'active');
}

describe('pipeline board', () => {
  it('shows the four stages with a count of active candidates in each', async () => {
    renderApp('/');
    await findBoard();
    const active = activeSummaries();
    for (const stage of STAGES) {
      const expected = active.filter((c) => c.stage === stage).length;
      expect(within(column(stage)).getByLabelText(`${expected} candidates`)).toBeInTheDocument();
    }
    expect(screen.getByText(`${active.length} of ${api.db.visibleSummaries(api.db.user('u-priya')!).length} candidates`)).toBeInTheDocument();
  });

  it('shows name, current title and company, qualification coverage and days in stage on a card', async () => {
    const candidate = activeSummaries().find((c) => c.met.length >= 2)!;
    renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    const card = await within(column(candidate.stage)).findByRole('article', { name: candidate.name });
    expect(within(card).getByText(`${candidate.headline} · ${candidate.company}`)).toBeInTheDocument();
    const metLabels = QUALIFICATIONS.filter((q) => candidate.met.includes(q.id)).map((q) => q.label);
    expect(within(card).getByText(`Meets ${candidate.met.length} of 8: ${metLabels.join(', ')}`)).toBeInTheDocument();
    expect(card).toHaveTextContent(/\d+ days? in stage/);
  });

  it('reads search, qualification and source filters from the URL', async () => {
    const matching = activeSummaries().filter((c) => c.source === 'referral' && c.met.includes('language'));
    expect(matching.length).toBeGreaterThan(0);
    renderApp('/?source=referral&met=language');
    await findBoard();
    expect(screen.getByRole('button', { name: /Source: Referral/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Meets: Backend language/ })).toBeInTheDocument();
    const matchingNames = new Set(matching.map((c) => c.name));
    const shown = screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(matchingNames).toContain(name);
    for (const stage of STAGES) {
      const expected = matching.filter((c) => c.stage === stage).length;
      expect(within(column(stage)).getByLabelText(`${expected} candidates`)).toBeInTheDocument();
    }
  });

  it('filters by text as you type and keeps the query in the URL', async () => {
    const target = activeSummaries()[0]!;
    const { user, router } = renderApp('/');
    await findBoard();
    await user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), target.company);
    await waitFor(() => expect(router.state.location.search).toContain(`q=${encodeURIComponent(target.company).replace(/%20/g, '+')}`));
    const expected = activeSummaries().filter((c) => `${c.name} ${c.headline} ${c.company}`.toLowerCase().includes(target.company.toLowerCase()));
    await waitFor(() => {
      const total = STAGES.reduce((sum, stage) => sum + Number(within(column(stage)).getByText(/^\d+$/).textContent), 0);
      expect(total).toBe(expected.length);
    });
    expect(cardIn(target.stage, target.name)).toBeInTheDocument();
  });

  it('hides rejected and withdrawn candidates unless asked', async () => {
    const closed = api.db.visibleSummaries(api.db.user('u-priya')!).find((c) => c.status === 'rejected')!;
    const { user } = renderApp(`/?q=${encodeURIComponent(closed.name)}`);
    await findBoard();
    expect(cardIn(closed.stage, closed.name)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show hired, rejected and withdrawn' }));
    const card = await within(column(closed.stage)).findByRole('article', { name: closed.name });
    expect(within(card).getByText('Rejected')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Move/ })).not.toBeInTheDocument();
  });

  it('shows the scorecard summary and flags candidates waiting for a decision', async () => {
    const waiting = activeSummaries().find((c) => c.needsDecision && c.scorecards)!;
    expect(waiting).toBeDefined();
    const submitted = api.db.scorecardsOf(waiting.id).filter((s) => s.status === 'submitted');
    renderApp(`/?q=${encodeURIComponent(waiting.name)}`);
    await findBoard();
    const card = await within(column('onsite')).findByRole('article', { name: waiting.name });
    expect(within(card).getByText('Needs decision')).toBeInTheDocument();
    const yes = submitted.filter((s) => s.recommendation === 'yes').length;
    const sentence = within(card).getByText(/^Scorecards: /);
    if (yes > 0) expect(sentence).toHaveTextContent(`${yes} yes`);
    expect(sentence).not.toHaveTextContent('pending');
  });

  it('keeps an interviewer blind on the board: no scorecard summary until theirs is submitted', async () => {
    api.signIn('u-dana');
    const dana = api.db.user('u-dana')!;
    const blind = api.db.visibleSummaries(dana).find((c) => c.status === 'active' && !api.db.hasSubmittedFor('u-dana', c.id) && api.db.summary(c.id)?.scorecards?.submitted)!;
    expect(blind).toBeDefined();
    renderApp(`/?q=${encodeURIComponent(blind.name)}`);
    await findBoard();
    const card = await within(column(blind.stage)).findByRole('article', { name: blind.name });
    expect(within(card).queryByText(/^Scorecards: /)).not.toBeInTheDocument();
    expect(within(card).queryByText('Needs decision')).not.toBeInTheDocument();
  });

  it('shows an interviewer only the candidates they interview, without move controls', async () => {
    api.signIn('u-dana');
    const dana = api.db.user('u-dana')!;
    const visible = api.db.visibleSummaries(dana);
    const everyone = api.db.visibleSummaries(api.db.user('u-priya')!);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(everyone.length);
    renderApp('/?closed=1');
    await findBoard();
    expect(screen.getByText(`${visible.length} candidates`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Move .* to…$/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Moving candidates is up to recruiters/)).toBeInTheDocument();
  });

  it('keeps the board, with a banner, when a refresh fails; "Try again" brings it back up to date', async () => {
    const { user, queryClient } = renderApp('/');
    await findBoard();
    const cards = screen.getAllByRole('article').length;
    let failing = true;
    api.server.use(http.get(`${API}/candidates`, () => (failing ? HttpResponse.error() : undefined)));
    void queryClient.invalidateQueries({ queryKey: ['candidates', 'list'] });

    const banner = await waitFor(() => {
      const found = screen.getAllByRole('status').find((el) => /Can't reach the server — showing the pipeline as last loaded/.test(el.textContent ?? ''));
      expect(found).toBeDefined();
      return found!;
    });
    expect(screen.getAllByRole('article')).toHaveLength(cards);
    expect(screen.queryByText(/Could not load the pipeline/)).not.toBeInTheDocument();

    failing = false;
    await user.click(within(banner).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(banner).not.toBeInTheDocument());
    expect(screen.getAllByRole('article')).toHaveLength(cards);
  });

  it('offers a retry when the candidate list cannot be loaded', async () => {
    let failing = true;
    api.server.use(http.get(`${API}/candidates`, () => (failing ? HttpResponse.error() : undefined)));
    const { user } = renderApp('/');
    expect(await screen.findByText(/Could not load the pipeline: Could not reach the server/)).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await findBoard();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_KIND_LABELS, QUALIFICATIONS, RATING_LABELS, RECOMMENDATION_LABELS, type Scorecard } from '../../src/domain';
import { http, HttpResponse } from 'msw';
import { API, setupMockApi } from '../support/mock-api';
import { notifications, renderApp } from '../support/render-app';
import { saveBehindTheUi } from '../support/scorecards';

const api = setupMockApi({ signedInAs: 'u-marcus' });

/** The review queue as the server orders it: longest waiting first (same rule as the API). */
function queue() {
  return [...api.db.allCandidates()]
    .filter((c) => api.db.summary(c.id)?.needsDecision)
    .map((c) => {
      const waitingSince = api.db
        .scorecardsOf(c.id)
        .filter((s) => api.db.interview(s.interviewId)?.stage === 'onsite')
        .reduce((latest, s) => (s.submittedAt && s.submittedAt > latest ? s.submittedAt : latest), c.stageEnteredAt);
      return { candidate: c, waitingSince };
    })
    .sort((a, b) => a.waitingSince.localeCompare(b.waitingSince))
    .map((item) => item.candidate);
}

function submittedOf(candidateId: string): Scorecard[] {
  return api.db.scorecardsOf(candidateId).filter((s) => s.status === 'submitted');
}

async function openReview(candidateId: string) {
  const view = renderApp(`/review/${candidateId}`);
  await screen.findByRole('heading', { level: 1, name: api.db.candidate(candidateId)!.name });
  await screen.findByRole('table', { name: 'Ratings by qualification and interview' });
  return view;
}

describe('review queue', () => {
  it('lists candidates waiting for a decision, longest waiting first, with their recommendation tally', async () => {
    const waiting = queue();
    const { user } = renderApp('/');
    const nav = within(await screen.findByRole('navigation', { name: 'Main' }));
    await user.click(await nav.findByRole('link', { name: `Review, ${waiting.length} waiting for a decision` }));
    await screen.findByRole('heading', { level: 1, name: 'Review' });
    const links = await screen.findAllByRole('link', { name: new RegExp(waiting.map((c) => c.name).join('|')) });
    expect(links.map((l) => l.textContent)).toEqual(waiting.map((c) => c.name));
    const first = waiting[0]!;
    const cards = submittedOf(first.id);
    const hire = cards.filter((s) => s.recommendation === 'yes' || s.recommendation === 'strong_yes').length;
    const row = links[0]!.closest('li')!;
    expect(within(row).getByText(`${hire} of ${cards.length} recommend hiring`)).toBeInTheDocument();
    expect(within(row).getByText(/^Waiting /)).toBeInTheDocument();

    // J moves through the list; Enter opens.
    await user.keyboard('j');
    expect(links[0]).toHaveFocus();
    await user.keyboard('j');
    expect(links[1]).toHaveFocus();
    await user.keyboard('k');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: first.name })).toBeInTheDocument();
  });

  it('keeps the queue, with a banner, when a refresh fails', async () => {
    const waiting = queue();
    const { queryClient } = renderApp('/review');
    await screen.findAllByRole('link', { name: waiting[0]!.name });
    api.server.use(http.get(`${API}/review/queue`, () => HttpResponse.error()));
    void queryClient.invalidateQueries({ queryKey: ['review'] });
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((el) => /Can't reach the server — showing the queue as last loaded/.test(el.textContent ?? ''))).toBe(true),
    );
    expect(screen.getByRole('link', { name: waiting[0]!.name })).toBeInTheDocument();
    expect(screen.queryByText(/Could not load the queue/)).not.toBeInTheDocument();
  });

  it('is not for interviewers', async () => {
    api.signIn('u-dana');
    renderApp('/review');
    expect(await screen.findByRole('heading', { level: 1, name: 'The review queue is for the hiring manager and recruiters' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: /^Review/ })).not.toBeInTheDocument();
  });
});

describe('review page', () => {
  it('shows every submitted scorecard side by side: ratings by glyph and words, recommendations, agreement', async () => {
    const candidate = queue()[0]!;
    const cards = submittedOf(candidate.id);
    await openReview(candidate.id);
    const table = screen.getByRole('table', { name: 'Ratings by qualification and interview' });
    const headers = within(table).getAllByRole('columnheader');
    // Qualification, one per scorecard, Agreement.
    expect(headers).toHaveLength(cards.length + 2);
    for (const card of cards) expect(headers.some((h) => h.textContent?.includes(card.author.name))).toBe(true);

    const rows = within(table).getAllByRole('row');
    const qualificationRows = rows.filter((row) => QUALIFICATIONS.some((q) => within(row).queryByRole('rowheader', { name: q.label })));
    expect(qualificationRows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(QUALIFICATIONS.map((q) => q.label));
    // Each rating sits in its interview's column, as words (the glyph is decoration).
    const columnOf = (card: Scorecard) => headers.findIndex((h) => h.textContent?.includes(INTERVIEW_KIND_LABELS[api.db.interview(card.interviewId)!.kind]));
    for (const [index, q] of QUALIFICATIONS.entries()) {
      const cells = within(qualificationRows[index]!).getAllByRole('cell');
      for (const card of cards) {
        const rating = card.ratings[q.id];
        const cell = cells[columnOf(card) - 1]!;
        if (rating) expect(cell).toHaveTextContent(RATING_LABELS[rating]);
        else expect(cell.textContent).toMatch(/^(Not rated|Not assessed)$/);
      }
    }
    const overallRow = within(table).getByRole('row', { name: /Overall recommendation/ });
    for (const card of cards) {
      expect(within(overallRow).getAllByRole('cell')[columnOf(card) - 1]).toHaveTextContent(card.recommendation ? RECOMMENDATION_LABELS[card.recommendation] : 'No decision');
    }
    const hire = cards.filter((s) => s.recommendation === 'yes' || s.recommendation === 'strong_yes');
    const summary = screen.getByRole('region', { name: 'Where the interviewers agree' });
    expect(within(summary).getByText(new RegExp(`${hire.length} of ${cards.length} recommend hiring`))).toBeInTheDocument();
    const takeaways = screen.getByRole('region', { name: 'Takeaways' });
    for (const card of cards) expect(within(takeaways).getAllByText(card.takeaways).length).toBeGreaterThan(0);
  });

  it('lets only the hiring manager decide: a recruiter sees why, and no decision controls', async () => {
    api.signIn('u-priya');
    const candidate = queue()[0]!;
    const { user } = await openReview(candidate.id);
    expect(screen.getByText('Only the hiring manager decides')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Advance to Offer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reject/ })).not.toBeInTheDocument();
    await user.keyboard('a');
    await user.keyboard('r');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('announcer-assertive')).toHaveTextContent('Only the hiring manager decides.');
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'onsite', status: 'active', version: candidate.version });
  });

  it('asks before A advances someone not in the queue, naming the scorecards not in', async () => {
    const candidate = [...api.db.allCandidates()].find(
        (c) =>
          c.stage === 'onsite' &&
          c.status === 'active' &&
          submittedOf(c.id).length > 0 &&
          api.db.interviews.some((i) => i.candidateId === c.id && i.stage === 'onsite' && api.db.scorecardFor(i.id)?.status !== 'submitted'),
      )!;
    const missing = api.db.interviews.find((i) => i.candidateId === candidate.id && i.stage === 'onsite' && api.db.scorecardFor(i.id)?.status !== 'submitted')!;
    const { user } = await openReview(candidate.id);
    await user.keyboard('a');
    const dialog = await screen.findByRole('alertdialog', { name: `Advance ${candidate.name} to Offer?` });
    expect(within(dialog).getByText(new RegExp(`${missing.interviewerName}’s ${INTERVIEW_KIND_LABELS[missing.kind]} scorecard is not in`))).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'onsite', version: candidate.version });

    await user.keyboard('a');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Advance anyway' }));
    await waitFor(() => expect(api.db.candidate(candidate.id)?.stage).toBe('offer'));
  });

  it('offers "Compare scorecards" on the candidate page only once a scorecard is submitted', async () => {
    const without = [...api.db.allCandidates()].find((c) => c.status === 'active' && submittedOf(c.id).length === 0 && api.db.interviews.some((i) => i.candidateId === c.id))!;
    renderApp(`/candidates/${without.id}`);
    const panel = await screen.findByRole('region', { name: 'Interviews and scorecards' });
    await waitFor(() => expect(within(panel).queryByText('Loading scorecards…')).not.toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'Compare scorecards side by side' })).not.toBeInTheDocument();
  });

  it('advances to Offer in one step, then shows the next candidate waiting', async () => {
    const [first, second] = queue();
    const { user } = await openReview(first!.id);
    await user.click(screen.getByRole('button', { name: /Advance to Offer/ }));
    await waitFor(() => expect(api.db.candidate(first!.id)?.stage).toBe('offer'));
    expect(await screen.findByRole('heading', { level: 1, name: second!.name })).toBeInTheDocument();
    expect(await notifications().findByText(`Advanced ${first!.name} to Offer`)).toBeInTheDocument();
    expect(api.db.activityOf(first!.id).some((e) => e.type === 'stage_changed' && e.to === 'offer' && e.actor.id === 'u-marcus')).toBe(true);
  });

  it('rejects by keyboard (R) with a reason; unmet qualifications are pre-ticked from the low ratings', async () => {
    const [first, second] = queue();
    const low = QUALIFICATIONS.filter((q) => submittedOf(first!.id).some((s) => s.ratings[q.id] === 'no' || s.ratings[q.id] === 'definitely_not')).map((q) => q.id);
    const { user } = await openReview(first!.id);
    await user.keyboard('r');
    const dialog = await screen.findByRole('dialog', { name: `Reject ${first!.name}` });
    for (const q of QUALIFICATIONS) {
      const box = within(dialog).getByRole('checkbox', { name: new RegExp(`^${q.label}`) });
      if (low.includes(q.id)) expect(box).toBeChecked();
      else expect(box).not.toBeChecked();
    }
    // Typing in the dialog never triggers a page shortcut.
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'jak: design stayed shallow');
    expect(screen.getByRole('heading', { level: 1, name: first!.name, hidden: true })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBe(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'System design did not meet the bar');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));

    await waitFor(() => expect(api.db.candidate(first!.id)?.status).toBe('rejected'));
    expect(api.db.candidate(first!.id)?.statusChange).toMatchObject({
      reason: 'System design did not meet the bar',
      note: 'jak: design stayed shallow',
      unmetQualifications: low,
      by: { id: 'u-marcus' },
    });
    expect(await screen.findByRole('heading', { level: 1, name: second!.name })).toBeInTheDocument();
  });

  it('moves through the queue with J and K, and shows the shortcuts with ?', async () => {
    const [first, second] = queue();
    const { user } = await openReview(first!.id);
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { level: 1, name: second!.name })).toBeInTheDocument();
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent(`${second!.name}, 2 of`);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: second!.name })).toHaveFocus());
    await user.keyboard('k');
    expect(await screen.findByRole('heading', { level: 1, name: first!.name })).toBeInTheDocument();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Advance to Offer (hiring manager)')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('renders takeaways as text, never as HTML', async () => {
    const candidate = queue()[0]!;
    const hostile = '<img src=x onerror=alert(1)>';
    saveBehindTheUi(api.db, submittedOf(candidate.id)[0]!, { takeaways: hostile, privateNotes: '<script>alert(2)</script>' });
    await openReview(candidate.id);
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
  });
});

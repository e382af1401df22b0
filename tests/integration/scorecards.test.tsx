import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { problems } from '../support/problems';
import { INTERVIEW_KIND_LABELS, qualificationById } from '../../src/domain';
import { API, setupMockApi } from '../support/mock-api';
import { renderApp } from '../support/render-app';
import {
  blindInterview,
  draftInterview,
  openScorecard,
  panelWithin,
  renderScorecardsPanel,
  saveBehindTheUi,
  saveStatus,
  submittedInterview,
  takeawaysBox,
} from '../support/scorecards';

const api = setupMockApi({ signedInAs: 'u-dana' });
const PUT_SCORECARD = `${API}/interviews/:id/scorecard`;
const SAVE_WAIT = { timeout: 4000 };

// Leaving the form sends a pending autosave: let it land in this test's database, not the next one's.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 50));
});

describe('my interviews', () => {
  it('groups the interviewer’s interviews by what is left to write, and counts them in the navigation', async () => {
    const mine = api.db.interviews.filter((i) => i.interviewerId === 'u-dana');
    const progress = (id: string) => api.db.scorecardFor(id)?.status ?? 'missing';
    const toWrite = mine.filter((i) => progress(i.id) === 'missing');
    const drafts = mine.filter((i) => progress(i.id) === 'draft');
    const { user } = renderApp('/');
    const nav = within(await screen.findByRole('navigation', { name: 'Main' }));
    const link = await nav.findByRole('link', { name: `My interviews, ${toWrite.length + drafts.length} to write` });
    expect(nav.queryByRole('link', { name: /^Review/ })).not.toBeInTheDocument();

    await user.click(link);
    const groups = {
      toWrite: await screen.findByRole('region', { name: /^To write/ }),
      drafts: screen.getByRole('region', { name: /^Drafts/ }),
      submitted: screen.getByRole('region', { name: /^Submitted/ }),
    };
    expect(within(groups.toWrite).getAllByRole('listitem')).toHaveLength(toWrite.length);
    const first = toWrite[0]!;
    const candidate = api.db.candidate(first.candidateId)!;
    const row = within(groups.toWrite).getByRole('listitem', { name: candidate.name });
    expect(within(row).getByText(INTERVIEW_KIND_LABELS[first.kind])).toBeInTheDocument();
    for (const q of first.focus) expect(within(row).getByText(qualificationById(q).label)).toBeInTheDocument();
    for (const draft of drafts) {
      expect(within(groups.drafts).getByRole('listitem', { name: api.db.candidate(draft.candidateId)!.name })).toBeInTheDocument();
    }

    await user.click(within(row).getByRole('link', { name: /Write scorecard/ }));
    expect(await screen.findByRole('heading', { level: 1, name: candidate.name })).toBeInTheDocument();
  });
});

describe('blind review in the UI', () => {
  it('shows an interviewer only “Submit your scorecard to see the others” until they submit, then the others’ scorecards', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    const others = api.db.scorecardsOf(interview.candidateId).filter((s) => s.status === 'submitted' && s.author.id !== 'u-dana');
    const { user } = await openScorecard(api.db, interview);

    const panel = panelWithin();
    expect(await panel.findByText('Submit your scorecard to see the others.')).toBeInTheDocument();
    expect(panel.getAllByText('Hidden until yours is in').length).toBeGreaterThanOrEqual(others.length);
    for (const other of others) expect(screen.queryByText(other.takeaways)).not.toBeInTheDocument();

    // Write and submit.
    await user.click(within(screen.getByRole('radiogroup', { name: /Overall recommendation/ })).getByRole('radio', { name: 'Strong yes' }));
    await user.type(takeawaysBox(), 'Designed a clean ledger with idempotent writes.');
    await user.click(screen.getByRole('button', { name: /Submit scorecard/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit your scorecard?' });
    expect(within(dialog).getByText(/Submitting is final\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Submit scorecard' }));

    await waitFor(() => expect(api.db.scorecardFor(interview.id)?.status).toBe('submitted'));
    expect(await screen.findByText(/Submitted\. Your scorecard is final/)).toBeInTheDocument();
    await waitFor(() => expect(panelWithin().queryByText('Submit your scorecard to see the others.')).not.toBeInTheDocument());
    for (const other of others) {
      expect((await panelWithin().findAllByText(other.takeaways)).length).toBeGreaterThan(0);
      // Other interviewers' private notes stay private.
      if (other.privateNotes) expect(panelWithin().queryByText(other.privateNotes)).not.toBeInTheDocument();
    }
  });

  it('shows recruiters and the hiring manager every submitted scorecard with private notes, and nobody’s drafts', async () => {
    const candidate = [...api.db.allCandidates()].find((c) => {
      const cards = api.db.scorecardsOf(c.id);
      return cards.some((s) => s.status === 'draft' && s.takeaways) && cards.some((s) => s.status === 'submitted' && s.privateNotes);
    })!;
    const cards = api.db.scorecardsOf(candidate.id);
    const submitted = cards.filter((s) => s.status === 'submitted');
    const drafts = cards.filter((s) => s.status === 'draft' && s.takeaways && !submitted.some((x) => x.takeaways === s.takeaways));

    for (const viewerId of ['u-priya', 'u-marcus']) {
      api.signIn(viewerId);
      const viewer = api.db.user(viewerId)!;
      const view = renderScorecardsPanel(viewer, candidate.id);
      const panel = within(await screen.findByRole('region', { name: 'Interviews and scorecards' }));
      await panel.findAllByText(submitted[0]!.takeaways);
      expect(panel.queryByText('Submit your scorecard to see the others.')).not.toBeInTheDocument();
      expect(panel.getByText(`${submitted.length} of ${api.db.interviewsOf(candidate.id).length} submitted`)).toBeInTheDocument();
      expect(panel.getAllByText(submitted.find((s) => s.privateNotes)!.privateNotes).length).toBeGreaterThan(0);
      for (const draft of drafts.filter((d) => d.author.id !== viewerId)) expect(panel.queryByText(draft.takeaways)).not.toBeInTheDocument();
      view.unmount();
    }
  });
});

describe('autosaved drafts', () => {
  it('saves what is typed as a draft, and keeps it through a reload', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    const first = await openScorecard(api.db, interview);
    expect(saveStatus()).toHaveTextContent('Saves automatically as you type');
    await first.user.type(takeawaysBox(), 'Strong on consistency models');
    // Reload before the autosave had a chance: nothing typed is lost.
    first.unmount();
    cleanup();

    const second = await openScorecard(api.db, interview);
    expect(takeawaysBox()).toHaveValue('Strong on consistency models');
    await waitFor(() => expect(api.db.scorecardFor(interview.id)?.takeaways).toBe('Strong on consistency models'), SAVE_WAIT);
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saved just now'), SAVE_WAIT);
    expect(api.db.scorecardFor(interview.id)?.status).toBe('draft');

    // Typing more autosaves on top of the saved version.
    await second.user.type(takeawaysBox(), ', and about trade-offs.');
    expect(saveStatus()).toHaveTextContent('Saving…');
    await waitFor(() => expect(api.db.scorecardFor(interview.id)?.takeaways).toBe('Strong on consistency models, and about trade-offs.'), SAVE_WAIT);
    // Once the server has exactly that, the copy on this device is gone.
    await waitFor(() => expect(Object.keys(localStorage).filter((k) => k.includes('scorecard-draft'))).toEqual([]));
  });

  it('restores text the server never got after a reload, says so, and saves it', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    api.server.use(http.put(PUT_SCORECARD, () => HttpResponse.error()));
    const first = await openScorecard(api.db, interview);
    await first.user.type(takeawaysBox(), 'Typed while offline');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Offline: kept on this device'), SAVE_WAIT);
    first.unmount();
    api.server.resetHandlers();

    await openScorecard(api.db, interview);
    expect(takeawaysBox()).toHaveValue('Typed while offline');
    expect(screen.getByText(/Restored what you typed on this device/)).toBeInTheDocument();
    await waitFor(() => expect(api.db.scorecardFor(interview.id)?.takeaways).toBe('Typed while offline'), SAVE_WAIT);
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saved just now'));
  });

  it('keeps the text when a save fails, says it is not saved, and saves it once the server recovers', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    api.server.use(http.put(PUT_SCORECARD, () => problems.serverError()));
    const { user } = await openScorecard(api.db, interview);
    await user.type(takeawaysBox(), 'Kept through a server error');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Not saved — retrying'), SAVE_WAIT);
    expect(takeawaysBox()).toHaveValue('Kept through a server error');
    expect(api.db.scorecardFor(interview.id)).toBeUndefined();
    expect(screen.getByTestId('announcer-assertive')).toHaveTextContent(/Draft not saved; retrying/);

    // Offline now: said differently.
    api.server.use(http.put(PUT_SCORECARD, () => HttpResponse.error()));
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Offline: kept on this device'), SAVE_WAIT);
    expect(takeawaysBox()).toHaveValue('Kept through a server error');

    // The server is back.
    api.server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(api.db.scorecardFor(interview.id)?.takeaways).toBe('Kept through a server error'), SAVE_WAIT);
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saved just now'));
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent('Draft saved.');
  });

  it('retries a failed save by itself', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    let failures = 0;
    api.server.use(
      http.put(PUT_SCORECARD, async ({ request }) => {
        const body = (await request.clone().json()) as { takeaways: string };
        if (body.takeaways !== 'Saved on the second try') return undefined;
        failures += 1;
        return failures === 1 ? problems.serverError() : undefined;
      }),
    );
    const { user } = await openScorecard(api.db, interview);
    await user.type(takeawaysBox(), 'Saved on the second try');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Not saved — retrying'), SAVE_WAIT);
    await waitFor(() => expect(api.db.scorecardFor(interview.id)?.takeaways).toBe('Saved on the second try'), SAVE_WAIT);
    expect(failures).toBe(2);
  });

  it('on a conflict (saved in another tab) keeps what is typed and offers the choice: keep mine', async () => {
    const { interview, draft } = draftInterview(api.db, 'u-dana');
    const { user } = await openScorecard(api.db, interview);
    const theirs = saveBehindTheUi(api.db, draft, { takeaways: 'Written in the other tab' });

    await user.clear(takeawaysBox());
    await user.type(takeawaysBox(), 'Written here');
    const banner = await screen.findByRole('region', { name: /saved in another tab or device/ }, SAVE_WAIT);
    expect(takeawaysBox()).toHaveValue('Written here');
    expect(saveStatus()).toHaveTextContent('Not saved: changed in another tab');
    expect(within(banner).getByText('Written in the other tab')).toBeInTheDocument();
    expect(api.db.scorecardFor(interview.id)).toMatchObject({ version: theirs.version, takeaways: 'Written in the other tab' });
    expect(screen.getByRole('button', { name: /Submit scorecard/ })).toBeDisabled();

    await user.click(within(banner).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(api.db.scorecardFor(interview.id)).toMatchObject({ version: theirs.version + 1, takeaways: 'Written here' }), SAVE_WAIT);
    expect(screen.queryByRole('region', { name: /saved in another tab or device/ })).not.toBeInTheDocument();
    expect(takeawaysBox()).toHaveValue('Written here');
  });

  it('on a conflict can take the saved version instead', async () => {
    const { interview, draft } = draftInterview(api.db, 'u-dana');
    const { user } = await openScorecard(api.db, interview);
    const theirs = saveBehindTheUi(api.db, draft, { takeaways: 'Written in the other tab' });
    await user.type(takeawaysBox(), ' plus mine');
    const banner = await screen.findByRole('region', { name: /saved in another tab or device/ }, SAVE_WAIT);
    await user.click(within(banner).getByRole('button', { name: 'Use the saved one' }));
    expect(takeawaysBox()).toHaveValue('Written in the other tab');
    expect(saveStatus()).toHaveTextContent(/^✓Saved/);
    expect(api.db.scorecardFor(interview.id)?.version).toBe(theirs.version);
    // Editing again continues from that version.
    await user.type(takeawaysBox(), '!');
    await waitFor(() => expect(api.db.scorecardFor(interview.id)).toMatchObject({ version: theirs.version + 1, takeaways: 'Written in the other tab!' }), SAVE_WAIT);
  });
});

describe('submitting', () => {
  it('needs a recommendation and key takeaways, said beside each field', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    const { user } = await openScorecard(api.db, interview);
    await user.click(screen.getByRole('button', { name: /Submit scorecard/ }));

    const recommendation = screen.getByRole('radiogroup', { name: /Overall recommendation/ });
    expect(recommendation).toHaveAttribute('aria-invalid', 'true');
    expect(recommendation).toHaveAccessibleDescription(/Choose an overall recommendation before submitting\./);
    expect(takeawaysBox()).toHaveAttribute('aria-invalid', 'true');
    expect(takeawaysBox()).toHaveAccessibleDescription(/Write your key takeaways before submitting\./);
    expect(within(recommendation).getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // Fixing one clears its message.
    await user.click(within(recommendation).getByRole('radio', { name: 'Yes' }));
    expect(recommendation).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Choose an overall recommendation before submitting.')).not.toBeInTheDocument();
    expect(screen.getByText('Write your key takeaways before submitting.')).toBeInTheDocument();
    await user.type(takeawaysBox(), 'Enough to go on.');
    await user.click(screen.getByRole('button', { name: /Submit scorecard/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit your scorecard?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.db.scorecardFor(interview.id)?.status).not.toBe('submitted');
  });

  it('makes the scorecard read-only once submitted, with its focus ratings first', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    const { user } = await openScorecard(api.db, interview);
    const [firstFocus] = interview.focus;
    const group = screen.getByRole('radiogroup', { name: new RegExp(qualificationById(firstFocus!).label) });
    await user.click(within(group).getByRole('radio', { name: 'Mixed' }));
    await user.click(within(screen.getByRole('radiogroup', { name: /Overall recommendation/ })).getByRole('radio', { name: 'No' }));
    await user.type(takeawaysBox(), 'Final words.');
    await user.type(screen.getByRole('textbox', { name: /Private notes/ }), 'Only for the hiring team.');
    await user.click(screen.getByRole('button', { name: /Submit scorecard/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit scorecard' }));

    await screen.findByText(/Submitted\. Your scorecard is final/);
    expect(api.db.scorecardFor(interview.id)).toMatchObject({
      status: 'submitted',
      recommendation: 'no',
      takeaways: 'Final words.',
      privateNotes: 'Only for the hiring team.',
      ratings: { [firstFocus!]: 'mixed' },
    });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Submit scorecard/ })).not.toBeInTheDocument();
    expect(screen.getByText('Final words.')).toBeInTheDocument();
    expect(screen.getByText('Submitted scorecards are final and can’t be edited.')).toBeInTheDocument();
  });

  it('opens an already submitted scorecard read-only, with nothing to edit', async () => {
    const { interview, scorecard } = submittedInterview(api.db, 'u-dana');
    await openScorecard(api.db, interview);
    const yours = screen.getByRole('region', { name: 'Your scorecard' });
    expect(within(yours).getByText(scorecard.takeaways)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Submit/ })).not.toBeInTheDocument();
  });

  it('renders takeaways as text, never as HTML', async () => {
    const interview = blindInterview(api.db, 'u-dana');
    const hostile = '<img src=x onerror=alert(1)>';
    const { user } = await openScorecard(api.db, interview);
    await user.click(within(screen.getByRole('radiogroup', { name: /Overall recommendation/ })).getByRole('radio', { name: 'Yes' }));
    await user.type(takeawaysBox(), hostile);
    await user.click(screen.getByRole('button', { name: /Submit scorecard/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit scorecard' }));
    await screen.findByText(/Submitted\. Your scorecard is final/);
    expect(within(screen.getByRole('region', { name: 'Your scorecard' })).getByText(hostile)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('who may open a scorecard', () => {
  it('does not open another interviewer’s interview', async () => {
    const theirs = api.db.interviews.find((i) => i.interviewerId === 'u-tomas')!;
    renderApp(`/interviews/${theirs.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Interview not found' })).toBeInTheDocument();
  });

  it('counts "Other scorecards" without the viewer’s own interview', async () => {
    // An interviewer past blind review for a candidate with other interviews, some submitted.
    const dana = api.db.interviews.filter((i) => i.interviewerId === 'u-dana');
    const fit = dana
      .map((interview) => ({ interview, others: api.db.interviewsOf(interview.candidateId).filter((i) => i.id !== interview.id) }))
      .find(({ interview, others }) => api.db.hasSubmittedFor('u-dana', interview.candidateId) && others.length > 0 && api.db.scorecardFor(interview.id)?.status === 'submitted');
    expect(fit, 'a submitted interview of Dana with other interviews of the same candidate').toBeDefined();
    const { interview, others } = fit!;
    const othersSubmitted = others.filter((i) => api.db.scorecardFor(i.id)?.status === 'submitted').length;
    await openScorecard(api.db, interview);
    const panel = within(await screen.findByRole('region', { name: 'Other scorecards' }));
    expect(await panel.findByText(`${othersSubmitted} of ${others.length} submitted`)).toBeInTheDocument();
  });
});

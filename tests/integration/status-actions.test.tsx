import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { problems } from '../support/problems';
import { type Candidate, QUALIFICATIONS, STAGE_LABELS } from '../../src/domain';
import { API, setupMockApi } from '../support/mock-api';
import { changeBehindTheUi, openCandidate, pickCandidate, timeline } from '../support/candidates';
import { cardIn, column, findBoard, notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });
const STATUS = `${API}/candidates/:id/status`;

function statusChanges(candidate: Candidate) {
  return api.db.activityOf(candidate.id).filter((e) => e.type === 'status_changed');
}

async function openDialog(user: Awaited<ReturnType<typeof openCandidate>>['user'], button: string, title: RegExp) {
  await user.click(screen.getByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: title });
}

describe('status actions', () => {
  it('rejects with a reason, naming unmet qualifications (pre-ticked from the checklist), then restores to the stage they left from', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'screen' && Object.values(c.assessments).some((a) => a.status === 'not_met'));
    const notMet = QUALIFICATIONS.filter((q) => candidate.assessments[q.id].status === 'not_met').map((q) => q.id);
    // Start on the board, to see it refresh afterwards.
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    await user.click(await within(column('screen')).findByRole('link', { name: candidate.name }));
    await screen.findByRole('heading', { level: 1, name: candidate.name });

    const dialog = await openDialog(user, 'Reject', new RegExp(`Reject ${candidate.name}`));
    for (const q of QUALIFICATIONS) {
      const box = within(dialog).getByRole('checkbox', { name: new RegExp(`^${q.label}`) });
      if (notMet.includes(q.id)) expect(box).toBeChecked();
      else expect(box).not.toBeChecked();
    }
    // No reason yet: the form says so and sends nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /Reason/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('combobox', { name: /Reason/ })).toHaveFocus();
    expect(statusChanges(candidate).filter((e) => e.actor.id === 'u-priya')).toHaveLength(0);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'Not enough depth in distributed systems');
    const extra = QUALIFICATIONS.find((q) => !notMet.includes(q.id))!;
    await user.click(within(dialog).getByRole('checkbox', { name: new RegExp(`^${extra.label}`) }));
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Design round stayed shallow.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const rejected = api.db.candidate(candidate.id)!;
    expect(rejected).toMatchObject({
      status: 'rejected',
      stage: 'screen',
      statusChange: {
        reason: 'Not enough depth in distributed systems',
        note: 'Design round stayed shallow.',
        by: { id: 'u-priya' },
        unmetQualifications: QUALIFICATIONS.filter((q) => notMet.includes(q.id) || q.id === extra.id).map((q) => q.id),
      },
    });
    const record = screen.getByRole('region', { name: /Rejection reason/ });
    expect(within(record).getByText('Not enough depth in distributed systems')).toBeInTheDocument();
    expect(within(record).getByText(extra.label)).toBeInTheDocument();
    expect(await within(timeline()).findByText(/rejected them/)).toBeInTheDocument();
    expect(await notifications().findByText(`Rejected ${candidate.name}: Not enough depth in distributed systems.`)).toBeInTheDocument();
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent(`Rejected ${candidate.name}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: `Restore to ${STAGE_LABELS.screen}` }));
    await waitFor(() => expect(api.db.candidate(candidate.id)).toMatchObject({ status: 'active', stage: 'screen', statusChange: null }));
    expect(await notifications().findByText(`Restored ${candidate.name} to Screen.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', { name: /Rejection reason/ })).not.toBeInTheDocument());
    expect(await within(timeline()).findByText(/restored them \(they were rejected\)/)).toBeInTheDocument();
    expect(statusChanges(candidate).filter((e) => e.actor.id === 'u-priya').map((e) => e.type === 'status_changed' && [e.from, e.to])).toEqual([
      ['active', 'rejected'],
      ['rejected', 'active'],
    ]);

    // Back on the board, the list has been refreshed: the candidate is there, active, in Screen.
    await user.click(screen.getByRole('link', { name: 'Back to pipeline' }));
    await waitFor(() => expect(cardIn('screen', candidate.name)).toBeInTheDocument());
  });

  it('refreshes the board after a rejection: the card leaves the (active-only) board', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'applied');
    const { user } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    await user.click(await within(column('applied')).findByRole('link', { name: candidate.name }));
    await screen.findByRole('heading', { level: 1, name: candidate.name });
    const dialog = await openDialog(user, 'Reject', /Reject/);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'Role filled by another candidate');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('link', { name: 'Back to pipeline' }));
    await findBoard();
    await waitFor(() => expect(cardIn('applied', candidate.name)).not.toBeInTheDocument());
  });

  it('keeps the reason, ticks and note when rejecting fails, and says why', async () => {
    api.server.use(http.post(STATUS, () => problems.serverError()));
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    const { user } = await openCandidate(candidate);
    const dialog = await openDialog(user, 'Reject', /Reject/);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'Other');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));
    // "Other" needs a note.
    expect(within(dialog).getByText('Say what the reason is in a note.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Relocation is not possible.');
    await user.click(within(dialog).getByRole('checkbox', { name: /^Security & privacy/ }));
    const securityTicked = within(dialog).getByRole('checkbox', { name: /^Security & privacy/ }).matches(':checked');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));

    expect(await within(dialog).findByText(/Nothing was changed: The server hit an unexpected error/)).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).getByRole('combobox', { name: /Reason/ })).toHaveValue('Other');
    expect(within(dialog).getByRole('textbox', { name: /Note/ })).toHaveValue('Relocation is not possible.');
    expect(within(dialog).getByRole('checkbox', { name: /^Security & privacy/ }).matches(':checked')).toBe(securityTicked);
    expect(api.db.candidate(candidate.id)?.status).toBe('active');
  });

  it('retries a status change whose answer was lost with the same idempotency key: applied once', async () => {
    const realHandlers = createHandlers(api.backend, API);
    const keys: (string | null)[] = [];
    api.server.use(
      http.post(STATUS, async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        const response = await getResponse(realHandlers, request);
        return keys.length === 1 ? HttpResponse.error() : response;
      }),
    );
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    const { user } = await openCandidate(candidate);
    const dialog = await openDialog(user, 'Mark withdrawn', /withdrawn/);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'Accepted another offer');
    await user.click(within(dialog).getByRole('button', { name: 'Mark withdrawn' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 4000 });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(api.db.candidate(candidate.id)).toMatchObject({ status: 'withdrawn', statusChange: { reason: 'Accepted another offer' } });
    expect(statusChanges(candidate).filter((e) => e.actor.id === 'u-priya')).toHaveLength(1);
    expect(await notifications().findByText(`Marked ${candidate.name} withdrawn: Accepted another offer.`)).toBeInTheDocument();
  });

  it('on a 412 shows what the candidate is now, keeps the dialog, and the next confirm uses the new version', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'applied');
    const { user } = await openCandidate(candidate);
    const dialog = await openDialog(user, 'Reject', /Reject/);
    changeBehindTheUi(api.db, candidate.id, () => ({ stage: 'screen', stageEnteredAt: new Date().toISOString() }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Reason/ }), 'Below the experience bar for senior');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));

    expect(await within(dialog).findByText(/was changed by someone else\. Your rejection was not applied\. This page now shows their latest state \(Screen\)\. What you entered is kept/)).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /Reason/ })).toHaveValue('Below the experience bar for senior');
    expect(api.db.candidate(candidate.id)?.status).toBe('active');
    await user.click(within(dialog).getByRole('button', { name: 'Reject candidate' }));
    await waitFor(() => expect(api.db.candidate(candidate.id)).toMatchObject({ status: 'rejected', stage: 'screen' }));
  });

  it('does not offer a recruiter "Mark hired", and says why; the hiring manager hires from Offer', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'offer');
    const first = await openCandidate(candidate);
    const hire = screen.getByRole('button', { name: 'Mark hired' });
    expect(hire).toHaveAttribute('aria-disabled', 'true');
    expect(hire).toHaveAccessibleDescription('Only the hiring manager can mark a candidate hired.');
    expect(screen.getByText('Only the hiring manager can mark a candidate hired.')).toBeVisible();
    await first.user.click(hire);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('announcer-assertive')).toHaveTextContent('Only the hiring manager can mark a candidate hired.');
    first.unmount();

    api.signIn('u-marcus');
    const { user } = await openCandidate(candidate);
    const dialog = await openDialog(user, 'Mark hired', /hired/);
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Starts March 3.');
    await user.click(within(dialog).getByRole('button', { name: 'Mark hired' }));
    await waitFor(() => expect(api.db.candidate(candidate.id)).toMatchObject({ status: 'hired', statusChange: { note: 'Starts March 3.', by: { id: 'u-marcus' } } }));
    expect(await notifications().findByText(`Marked ${candidate.name} hired.`)).toBeInTheDocument();
    expect(screen.getByText(/their time in this pipeline is complete/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
  });

  it('tells the hiring manager why a candidate outside Offer cannot be hired yet', async () => {
    api.signIn('u-marcus');
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'onsite');
    await openCandidate(candidate);
    expect(screen.getByRole('button', { name: 'Mark hired' })).toHaveAccessibleDescription('Only a candidate in Offer can be marked hired.');
  });

  it('lets a recruiter restore a withdrawn candidate with one click, back to the stage they left from', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'withdrawn' && c.stage !== 'offer');
    const { user } = await openCandidate(candidate);
    expect(screen.getByRole('region', { name: /Withdrawal reason/ })).toHaveTextContent(candidate.statusChange!.reason);
    await user.click(screen.getByRole('button', { name: `Restore to ${STAGE_LABELS[candidate.stage]}` }));
    await waitFor(() => expect(api.db.candidate(candidate.id)).toMatchObject({ status: 'active', stage: candidate.stage }));
    expect(await screen.findByRole('button', { name: 'Reject' })).toBeInTheDocument();
  });

  it('shows interviewers no decisions at all', async () => {
    api.signIn('u-dana');
    const visible = api.db.visibleSummaries(api.db.user('u-dana')!)[0]!;
    await openCandidate(api.db.candidate(visible.id)!);
    for (const name of ['Reject', 'Mark withdrawn', 'Mark hired', /Restore/]) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.getByText('Recruiters and the hiring manager decide on candidates.')).toBeInTheDocument();
  });
});

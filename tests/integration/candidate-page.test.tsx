import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { problems } from '../support/problems';
import {
  type NewActivityEntry,
  daysInStage,
  qualificationById,
  SOURCE_LABELS,
  STAGE_LABELS,
  toEntityTag,
} from '../../src/domain';
import { API, setupMockApi } from '../support/mock-api';
import { changeBehindTheUi, openCandidate, pickCandidate, qualificationRow, timeline } from '../support/candidates';
import { cardIn, column, findBoard, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });
const NOTES = `${API}/candidates/:id/notes`;

describe('candidate page', () => {
  it('opens from a board card: the name is a link, and the back link returns to the filtered board', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    const { user, router } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    const card = await within(column(candidate.stage)).findByRole('article', { name: candidate.name });
    await user.click(within(card).getByRole('link', { name: candidate.name }));

    expect(await screen.findByRole('heading', { level: 1, name: candidate.name })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/candidates/${candidate.id}`);
    const back = screen.getByRole('link', { name: 'Back to pipeline' });
    expect(back.getAttribute('href')).toBe(`/?q=${encodeURIComponent(candidate.name)}`);

    await user.click(back);
    await waitFor(() => expect(cardIn(candidate.stage, candidate.name)).toBeInTheDocument());
    expect(router.state.location.search).toContain('q=');
  });

  it('opens the candidate with Enter on a focused card, keeping the card’s other keys', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'screen');
    const { user, router } = renderApp(`/?q=${encodeURIComponent(candidate.name)}`);
    await findBoard();
    const card = await within(column('screen')).findByRole('article', { name: candidate.name });
    card.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: candidate.name })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/candidates/${candidate.id}`);
  });

  it('is deep-linkable and shows the profile: headline, company, location, experience, source, links, contact, stage and days in stage', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.links.length > 0 && c.email !== undefined && c.phone !== undefined);
    await openCandidate(candidate);

    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(header).toHaveTextContent(`${candidate.headline} at ${candidate.company}`);
    const profile = screen.getByRole('region', { name: 'Profile' });
    expect(within(profile).getByText(candidate.location)).toBeInTheDocument();
    expect(within(profile).getByText(`${candidate.yearsExperience} years`)).toBeInTheDocument();
    expect(within(profile).getByText(SOURCE_LABELS[candidate.source], { selector: 'dd' })).toBeInTheDocument();
    expect(within(profile).getByRole('link', { name: candidate.email })).toHaveAttribute('href', `mailto:${candidate.email}`);
    expect(within(profile).getByText(candidate.phone!)).toBeInTheDocument();
    for (const link of candidate.links) {
      const anchor = within(profile).getByRole('link', { name: new RegExp(`^${link.label}`) });
      expect(anchor).toHaveAttribute('href', new URL(link.url).href);
      expect(anchor).toHaveAttribute('rel', expect.stringContaining('noopener'));
    }
    const steps = screen.getByRole('list', { name: 'Stage' });
    expect(within(steps).getByText(STAGE_LABELS[candidate.stage]).closest('li')).toHaveAttribute('aria-current', 'step');
    const days = daysInStage(candidate.stageEnteredAt, new Date());
    expect(screen.getByText(`${days === 1 ? '1 day' : `${days} days`} in ${STAGE_LABELS[candidate.stage]}`)).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
  });

  it('shows why a rejected candidate is rejected: reason, note, unmet qualifications, who and when', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    const at = new Date(Date.now() - 3_600_000).toISOString();
    changeBehindTheUi(api.db, candidate.id, () => ({
      status: 'rejected',
      statusChange: {
        reason: 'System design did not meet the bar',
        note: 'Design stayed monolithic.\nNo story for failures.',
        unmetQualifications: ['distributed-systems', 'async'],
        at,
        by: { id: 'u-marcus', name: 'Marcus Okafor' },
      },
    }));
    await openCandidate(candidate);

    const record = screen.getByRole('region', { name: /Rejection reason/ });
    expect(within(record).getByText('System design did not meet the bar')).toBeInTheDocument();
    expect(within(record).getByText(/Marcus Okafor/)).toBeInTheDocument();
    expect(within(record).getByText(qualificationById('distributed-systems').label)).toBeInTheDocument();
    expect(within(record).getByText(qualificationById('async').label)).toBeInTheDocument();
    const note = within(record).getByText(/Design stayed monolithic\./);
    expect(note.textContent).toBe('Design stayed monolithic.\nNo story for failures.');
    expect(screen.getAllByText('Rejected').length).toBeGreaterThan(0);
  });

  it('shows the interviewer no contact details, a read-only checklist, no decisions, and the API refuses their writes (403)', async () => {
    api.signIn('u-dana');
    const dana = api.db.user('u-dana')!;
    const visible = api.db.visibleSummaries(dana)[0]!;
    const candidate = api.db.candidate(visible.id)!;
    expect(candidate.email).toBeDefined();
    await openCandidate(candidate);

    expect(screen.queryByText(candidate.email!)).not.toBeInTheDocument();
    if (candidate.phone) expect(screen.queryByText(candidate.phone)).not.toBeInTheDocument();
    expect(screen.getByText(/Contact details are shared with recruiters and the hiring manager only/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Add a note' })).not.toBeInTheDocument();
    expect(screen.getByText(/You rate qualifications in your scorecard/)).toBeInTheDocument();

    const put = await fetch(`${API}/candidates/${candidate.id}/assessments/data`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': toEntityTag(candidate.version) },
      body: JSON.stringify({ status: 'met', evidence: 'x' }),
    });
    expect(put.status).toBe(403);
    const note = await fetch(`${API}/candidates/${candidate.id}/notes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
      body: JSON.stringify({ text: 'hello' }),
    });
    expect(note.status).toBe(403);
    expect(api.db.candidate(candidate.id)?.version).toBe(candidate.version);
  });

  it('renders untrusted text (a name, a note, evidence) as text, never as markup', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    changeBehindTheUi(api.db, candidate.id, (c) => ({
      name: payload,
      headline: `<b>${c.headline}</b>`,
      assessments: { ...c.assessments, data: { status: 'met', evidence: payload, updatedBy: { id: 'u-priya', name: 'Priya Raman' }, updatedAt: new Date().toISOString() } },
    }));
    api.db.appendActivity({ candidateId: candidate.id, at: new Date().toISOString(), actor: { id: 'u-priya', name: 'Priya Raman' }, type: 'note_added', text: `${payload}\n<script>alert(2)</script>` });
    const { container } = await openCandidate({ id: candidate.id, name: payload });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(payload);
    expect(within(qualificationRow('data')).getByText(payload)).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Activity' })).findByText(/<script>alert\(2\)<\/script>/)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img, script:not([src])')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('lists every kind of activity as text with actor and time, newest first', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.stage === 'screen');
    const actor = { id: 'u-marcus', name: 'Marcus Okafor' };
    const base = Date.now() - 60 * 60_000;
    const add = (minutes: number, entry: Record<string, unknown>) =>
      api.db.appendActivity({ ...entry, candidateId: candidate.id, at: new Date(base + minutes * 60_000).toISOString(), actor } as NewActivityEntry);
    add(1, { type: 'stage_changed', from: 'applied', to: 'screen' });
    add(2, { type: 'assessment_changed', qualificationId: 'security', from: 'unknown', to: 'partial', evidence: 'Knows PCI basics.' });
    add(3, { type: 'status_changed', from: 'active', to: 'withdrawn', reason: 'Accepted another offer', note: 'Going to a competitor.' });
    add(4, { type: 'status_changed', from: 'withdrawn', to: 'active', reason: null });
    add(5, { type: 'note_added', text: 'Call back in spring.' });
    await openCandidate(candidate);

    const items = within(await screen.findByRole('list', { name: 'Activity, newest first' })).getAllByRole('listitem');
    const texts = items.map((item) => item.textContent ?? '');
    const index = (pattern: RegExp) => texts.findIndex((t) => pattern.test(t));
    expect(index(/Marcus Okafor added a note.*Call back in spring\./)).toBe(0);
    expect(index(/Marcus Okafor restored them \(they were withdrawn\)/)).toBe(1);
    expect(index(/Marcus Okafor marked them withdrawn — Accepted another offer.*Going to a competitor\./)).toBe(2);
    expect(index(/Marcus Okafor assessed Security & privacy: Unknown → Partial.*Knows PCI basics\./)).toBe(3);
    expect(index(/Marcus Okafor moved them from Applied to Screen/)).toBe(4);
    for (const item of items) expect(within(item).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('datetime');
  });

  it('filters the timeline to notes only', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    api.db.appendActivity({ candidateId: candidate.id, at: new Date().toISOString(), actor: { id: 'u-priya', name: 'Priya Raman' }, type: 'note_added', text: 'Only this one.' });
    const { user } = await openCandidate(candidate);
    await screen.findByText('Only this one.');
    await user.click(screen.getByRole('button', { name: 'Notes' }));
    expect(screen.getByRole('button', { name: 'Notes' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(timeline()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when the candidate does not exist or is not visible', async () => {
    renderApp('/candidates/c99999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Candidate not found' })).toBeInTheDocument();
    expect(screen.getByText(/does not exist or is not visible to you/)).toBeInTheDocument();
  });
});

describe('notes', () => {
  it('adds a plain-text note with Ctrl+Enter; it shows in the timeline with its line breaks', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    const { user } = await openCandidate(candidate);
    const box = screen.getByRole('textbox', { name: 'Add a note' });
    await user.type(box, 'Spoke with their manager.{Shift>}{Enter}{/Shift}Strong reference <b>really</b>.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const text = 'Spoke with their manager.\nStrong reference <b>really</b>.';
    await waitFor(() => expect(api.db.activityOf(candidate.id).at(-1)).toMatchObject({ type: 'note_added', text, actor: { id: 'u-priya' } }));
    const note = await within(timeline()).findByText(/Spoke with their manager\./);
    expect(note.textContent).toBe(text);
    expect(note).toHaveClass('quote');
    expect(box).toHaveValue('');
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent('Note added.');
  });

  it('keeps the text when posting fails, and says why', async () => {
    api.server.use(http.post(NOTES, () => problems.serverError()));
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    const { user } = await openCandidate(candidate);
    const box = screen.getByRole('textbox', { name: 'Add a note' });
    await user.type(box, 'Do not lose me');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    const activity = screen.getByRole('region', { name: 'Activity' });
    expect(await within(activity).findByText(/Your note was not added: The server hit an unexpected error/)).toBeInTheDocument();
    expect(box).toHaveValue('Do not lose me');
    expect(api.db.activityOf(candidate.id).some((e) => e.type === 'note_added' && e.text === 'Do not lose me')).toBe(false);

    api.server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(box).toHaveValue(''));
    expect(api.db.activityOf(candidate.id).filter((e) => e.type === 'note_added' && e.text === 'Do not lose me')).toHaveLength(1);
  });

  it('retries a note whose answer was lost with the same idempotency key, so it is added once', async () => {
    const realHandlers = createHandlers(api.backend, API);
    const keys: (string | null)[] = [];
    let lost = false;
    api.server.use(
      http.post(NOTES, async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        const response = await getResponse(realHandlers, request);
        if (!lost) {
          lost = true;
          return HttpResponse.error(); // applied on the server, but the answer never arrives
        }
        return response;
      }),
    );
    const candidate = pickCandidate(api.db, (c) => c.status === 'active');
    const { user } = await openCandidate(candidate);
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Once only');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveValue(''), { timeout: 4000 });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(api.db.activityOf(candidate.id).filter((e) => e.type === 'note_added' && e.text === 'Once only')).toHaveLength(1);
  });
});

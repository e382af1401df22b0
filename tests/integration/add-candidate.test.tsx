import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { problems } from '../support/problems';
import { API, setupMockApi } from '../support/mock-api';
import { findBoard, notifications, renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });
const CREATE = `${API}/candidates`;
const LOOKUP = `${API}/candidates/lookup`;
afterEach(() => api.server.events.removeAllListeners());

function recordCreates() {
  const keys: (string | null)[] = [];
  api.server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/candidates') keys.push(request.headers.get('Idempotency-Key'));
  });
  return keys;
}

async function openForm() {
  const view = renderApp('/candidates/new');
  await screen.findByRole('heading', { level: 1, name: 'Add a candidate' });
  return view;
}

const field = (name: RegExp | string) => screen.getByRole('textbox', { name });

async function fillValid(user: UserEvent, email = 'ada.quinn@example.org') {
  await user.type(field(/Full name/), 'Ada Quinn');
  await user.type(field(/Email/), email);
  await user.type(field(/Phone/), '+47 912 34 567');
  await user.type(field(/Current title/), 'Staff Engineer');
  await user.type(field(/Current company/), 'Ledgerline');
  await user.type(field(/Location/), 'Oslo, Norway');
  await user.type(field(/Years of experience/), '9');
  await user.selectOptions(screen.getByRole('combobox', { name: /Source/ }), 'Referral');
  await user.click(screen.getByRole('button', { name: 'Add a link' }));
  await user.type(field('Link 1 address'), 'https://github.com/adaq');
}

describe('adding a candidate', () => {
  it('is offered on the board to recruiters and the hiring manager, not to interviewers', async () => {
    const { user, router } = renderApp('/');
    await findBoard();
    await user.click(screen.getByRole('link', { name: 'Add candidate' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a candidate' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/candidates/new');
  });

  it('is not offered to interviewers, and refused at its URL', async () => {
    api.signIn('u-dana');
    renderApp('/');
    await findBoard();
    expect(screen.queryByRole('link', { name: 'Add candidate' })).not.toBeInTheDocument();
    renderApp('/candidates/new');
    expect(await screen.findByRole('heading', { name: /Only recruiters and the hiring manager add candidates/ })).toBeInTheDocument();
  });

  it('validates before sending: a message per field, linked with aria-invalid and aria-describedby, and an error summary', async () => {
    const keys = recordCreates();
    const { user } = await openForm();
    await user.type(field(/Email/), 'not-an-email');
    await user.type(field(/Years of experience/), '4.5');
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await user.type(field('Link 1 address'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    const expectations: [HTMLElement, string][] = [
      [field(/Full name/), "Enter the candidate's name."],
      [field(/Email/), 'Enter an email address like name@example.com.'],
      [field(/Current title/), "Enter the candidate's current title."],
      [field(/Current company/), "Enter the candidate's current company."],
      [field(/Location/), "Enter the candidate's location."],
      [field(/Years of experience/), 'Use whole years.'],
      [screen.getByRole('combobox', { name: /Source/ }), 'Choose where the candidate came from.'],
      [field('Link 1 address'), 'Enter a full web address that starts with https:// or http://.'],
    ];
    for (const [input, message] of expectations) {
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    }
    expect(field(/Phone/)).not.toHaveAttribute('aria-invalid');
    const summary = screen.getByRole('alert', { name: /8 things to fix before adding/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole('link', { name: /Email: Enter an email address/ }));
    expect(field(/Email/)).toHaveFocus();
    expect(keys).toHaveLength(0);

    // Fixing a field clears its message as you type.
    await user.clear(field(/Email/));
    await user.type(field(/Email/), 'ok@example.org');
    expect(field(/Email/)).not.toHaveAttribute('aria-invalid');
  });

  it('warns while typing an email that already belongs to a candidate, with a link to them', async () => {
    const existing = [...api.db.allCandidates()].find((c) => c.email)!;
    const { user, router } = await openForm();
    await user.type(field(/Email/), existing.email!.toUpperCase());

    const warning = await screen.findByText(/already has this email address/, {}, { timeout: 3000 });
    const link = within(warning.closest('p')!).getByRole('link', { name: existing.name });
    expect(link).toHaveAttribute('href', `/candidates/${existing.id}`);
    expect(field(/Email/)).toHaveAccessibleDescription(expect.stringContaining('already has this email address'));
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: existing.name })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/candidates/${existing.id}`);
  });

  it('shows the same warning from the server’s 409, keeping everything typed', async () => {
    const existing = [...api.db.allCandidates()].find((c) => c.email)!;
    // The lookup missed it (e.g. added a second ago by someone else): the server still refuses.
    api.server.use(http.get(LOOKUP, () => HttpResponse.json({ match: null })));
    const { user } = await openForm();
    await fillValid(user, existing.email!);
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    expect(await within(screen.getByRole('main')).findByText(/already has this email address/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: existing.name })).toHaveAttribute('href', `/candidates/${existing.id}`);
    expect(field(/Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/Email/)).toHaveAccessibleDescription(expect.stringContaining('A candidate with this email already exists.'));
    expect(field(/Full name/)).toHaveValue('Ada Quinn');
    expect(field('Link 1 address')).toHaveValue('https://github.com/adaq');
    expect([...api.db.allCandidates()].filter((c) => c.name === 'Ada Quinn')).toHaveLength(0);
  });

  it('keeps everything typed when the submit fails, reuses the idempotency key on retry, and opens the new candidate', async () => {
    const keys = recordCreates();
    api.server.use(http.post(CREATE, () => problems.serverError(), { once: true }));
    const { user, router } = await openForm();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));

    expect(await within(screen.getByRole('main')).findByText(/The candidate was not added: The server hit an unexpected error/)).toBeInTheDocument();
    expect(field(/Full name/)).toHaveValue('Ada Quinn');
    expect(field(/Years of experience/)).toHaveValue('9');
    expect(screen.getByRole('combobox', { name: /Source/ })).toHaveValue('referral');

    await user.click(screen.getByRole('button', { name: 'Add candidate' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Quinn' })).toBeInTheDocument();
    const created = [...api.db.allCandidates()].filter((c) => c.name === 'Ada Quinn');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      email: 'ada.quinn@example.org',
      phone: '+47 912 34 567',
      headline: 'Staff Engineer',
      company: 'Ledgerline',
      location: 'Oslo, Norway',
      yearsExperience: 9,
      source: 'referral',
      stage: 'applied',
      status: 'active',
      links: [{ label: 'github.com', url: 'https://github.com/adaq' }],
    });
    expect(router.state.location.pathname).toBe(`/candidates/${created[0]!.id}`);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(await notifications().findByText('Added Ada Quinn to Applied.')).toBeInTheDocument();
    expect(api.db.activityOf(created[0]!.id)).toMatchObject([{ type: 'created', actor: { id: 'u-priya' } }]);
  });

  it('new candidates appear on the board', async () => {
    const { user } = await openForm();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Add candidate' }));
    await screen.findByRole('heading', { level: 1, name: 'Ada Quinn' });
    await user.click(screen.getByRole('link', { name: 'Back to pipeline' }));
    await findBoard();
    expect(await screen.findByRole('article', { name: 'Ada Quinn' })).toBeInTheDocument();
  });
});

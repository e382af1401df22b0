import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { problems } from '../support/problems';
import { type Assessment, type Candidate, type QualificationId, qualificationById, readIfMatch } from '../../src/domain';
import { API, setupMockApi } from '../support/mock-api';
import { changeBehindTheUi, openCandidate, pickCandidate, qualificationRow, timeline } from '../support/candidates';

const api = setupMockApi({ signedInAs: 'u-priya' });
const ASSESS = `${API}/candidates/:id/assessments/:qualificationId`;
afterEach(() => api.server.events.removeAllListeners());

function withUnknown(id: QualificationId): Candidate {
  return pickCandidate(api.db, (c) => c.status === 'active' && c.assessments[id].status === 'unknown');
}

function versionIn(header: string | null): number | null {
  const read = readIfMatch(header);
  return read.kind === 'version' ? read.version : null;
}

/** Every PUT of an assessment, with the If-Match version it carried. */
function recordPuts() {
  const seen: { qualification: string; version: number | null }[] = [];
  api.server.events.on('request:start', ({ request }) => {
    const match = /\/assessments\/([^/]+)$/.exec(new URL(request.url).pathname);
    if (request.method === 'PUT' && match) seen.push({ qualification: match[1]!, version: versionIn(request.headers.get('If-Match')) });
  });
  return seen;
}

async function startEditing(user: UserEvent, id: QualificationId) {
  const label = qualificationById(id).label;
  const row = qualificationRow(id);
  await user.click(within(row).getByRole('button', { name: `Edit ${label}` }));
  const form = within(row).getByRole('form', { name: `Assess ${label}` });
  return { row, form, evidence: within(form).getByRole('textbox', { name: /evidence/i }) };
}

const open = openCandidate;

const colleague = { id: 'u-marcus', name: 'Marcus Okafor' };
function colleagueAssessment(status: Assessment['status'], evidence: string): Assessment {
  return { status, evidence, updatedBy: colleague, updatedAt: new Date().toISOString() };
}

describe('qualification checklist', () => {
  it('shows the eight qualifications in role order, each with status by mark and text, evidence, who and when', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && Object.values(c.assessments).some((a) => a.status === 'met'));
    await open(candidate);
    const rows = within(screen.getByRole('region', { name: 'Qualifications' })).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('aria-labelledby'))).toEqual(
      ['experience', 'language', 'distributed-systems', 'data', 'async', 'security', 'communication', 'autonomy'].map((id) => `qualification-${id}`),
    );
    const [id, assessment] = Object.entries(candidate.assessments).find(([, a]) => a.status === 'met')! as [QualificationId, Assessment];
    const row = qualificationRow(id);
    expect(within(row).getByText('Met')).toBeInTheDocument();
    expect(within(row).getByText('✓')).toHaveAttribute('aria-hidden', 'true');
    expect(within(row).getByText(assessment.evidence)).toBeInTheDocument();
    // Who set it, then when: "Priya Raman · 3 days ago" (the same person may also appear among the interview ratings).
    expect(within(row).getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith(`${assessment.updatedBy!.name} ·`))).toBeInTheDocument();
    expect(within(row).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('datetime', assessment.updatedAt);
  });

  it('records a qualification by keyboard alone, with the version (If-Match), and logs it in the timeline', async () => {
    const candidate = withUnknown('data');
    const puts = recordPuts();
    const { user } = await open(candidate);
    const label = qualificationById('data').label;

    within(qualificationRow('data')).getByRole('button', { name: `Edit ${label}` }).focus();
    await user.keyboard('{Enter}');
    const form = within(qualificationRow('data')).getByRole('form', { name: `Assess ${label}` });
    // The checked status has focus; arrows move through the radio group.
    expect(within(form).getByRole('radio', { name: /Unknown/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(within(form).getByRole('radio', { name: /^✓? ?Met$/ })).toBeChecked();
    await user.tab();
    expect(within(form).getByRole('textbox', { name: /evidence/i })).toHaveFocus();
    await user.keyboard('Designed the ledger schema;{Shift>}{Enter}{/Shift}explained isolation levels.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() =>
      expect(api.db.candidate(candidate.id)?.assessments.data).toMatchObject({
        status: 'met',
        evidence: 'Designed the ledger schema;\nexplained isolation levels.',
        updatedBy: { id: 'u-priya' },
      }),
    );
    expect(puts).toEqual([{ qualification: 'data', version: candidate.version }]);
    const row = qualificationRow('data');
    await waitFor(() => expect(within(row).queryByRole('form')).not.toBeInTheDocument());
    expect(within(row).getByText('Met')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByRole('button', { name: `Edit ${label}` })).toHaveFocus());
    expect(await within(timeline()).findByText(`assessed ${label}: Unknown → Met`, { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent(`${label}: saved as Met.`);
  });

  it('cancels with Escape, changing nothing', async () => {
    const candidate = withUnknown('async');
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'async');
    await user.click(within(form).getByRole('radio', { name: /Partial/ }));
    await user.type(evidence, 'never sent');
    await user.keyboard('{Escape}');
    expect(within(qualificationRow('async')).queryByRole('form')).not.toBeInTheDocument();
    expect(within(qualificationRow('async')).getByText('Unknown')).toBeInTheDocument();
    expect(api.db.candidate(candidate.id)?.version).toBe(candidate.version);
  });

  it('keeps the typed evidence when saving fails (500), says why, and saves on a second try', async () => {
    api.server.use(http.put(ASSESS, () => problems.serverError()));
    const candidate = withUnknown('security');
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'security');
    await user.click(within(form).getByRole('radio', { name: /Partial/ }));
    await user.type(evidence, 'Knows PCI basics, no tokenization work.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText(/Not saved: The server hit an unexpected error\. Nothing was changed\. Your text is kept/)).toBeInTheDocument();
    expect(evidence).toHaveValue('Knows PCI basics, no tokenization work.');
    expect(within(form).getByRole('radio', { name: /Partial/ })).toBeChecked();
    expect(api.db.candidate(candidate.id)?.assessments.security.status).toBe('unknown');

    api.server.resetHandlers();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.db.candidate(candidate.id)?.assessments.security).toMatchObject({ status: 'partial', evidence: 'Knows PCI basics, no tokenization work.' }));
  });

  it('keeps the typed evidence when the network is down, after retrying', async () => {
    api.server.use(http.put(ASSESS, () => HttpResponse.error()));
    const candidate = withUnknown('security');
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'security');
    await user.type(evidence, 'Offline draft');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(/Could not reach the server/, {}, { timeout: 4000 })).toBeInTheDocument();
    expect(evidence).toHaveValue('Offline draft');
  });

  it('on a 412 for this qualification shows the colleague’s newer value (who, when, what) and keeps mine; overwrite with mine', async () => {
    const candidate = withUnknown('async');
    const puts = recordPuts();
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'async');
    // Marcus records the same qualification while Priya is typing.
    changeBehindTheUi(api.db, candidate.id, (c) => ({ assessments: { ...c.assessments, async: colleagueAssessment('not_met', 'No queue experience at all.') } }));

    await user.click(within(form).getByRole('radio', { name: /^✓? ?Met$/ }));
    await user.type(evidence, 'Built Kafka consumers with retries.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const conflict = await within(form).findByRole('alert');
    expect(conflict).toHaveTextContent(/^⚠ Async processing was changed by someone else while you were editing/);
    expect(conflict).toHaveTextContent('Marcus Okafor');
    expect(conflict).toHaveTextContent('Not met');
    expect(conflict).toHaveTextContent('No queue experience at all.');
    expect(within(conflict).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('datetime');
    expect(evidence).toHaveValue('Built Kafka consumers with retries.');
    expect(within(form).getByRole('radio', { name: /^✓? ?Met$/ })).toBeChecked();
    expect(api.db.candidate(candidate.id)?.assessments.async.evidence).toBe('No queue experience at all.');

    await user.click(within(form).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() =>
      expect(api.db.candidate(candidate.id)?.assessments.async).toMatchObject({ status: 'met', evidence: 'Built Kafka consumers with retries.', updatedBy: { id: 'u-priya' } }),
    );
    expect(puts.map((p) => p.version)).toEqual([candidate.version, candidate.version + 1]);
    await waitFor(() => expect(within(qualificationRow('async')).queryByRole('form')).not.toBeInTheDocument());
  });

  it('on a 412 for this qualification, "Discard mine" keeps the colleague’s value', async () => {
    const candidate = withUnknown('async');
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'async');
    changeBehindTheUi(api.db, candidate.id, (c) => ({ assessments: { ...c.assessments, async: colleagueAssessment('partial', 'Used SQS through a platform team.') } }));
    await user.type(evidence, 'Mine');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await user.click(await within(form).findByRole('button', { name: 'Discard mine' }));

    const row = qualificationRow('async');
    expect(within(row).queryByRole('form')).not.toBeInTheDocument();
    expect(within(row).getByText('Partial')).toBeInTheDocument();
    expect(within(row).getByText('Used SQS through a platform team.')).toBeInTheDocument();
    expect(api.db.candidate(candidate.id)?.assessments.async.evidence).toBe('Used SQS through a platform team.');
  });

  it('re-sends automatically when the 412 was about another qualification: nothing to overwrite', async () => {
    const candidate = pickCandidate(api.db, (c) => c.status === 'active' && c.assessments.data.status === 'unknown' && c.assessments.communication.status !== 'met');
    const puts = recordPuts();
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'data');
    // Marcus changes a different qualification meanwhile: the version moves on, this one is untouched.
    changeBehindTheUi(api.db, candidate.id, (c) => ({ assessments: { ...c.assessments, communication: colleagueAssessment('met', 'Clear design docs.') } }));

    await user.click(within(form).getByRole('radio', { name: /Not met/ }));
    await user.type(evidence, 'Could not explain isolation levels.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(within(qualificationRow('data')).queryByRole('form')).not.toBeInTheDocument());
    const saved = api.db.candidate(candidate.id)!;
    expect(saved.assessments.data).toMatchObject({ status: 'not_met', evidence: 'Could not explain isolation levels.', updatedBy: { id: 'u-priya' } });
    expect(saved.assessments.communication).toMatchObject({ status: 'met', evidence: 'Clear design docs.', updatedBy: colleague });
    expect(puts.map((p) => p.version)).toEqual([candidate.version, candidate.version + 1]);
    // The page shows both changes: mine and the colleague's.
    expect(within(qualificationRow('communication')).getByText('Clear design docs.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Overwrite with mine' })).not.toBeInTheDocument();
  });

  it('lets the hiring manager edit too', async () => {
    api.signIn('u-marcus');
    const candidate = withUnknown('communication');
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'communication');
    await user.click(within(form).getByRole('radio', { name: /^✓? ?Met$/ }));
    await user.type(evidence, 'Explained trade-offs to a PM crisply.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.db.candidate(candidate.id)?.assessments.communication).toMatchObject({ status: 'met', updatedBy: { id: 'u-marcus' } }));
  });

  it('checks evidence length before sending', async () => {
    const candidate = withUnknown('data');
    const puts = recordPuts();
    const { user } = await open(candidate);
    const { form, evidence } = await startEditing(user, 'data');
    await user.click(evidence);
    await user.paste('x'.repeat(2001));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Keep the evidence under 2,000 characters.')).toBeInTheDocument();
    expect(evidence).toHaveAttribute('aria-invalid', 'true');
    expect(puts).toHaveLength(0);
  });
});

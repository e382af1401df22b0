import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QUALIFICATIONS, RATING_LABELS } from '../../src/domain';
import { setupMockApi } from '../support/mock-api';
import { renderApp } from '../support/render-app';

const api = setupMockApi({ signedInAs: 'u-priya' });

describe('candidate page with scorecards', () => {
  it('shows submitted interview ratings beside each qualification, and the interviews with their scorecards', async () => {
    const candidate = [...api.db.allCandidates()].find((c) => api.db.scorecardsOf(c.id).filter((s) => s.status === 'submitted').length >= 3)!;
    const submitted = api.db.scorecardsOf(candidate.id).filter((s) => s.status === 'submitted');
    const rated = submitted.find((s) => Object.keys(s.ratings).length > 0)!;
    const [qualificationId, rating] = Object.entries(rated.ratings)[0]!;
    const qualification = QUALIFICATIONS.find((q) => q.id === qualificationId)!;

    renderApp(`/candidates/${candidate.id}`);
    const panel = await screen.findByRole('region', { name: 'Interviews and scorecards' });
    expect(await within(panel).findByText(`${submitted.length} of ${api.db.interviewsOf(candidate.id).length} submitted`)).toBeInTheDocument();

    const ratingsLabel = await screen.findAllByText('Interview ratings:');
    expect(ratingsLabel.length).toBeGreaterThan(0);
    const row = screen.getByRole('heading', { name: new RegExp(qualification.label) }).closest('li')!;
    const signal = within(row).getByText(rated.author.name, { selector: '.qualification-ratings__who' }).closest('.qualification-ratings__item')!;
    expect(signal).toHaveTextContent(RATING_LABELS[rating as keyof typeof RATING_LABELS]);
    expect(screen.getByRole('link', { name: 'Compare scorecards side by side' })).toHaveAttribute('href', `/review/${candidate.id}`);
  });

  it('keeps an interviewer blind on the candidate page until their scorecard is in', async () => {
    const interview = api.db.interviews.find(
      (i) => i.interviewerId === 'u-dana' && api.db.scorecardFor(i.id)?.status !== 'submitted' && api.db.scorecardsOf(i.candidateId).some((s) => s.status === 'submitted' && s.author.id !== 'u-dana'),
    )!;
    api.signIn('u-dana');
    renderApp(`/candidates/${interview.candidateId}`);
    const panel = await screen.findByRole('region', { name: 'Interviews and scorecards' });
    expect(await within(panel).findByText('Submit your scorecard to see the others.')).toBeInTheDocument();
    expect(screen.queryByText('Interview ratings:')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Compare scorecards side by side' })).not.toBeInTheDocument();
    const others = api.db.scorecardsOf(interview.candidateId).filter((s) => s.author.id !== 'u-dana' && s.takeaways);
    for (const other of others) expect(screen.queryByText(other.takeaways)).not.toBeInTheDocument();
  });
});

import { describe, expect, it } from 'vitest';
import type { Interview, Rating, Recommendation, Scorecard } from '../../../src/domain';
import { afterDecision, concernQualifications, matrixColumns, overallAgreement, qualificationAgreement, queueNeighbours } from '../../../src/features/review/agreement';
import { groupMyInterviews } from '../../../src/features/scorecards/my-interviews';
import { ratingsByQualification } from '../../../src/features/scorecards/ratings-signal';

let n = 0;
function card(name: string, kind: Interview['kind'], recommendation: Recommendation | null, ratings: Partial<Record<Interview['focus'][number], Rating>>, status: Scorecard['status'] = 'submitted') {
  n += 1;
  const interview: Interview = { id: `c1-${kind}`, candidateId: 'c1', stage: kind === 'technical_screen' ? 'screen' : 'onsite', kind, interviewerId: `u${n}`, interviewerName: name, focus: Object.keys(ratings) as Interview['focus'] };
  const scorecard: Scorecard = {
    id: `${interview.id}-sc`, interviewId: interview.id, candidateId: 'c1', author: { id: `u${n}`, name }, version: 1, status, ratings, recommendation,
    takeaways: 't', privateNotes: '', updatedAt: '2026-01-01T00:00:00.000Z', submittedAt: status === 'submitted' ? '2026-01-01T00:00:00.000Z' : null,
  };
  return { interview, scorecard };
}

describe('review agreement', () => {
  const cards = [
    card('Mei Lin', 'coding', 'strong_yes', { language: 'strong_yes', async: 'yes' }),
    card('Sam Adeyemi', 'technical_screen', 'yes', { language: 'yes', data: 'no' }),
    card('Dana Whitfield', 'system_design', 'no', { async: 'mixed', data: 'yes', 'distributed-systems': 'definitely_not' }),
    card('Ingrid Sørensen', 'values', 'yes', { communication: 'yes' }),
    card('Tomás Herrera', 'data_reliability', 'strong_yes', { data: 'yes' }),
    card('Draft Author', 'hiring_manager', 'no', { autonomy: 'no' }, 'draft'),
  ];
  const data = { interviews: cards.map((c) => c.interview), scorecards: cards.map((c) => c.scorecard) };

  it('puts submitted scorecards in columns, screen first then the onsite plan order; drafts never', () => {
    expect(matrixColumns(data).map((c) => c.scorecard.author.name)).toEqual(['Sam Adeyemi', 'Mei Lin', 'Dana Whitfield', 'Tomás Herrera', 'Ingrid Sørensen']);
  });

  it('says per qualification whether the ratings agree, lean or split', () => {
    const byId = Object.fromEntries(qualificationAgreement(matrixColumns(data)).map((a) => [a.id, a]));
    expect(byId.language).toMatchObject({ verdict: 'agree', direction: 'positive', label: 'Agree: yes' });
    expect(byId.data).toMatchObject({ verdict: 'split', label: 'Split: 2 yes, 1 no' });
    expect(byId.async).toMatchObject({ verdict: 'leaning', direction: 'positive' });
    expect(byId['distributed-systems']).toMatchObject({ verdict: 'single', direction: 'negative' });
    expect(byId.autonomy).toMatchObject({ verdict: 'none', label: 'Not assessed' });
  });

  it('sums up the recommendations and names who disagrees', () => {
    expect(overallAgreement(matrixColumns(data)).sentence).toBe('4 of 5 recommend hiring; Dana Whitfield: No');
    expect(overallAgreement(matrixColumns({ interviews: data.interviews.slice(2, 3), scorecards: data.scorecards.slice(2, 3) })).sentence).toBe('None of 1 recommend hiring');
  });

  it('names someone with two interviews once, with both of their recommendations', () => {
    const mei = { id: 'u-mei', name: 'Mei Lin' };
    const asMei = (c: ReturnType<typeof card>) => ({ interview: { ...c.interview, interviewerId: mei.id }, scorecard: { ...c.scorecard, author: mei } });
    const same = [asMei(card('Mei Lin', 'system_design', 'yes', { data: 'yes' })), asMei(card('Mei Lin', 'data_reliability', 'yes', { data: 'yes' })), card('Sam Adeyemi', 'coding', 'no', {}), card('Dana Whitfield', 'values', 'no', {}), card('Tomás Herrera', 'hiring_manager', 'no', {})];
    const columns = (list: typeof same) => matrixColumns({ interviews: list.map((c) => c.interview), scorecards: list.map((c) => c.scorecard) });
    expect(overallAgreement(columns(same)).sentence).toBe('2 of 5 recommend hiring; Mei Lin: Yes in both interviews');
    const mixed = [asMei(card('Mei Lin', 'system_design', 'yes', {})), asMei(card('Mei Lin', 'data_reliability', 'no', {})), card('Sam Adeyemi', 'coding', 'no', {})];
    expect(overallAgreement(columns(mixed)).sentence).toBe('1 of 3 recommend hiring; Mei Lin: Yes');
    const split = [asMei(card('Mei Lin', 'system_design', 'yes', {})), asMei(card('Mei Lin', 'data_reliability', 'strong_yes', {})), card('Sam Adeyemi', 'coding', 'no', {}), card('Dana Whitfield', 'values', 'no', {}), card('Tomás Herrera', 'hiring_manager', 'no', {})];
    expect(overallAgreement(columns(split)).sentence).toBe('2 of 5 recommend hiring; Mei Lin: Yes, Strong yes');
  });

  it('pre-ticks as unmet what anyone rated no or definitely not', () => {
    expect(concernQualifications(matrixColumns(data))).toEqual(['distributed-systems', 'data']);
  });

  it('gives the interview ratings of each qualification for the checklist signal', () => {
    const signal = ratingsByQualification(data);
    expect(signal.data.map((s) => [s.interviewerName, s.rating])).toEqual([
      ['Sam Adeyemi', 'no'],
      ['Dana Whitfield', 'yes'],
      ['Tomás Herrera', 'yes'],
    ]);
    expect(signal.autonomy).toEqual([]);
  });
});

describe('queue navigation', () => {
  it('goes to the next candidate after a decision, else the previous, else nowhere', () => {
    expect(queueNeighbours(['a', 'b', 'c'], 'b')).toEqual({ index: 1, previous: 'a', next: 'c' });
    expect(afterDecision(['a', 'b', 'c'], 'b')).toBe('c');
    expect(afterDecision(['a', 'b', 'c'], 'c')).toBe('b');
    expect(afterDecision(['a'], 'a')).toBeNull();
    expect(afterDecision(['a', 'b'], 'x')).toBe('a');
  });
});

describe('my interviews', () => {
  it('groups by progress and counts what is still to write or finish', () => {
    const item = (id: string, progress: 'missing' | 'draft' | 'submitted', updatedAt: string | null = null) => ({
      interview: card('X', 'coding', null, {}).interview,
      candidate: { id, name: id, headline: '', company: '', stage: 'onsite' as const, status: 'active' as const },
      scorecard: { progress, updatedAt },
    });
    const items = [item('b', 'missing'), item('a', 'missing'), item('d1', 'draft', '2026-01-01T00:00:00.000Z'), item('d2', 'draft', '2026-02-01T00:00:00.000Z'), item('s', 'submitted', '2026-01-01T00:00:00.000Z')];
    const groups = groupMyInterviews(items);
    expect(groups.toWrite.map((i) => i.candidate.id)).toEqual(['a', 'b']);
    expect(groups.drafts.map((i) => i.candidate.id)).toEqual(['d2', 'd1']);
    expect(groups.submitted).toHaveLength(1);
  });
});

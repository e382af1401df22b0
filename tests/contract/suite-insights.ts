/** Insights (`GET /insights`): who may ask, the answer's shape, its consistency with the list, and a move showing up. */
import { describe, expect, it } from 'vitest';
import { CandidateListSchema, type Insights, InsightsSchema, MoveResultSchema, STAGES } from '../../src/domain';
import { anonymous, okBody, problemOf, read, writeHeaders } from './client';
import { activeIn, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS } from './target';

const byStage = <T extends { stage: string }>(items: readonly T[], stage: string) => items.find((item) => item.stage === stage)!;

export function defineInsightsSuite(getTarget: () => ContractTarget): void {
  describe('insights', () => {
    it('is for the hiring team: 401 without a session, 403 for interviewers (before the parameters are checked)', async () => {
      const target = getTarget();
      problemOf(await anonymous(target).get('/insights'), 401);
      const interviewer = await target.signIn(PERSONAS.interviewers[0]);
      problemOf(await interviewer.get('/insights'), 403);
      problemOf(await interviewer.get('/insights?period=7d'), 403);
    });

    it('refuses bad parameters with 422', async () => {
      const recruiter = await getTarget().signIn(PERSONAS.recruiter);
      for (const query of ['period=7d', 'limit=0', 'limit=201', 'limit=ten', 'offset=-1', 'stage=hired']) {
        problemOf(await recruiter.get(`/insights?${query}`), 422);
      }
    });

    it('answers with figures consistent with the candidate list', async () => {
      const target = getTarget();
      const manager = await target.signIn(PERSONAS.hiringManager);
      const { items, total } = await read(manager, '/candidates', CandidateListSchema);
      const insights = await read(manager, '/insights', InsightsSchema);
      expect(insights.period).toBe('all');
      expect(insights.since).toBeNull();
      expect(insights.definitions.reached).toMatch(/activity log/);

      // Every candidate was created into Applied; in the seed, everyone went forward one stage at a time.
      expect(insights.funnel.map((step) => step.stage)).toEqual([...STAGES]);
      expect(byStage(insights.funnel, 'applied').reached).toBe(total);
      for (const [index, step] of insights.funnel.entries()) {
        expect(step.reached).toBeGreaterThanOrEqual(items.filter((c) => c.stage === step.stage).length);
        const next = insights.funnel[index + 1];
        if (!next) continue;
        expect(step.reached).toBeGreaterThanOrEqual(next.reached);
        expect(step.reachedNext).toBe(next.reached);
        expect(step.conversionToNext).toBeCloseTo(next.reached / step.reached, 10);
      }
      expect(insights.overallConversion).toBeCloseTo(byStage(insights.funnel, 'offer').reached / total, 10);

      for (const time of insights.timeInStage) {
        expect(time.count).toBe(time.completed + time.stillIn);
        // Active candidates in the stage now are exactly the stays still running.
        expect(time.stillIn).toBe(items.filter((c) => c.stage === time.stage && c.status === 'active').length);
        if (time.completed > 0) expect(time.medianDays! <= time.p90Days!).toBe(true);
        else expect(time.medianDays).toBeNull();
      }

      expect(insights.sources.reduce((sum, source) => sum + source.candidates, 0)).toBe(total);
      for (const source of insights.sources) {
        expect(source.candidates).toBe(items.filter((c) => c.source === source.source).length);
        expect(source.reachedOffer).toBeLessThanOrEqual(source.reachedOnsite);
      }

      expect(insights.heatmap).toMatchObject({ total, offset: 0, limit: 50, stage: null });
      expect(insights.heatmap.rows).toHaveLength(Math.min(50, total));
      const coverages = insights.heatmap.rows.map((row) => row.coverage);
      expect(coverages).toEqual([...coverages].sort((a, b) => b - a));
      for (const row of insights.heatmap.rows) {
        const summary = items.find((c) => c.id === row.candidateId)!;
        expect(row.coverage).toBe(summary.met.length);
        expect(Object.entries(row.cells).filter(([, status]) => status === 'met').map(([id]) => id)).toEqual(summary.met);
        expect(Object.entries(row.cells).filter(([, status]) => status === 'partial').map(([id]) => id)).toEqual(summary.partial);
      }
    });

    it('pages and filters the heatmap by stage; the period narrows the figures', async () => {
      const recruiter = await getTarget().signIn(PERSONAS.recruiter);
      const { items } = await read(recruiter, '/candidates', CandidateListSchema);
      const onsite = await read(recruiter, '/insights?stage=onsite&limit=200', InsightsSchema);
      expect(onsite.heatmap.total).toBe(items.filter((c) => c.stage === 'onsite').length);
      expect(onsite.heatmap.rows.every((row) => row.stage === 'onsite')).toBe(true);
      const first = await read(recruiter, '/insights?limit=10', InsightsSchema);
      const second = await read(recruiter, '/insights?limit=5&offset=5', InsightsSchema);
      expect(second.heatmap.rows).toEqual(first.heatmap.rows.slice(5, 10));

      const all = await read(recruiter, '/insights?period=all', InsightsSchema);
      const recent = await read(recruiter, '/insights?period=30d', InsightsSchema);
      expect(recent.period).toBe('30d');
      expect(Date.parse(recent.generatedAt) - Date.parse(recent.since!)).toBe(30 * 86_400_000);
      for (const [index, step] of recent.funnel.entries()) expect(step.reached).toBeLessThanOrEqual(all.funnel[index]!.reached);
    });

    it('shows a move made through the API in the funnel and the time in stage', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const before: Insights = await read(recruiter, '/insights?period=30d', InsightsSchema);
      okBody(await recruiter.post(`/candidates/${candidate.id}/moves`, { toStage: 'screen' }, writeHeaders(candidate.version)), MoveResultSchema);
      const after: Insights = await read(recruiter, '/insights?period=30d', InsightsSchema);

      expect(byStage(after.funnel, 'screen').reached).toBe(byStage(before.funnel, 'screen').reached + 1);
      expect(byStage(after.timeInStage, 'screen').stillIn).toBe(byStage(before.timeInStage, 'screen').stillIn + 1);
      // The stay in Applied ended; it counts only if it began within the period, like every stay.
      const applied = [byStage(before.timeInStage, 'applied'), byStage(after.timeInStage, 'applied')] as const;
      expect(applied[1].count).toBe(applied[0].count);
      expect(applied[1].completed - applied[0].completed).toBe(applied[0].stillIn - applied[1].stillIn);
    });
  });
}

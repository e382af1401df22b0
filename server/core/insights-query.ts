/**
 * `GET /api/insights`: who may ask (403 for interviewers), what is read (two reads over the whole pipeline
 * and one for the heatmap's page), and the formulas of ./insights.ts over it.
 */
import {
  INSIGHT_DEFINITIONS,
  type Insights,
  InsightsQuerySchema,
  PERIOD_DAYS,
  seesWholePipeline,
  type User,
} from '../../src/domain';
import type { CoreDeps } from './context';
import { funnelOf, groupByCandidate, heatmapOrder, heatmapRow, reachedStages, sourcesOf, timeInStageOf } from './insights';
import { parseWith, problems } from './problems';

const DAY_MS = 86_400_000;

export function insightQueries({ store, clock }: CoreDeps) {
  return {
    /** `rawQuery`: the request's query parameters, parsed here (422 on a bad one, after the 403). */
    async insights(user: User, rawQuery: unknown): Promise<Insights> {
      if (!seesWholePipeline(user.role)) throw problems.forbidden('Insights are for recruiters and the hiring manager.');
      const query = parseWith(InsightsQuerySchema, rawQuery);
      const now = clock.now().getTime();
      const days = PERIOD_DAYS[query.period];
      const since = days === null ? null : now - days * DAY_MS;
      const sinceIso = since === null ? null : new Date(since).toISOString();

      const [rows, events] = await Promise.all([store.listCandidates({ kind: 'all' }), store.stageHistory(sinceIso)]);
      const byCandidate = groupByCandidate(events);
      const bases = rows.map((row) => row.base);
      const { funnel, overallConversion } = funnelOf(reachedStages(byCandidate, since));

      const ordered = heatmapOrder(bases, query.stage);
      const page = ordered.slice(query.offset, query.offset + query.limit);
      const statuses = await store.assessmentStatuses(page.map((base) => base.id));

      return {
        period: query.period,
        since: sinceIso,
        generatedAt: new Date(now).toISOString(),
        definitions: INSIGHT_DEFINITIONS,
        funnel,
        overallConversion,
        timeInStage: timeInStageOf(byCandidate, since, now),
        sources: sourcesOf(byCandidate, new Map(bases.map((base) => [base.id, base.source])), since),
        heatmap: {
          stage: query.stage ?? null,
          total: ordered.length,
          offset: query.offset,
          limit: query.limit,
          rows: page.map((base) => heatmapRow(base, statuses.get(base.id))),
        },
      };
    },
  };
}

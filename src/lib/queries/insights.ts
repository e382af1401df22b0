import { queryOptions } from '@tanstack/react-query';
import { type InsightPeriod, InsightsSchema, type Stage } from '../../domain';
import { apiRequest } from '../api-client';
import { queryKeys } from './keys';

export interface InsightsView {
  period: InsightPeriod;
  /** The heatmap's stage filter (null: every stage). */
  stage: Stage | null;
  offset: number;
  limit: number;
}

/** Funnel, time in stage, sources and one page of the heatmap, computed by the server. */
export const insightsQueryOptions = (view: InsightsView) =>
  queryOptions({
    queryKey: queryKeys.insights.view(view),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ period: view.period, offset: String(view.offset), limit: String(view.limit) });
      if (view.stage) params.set('stage', view.stage);
      return apiRequest({ path: `/insights?${params}`, schema: InsightsSchema, signal });
    },
    staleTime: 30_000,
  });

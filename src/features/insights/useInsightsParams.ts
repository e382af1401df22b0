import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type InsightPeriod, InsightPeriodSchema, type Stage, StageSchema } from '../../domain';

/** Rows per heatmap page. */
export const HEATMAP_PAGE_SIZE = 50;

export interface InsightsParams {
  period: InsightPeriod;
  /** The heatmap's stage filter; null: every stage. */
  stage: Stage | null;
  /** The heatmap page, from 1. */
  page: number;
}

export function parseInsightsParams(params: URLSearchParams): InsightsParams {
  const period = InsightPeriodSchema.safeParse(params.get('period'));
  const stage = StageSchema.safeParse(params.get('stage'));
  const page = Number(params.get('page'));
  return {
    period: period.success ? period.data : 'all',
    stage: stage.success ? stage.data : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

function writeInsightsParams(current: URLSearchParams, next: InsightsParams): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const [name, value, fallback] of [
    ['period', next.period, 'all'],
    ['stage', next.stage ?? '', ''],
    ['page', String(next.page), '1'],
  ] as const) {
    if (value === fallback) params.delete(name);
    else params.set(name, value);
  }
  return params;
}

/** The period, the heatmap's stage and page live in the URL, so a view can be bookmarked and shared. */
export function useInsightsParams(): [InsightsParams, (patch: Partial<InsightsParams>) => void] {
  const [params, setParams] = useSearchParams();
  const current = useMemo(() => parseInsightsParams(params), [params]);
  const update = useCallback(
    (patch: Partial<InsightsParams>) => setParams((now) => writeInsightsParams(now, { ...parseInsightsParams(now), ...patch }), { replace: true }),
    [setParams],
  );
  return [current, update];
}

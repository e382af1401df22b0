import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { INSIGHT_PERIODS, type InsightPeriod, type Insights } from '../../domain';
import { PageLoading, PageLoadError } from '../../components/PageStatus';
import { isApiError } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/format';
import { insightsQueryOptions } from '../../lib/queries/insights';
import { ChartFigure } from './ChartFigure';
import { funnelChart, funnelTable, percent, sourcesChart, sourcesTable, timeInStageChart, timeInStageTable } from './chart-data';
import { Heatmap } from './Heatmap';
import { HEATMAP_PAGE_SIZE, useInsightsParams } from './useInsightsParams';

const PERIOD_LABELS: Record<InsightPeriod, string> = { '30d': 'Last 30 days', '90d': 'Last 90 days', all: 'All time' };
const TITLE = 'Insights · Shortlist';

function PeriodFilter({ period, onChange }: { period: InsightPeriod; onChange: (period: InsightPeriod) => void }) {
  return (
    <fieldset className="insights-period">
      <legend className="visually-hidden">Period</legend>
      {INSIGHT_PERIODS.map((value) => (
        <label key={value} className="insights-period__option">
          <input type="radio" name="insights-period" value={value} checked={period === value} onChange={() => onChange(value)} />
          {PERIOD_LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}

/** A figure's definition, shown in full under it (the words travel with the answer: `definitions`). */
function Definition({ title, texts }: { title: string; texts: readonly string[] }) {
  return (
    <div className="insights-definition">
      <h3 className="insights-definition__title">{title}</h3>
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}

function Funnel({ insights }: { insights: Insights }) {
  const chart = useMemo(() => funnelChart(insights), [insights]);
  const table = useMemo(() => funnelTable(insights), [insights]);
  const overall = percent(insights.overallConversion);
  return (
    <section className="panel insights-section" aria-labelledby="insights-funnel">
      <h2 id="insights-funnel" className="panel__title">Funnel</h2>
      <ol className="insights-steps" aria-label="Conversion between stages">
        {insights.funnel.slice(0, -1).map((step, index) => (
          <li key={step.stage}>
            {table.rows[index]![0]} → {table.rows[index + 1]![0]}: <strong>{step.conversionToNext === null ? '—' : `${percent(step.conversionToNext)}%`}</strong>{' '}
            <span className="muted">
              ({step.reachedNext ?? 0} of {step.reached})
            </span>
          </li>
        ))}
        <li>
          Overall, Applied → Offer: <strong>{overall === null ? '—' : `${overall}%`}</strong>
        </li>
      </ol>
      <ChartFigure caption="Candidates who reached each stage" chartLabel="Bar chart: candidates who reached each stage" chart={chart} table={table} filename={`funnel-${insights.period}`} />
      <Definition title="How these are counted" texts={[insights.definitions.reached, insights.definitions.conversion]} />
    </section>
  );
}

function TimeInStage({ insights }: { insights: Insights }) {
  const chart = useMemo(() => timeInStageChart(insights), [insights]);
  const table = useMemo(() => timeInStageTable(insights), [insights]);
  const stillIn = insights.timeInStage.reduce((sum, row) => sum + row.stillIn, 0);
  return (
    <section className="panel insights-section" aria-labelledby="insights-time">
      <h2 id="insights-time" className="panel__title">Time in stage</h2>
      <p className="insights-note">
        Median, mean and p90 in days over completed stays (n under each stage in the table). {stillIn.toLocaleString('en-US')} active{' '}
        {stillIn === 1 ? 'candidate is' : 'candidates are'} still in a stage: counted as “still in stage”, left out of the figures.
      </p>
      <ChartFigure caption="Days in each stage: median, mean and p90" chartLabel="Grouped bar chart: median, mean and p90 days per stage" chart={chart} table={table} filename={`time-in-stage-${insights.period}`} />
      <ul className="insights-counts" aria-label="Stays behind each figure">
        {insights.timeInStage.map((row, index) => (
          <li key={row.stage}>
            {table.rows[index]![0]}: n = {row.completed} completed, {row.stillIn} still in stage
          </li>
        ))}
      </ul>
      <Definition title="Formula" texts={[insights.definitions.timeInStage]} />
    </section>
  );
}

function Sources({ insights }: { insights: Insights }) {
  const chart = useMemo(() => sourcesChart(insights), [insights]);
  const table = useMemo(() => sourcesTable(insights), [insights]);
  return (
    <section className="panel insights-section" aria-labelledby="insights-sources">
      <h2 id="insights-sources" className="panel__title">Sources</h2>
      <p className="insights-note">Candidates per source (in brackets) and the share who reached onsite and offer.</p>
      <ChartFigure caption="Conversion by source, to onsite and to offer" chartLabel="Grouped bar chart: conversion to onsite and to offer per source" chart={chart} table={table} filename={`sources-${insights.period}`} />
      <Definition title="How these are counted" texts={[insights.definitions.sources]} />
    </section>
  );
}

/** `/insights`: funnel, time in stage, sources and the qualification heatmap, for recruiters and the hiring manager. */
export function InsightsPage() {
  const [params, setParams] = useInsightsParams();
  const view = { period: params.period, stage: params.stage, offset: (params.page - 1) * HEATMAP_PAGE_SIZE, limit: HEATMAP_PAGE_SIZE };
  const query = useQuery({ ...insightsQueryOptions(view), placeholderData: keepPreviousData });

  if (query.isPending) return <PageLoading className="insights-page" title={TITLE} message="Loading insights…" />;
  if (query.isError) {
    if (isApiError(query.error, 403)) {
      return (
        <div className="insights-page">
          <title>{TITLE}</title>
          <div role="alert" className="error-panel error-panel--left">
            <h1>Insights are not available to you</h1>
            <p>Pipeline insights are for recruiters and the hiring manager. Interviewers see their own interviews under “My interviews”.</p>
          </div>
        </div>
      );
    }
    return (
      <PageLoadError
        className="insights-page"
        title={TITLE}
        error={query.error}
        notFound={{ heading: 'Insights not found' }}
        failedHeading="Could not load insights"
        onRetry={() => void query.refetch()}
      />
    );
  }

  const insights = query.data;
  return (
    <div className="insights-page" aria-busy={query.isPlaceholderData}>
      <title>{TITLE}</title>
      <header className="insights-header">
        <div>
          <h1>Insights</h1>
          <p className="muted">
            {insights.since ? `Since ${formatDateTime(insights.since)}` : 'The whole pipeline'} · computed {formatDateTime(insights.generatedAt)}
          </p>
        </div>
        <PeriodFilter period={params.period} onChange={(period) => setParams({ period })} />
      </header>
      <div className="insights-grid">
        <Funnel insights={insights} />
        <TimeInStage insights={insights} />
        <Sources insights={insights} />
      </div>
      <Heatmap
        heatmap={insights.heatmap}
        definition={insights.definitions.heatmap}
        stage={params.stage}
        onStageChange={(stage) => setParams({ stage, page: 1 })}
        page={params.page}
        pageSize={HEATMAP_PAGE_SIZE}
        onPageChange={(page) => setParams({ page })}
      />
    </div>
  );
}

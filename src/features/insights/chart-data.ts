/**
 * What each chart shows, as plain data: the chart draws it, the table alternative lists it and the CSV
 * download writes it, so the three always agree.
 */
import { type Insights, SOURCE_LABELS, STAGE_LABELS } from '../../domain';

export type Cell = string | number | null;

export interface ChartSeries {
  label: string;
  values: (number | null)[];
}

export interface ChartData {
  /** Category labels (one bar group each). */
  labels: string[];
  series: ChartSeries[];
  /** How values read: a count, a percentage or days. */
  unit: 'count' | 'percent' | 'days';
}

export interface TableData {
  header: string[];
  rows: Cell[][];
}

/** A share (0–1) as a percentage with one decimal; null stays null. */
export const percent = (ratio: number | null): number | null => (ratio === null ? null : Math.round(ratio * 1000) / 10);
/** Days with one decimal; null stays null. */
export const days = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

export function formatValue(value: number | null, unit: ChartData['unit']): string {
  if (value === null) return '—';
  if (unit === 'percent') return `${value}%`;
  if (unit === 'days') return `${value} d`;
  return value.toLocaleString('en-US');
}

export function funnelChart(insights: Insights): ChartData {
  return {
    labels: insights.funnel.map((step) => STAGE_LABELS[step.stage]),
    series: [{ label: 'Reached', values: insights.funnel.map((step) => step.reached) }],
    unit: 'count',
  };
}

export function funnelTable(insights: Insights): TableData {
  return {
    header: ['Stage', 'Reached', 'Reached next', 'To next (%)'],
    rows: [
      ...insights.funnel.map((step) => [STAGE_LABELS[step.stage], step.reached, step.reachedNext, percent(step.conversionToNext)]),
      ['Overall (Applied → Offer)', null, null, percent(insights.overallConversion)],
    ],
  };
}

export function timeInStageChart(insights: Insights): ChartData {
  const rows = insights.timeInStage;
  return {
    labels: rows.map((row) => STAGE_LABELS[row.stage]),
    series: [
      { label: 'Median', values: rows.map((row) => days(row.medianDays)) },
      { label: 'Mean', values: rows.map((row) => days(row.meanDays)) },
      { label: 'p90', values: rows.map((row) => days(row.p90Days)) },
    ],
    unit: 'days',
  };
}

export function timeInStageTable(insights: Insights): TableData {
  return {
    header: ['Stage', 'Median (days)', 'Mean (days)', 'p90 (days)', 'Completed stays (n)', 'Still in stage (not in figures)'],
    rows: insights.timeInStage.map((row) => [
      STAGE_LABELS[row.stage],
      days(row.medianDays),
      days(row.meanDays),
      days(row.p90Days),
      row.completed,
      row.stillIn,
    ]),
  };
}

export function sourcesChart(insights: Insights): ChartData {
  return {
    labels: insights.sources.map((row) => `${SOURCE_LABELS[row.source]} (${row.candidates})`),
    series: [
      { label: 'To onsite', values: insights.sources.map((row) => percent(row.toOnsite)) },
      { label: 'To offer', values: insights.sources.map((row) => percent(row.toOffer)) },
    ],
    unit: 'percent',
  };
}

export function sourcesTable(insights: Insights): TableData {
  return {
    header: ['Source', 'Candidates', 'Reached onsite', 'To onsite (%)', 'Reached offer', 'To offer (%)'],
    rows: insights.sources.map((row) => [
      SOURCE_LABELS[row.source],
      row.candidates,
      row.reachedOnsite,
      percent(row.toOnsite),
      row.reachedOffer,
      percent(row.toOffer),
    ]),
  };
}

/** CSV rows: an empty field where the table shows "—". */
export const csvRows = (table: TableData) => table.rows.map((row) => row.map((cell) => cell ?? ''));

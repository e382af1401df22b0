// @vitest-environment node
/**
 * Insights' formulas (server/core/insights.ts) on hand-computed fixtures. Days from T0; now is day 20.
 *   A went back a stage: created d0, screen d2, back to applied d5, screen d6, onsite d10, still there.
 *   B was rejected and restored: created d1, screen d3, rejected d4, restored d7, onsite d9, rejected d12 (final).
 *   C is still waiting in Applied: created d15.
 *   D went all the way: created d0, screen d1, onsite d4, offer d8, hired d9.
 */
import { describe, expect, it } from 'vitest';
import { INSIGHT_DEFINITIONS, InsightsQuerySchema, type Source } from '../../../src/domain';
import {
  funnelOf,
  groupByCandidate,
  heatmapOrder,
  heatmapRow,
  mean,
  median,
  nearestRank,
  reachedStages,
  sourcesOf,
  staysOf,
  timeInStageOf,
} from '../../../server/core/insights';
import type { StageEvent, SummaryBase } from '../../../server/core/ports';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const NOW = T0 + 20 * DAY;
const at = (day: number) => T0 + day * DAY;
const created = (id: string, day: number): StageEvent => ({ candidateId: id, at: at(day), type: 'created', to: 'applied' });
const moved = (id: string, day: number, to: string): StageEvent => ({ candidateId: id, at: at(day), type: 'stage_changed', to });
const status = (id: string, day: number, to: string): StageEvent => ({ candidateId: id, at: at(day), type: 'status_changed', to });

const A = [created('A', 0), moved('A', 2, 'screen'), moved('A', 5, 'applied'), moved('A', 6, 'screen'), moved('A', 10, 'onsite')];
const B = [created('B', 1), moved('B', 3, 'screen'), status('B', 4, 'rejected'), status('B', 7, 'active'), moved('B', 9, 'onsite'), status('B', 12, 'rejected')];
const C = [created('C', 15)];
const D = [created('D', 0), moved('D', 1, 'screen'), moved('D', 4, 'onsite'), moved('D', 8, 'offer'), status('D', 9, 'hired')];
// Interleaved, as the log holds them: each candidate's own entries stay in order.
const ABC = [...A, ...B, ...C].sort((x, y) => x.at - y.at);
const grouped = (events: StageEvent[]) => groupByCandidate(events);
const stays = (events: StageEvent[]) => staysOf(events, NOW).map(({ stage, days, stillIn }) => [stage, Math.round(days * 1000) / 1000, stillIn]);

describe('stays', () => {
  it('gives a candidate who went back a stage two stays there', () => {
    expect(stays(A)).toEqual([
      ['applied', 2, false],
      ['screen', 3, false],
      ['applied', 1, false],
      ['screen', 4, false],
      ['onsite', 10, true],
    ]);
  });

  it('stops the clock while rejected, continues the stay on restore, and ends it at a final rejection', () => {
    expect(stays(B)).toEqual([
      ['applied', 2, false],
      ['screen', 3, false], // d3→d4 and d7→d9
      ['onsite', 3, false], // d9→d12, then rejected: completed
    ]);
  });

  it('counts a candidate still waiting as still in, up to now', () => {
    expect(stays(C)).toEqual([['applied', 5, true]]);
  });

  it('ends the stay in Offer at the hire', () => {
    expect(stays(D)).toEqual([
      ['applied', 1, false],
      ['screen', 3, false],
      ['onsite', 4, false],
      ['offer', 1, false],
    ]);
  });
});

describe('percentiles and averages', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  it('nearest rank: the value at rank ⌈p/100 × n⌉', () => {
    expect(nearestRank(range(10), 90)).toBe(9);
    expect(nearestRank(range(20), 90)).toBe(18);
    expect(nearestRank(range(11), 90)).toBe(10); // ⌈9.9⌉ = 10
    expect(nearestRank(range(10), 100)).toBe(10);
    expect(nearestRank([5], 90)).toBe(5);
    expect(nearestRank([1, 2], 90)).toBe(2);
    expect(nearestRank([], 90)).toBeNull();
  });
  it('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });
});

describe('funnel', () => {
  it('counts each candidate once per stage reached, with an empty stage and its null conversion', () => {
    const { funnel, overallConversion } = funnelOf(reachedStages(grouped(ABC), null));
    expect(funnel).toEqual([
      { stage: 'applied', reached: 3, reachedNext: 2, conversionToNext: 2 / 3 },
      { stage: 'screen', reached: 2, reachedNext: 2, conversionToNext: 1 },
      { stage: 'onsite', reached: 2, reachedNext: 0, conversionToNext: 0 },
      { stage: 'offer', reached: 0, reachedNext: null, conversionToNext: null },
    ]);
    expect(overallConversion).toBe(0);
  });

  it('overall conversion: of those who reached Applied, the share who reached Offer', () => {
    const { funnel, overallConversion } = funnelOf(reachedStages(grouped([...ABC, ...D]), null));
    expect(funnel.map((step) => step.reached)).toEqual([4, 3, 3, 1]);
    expect(funnel[2]!.conversionToNext).toBe(1 / 3);
    expect(overallConversion).toBe(1 / 4);
  });

  it('with a period, only entries within it count', () => {
    const since = at(5);
    const { funnel } = funnelOf(reachedStages(grouped(ABC), since));
    // A: applied d5, screen d6, onsite d10; B: onsite d9 (a restore is no entry); C: applied d15.
    expect(funnel.map((step) => [step.reached, step.reachedNext])).toEqual([
      [2, 1],
      [1, 1],
      [2, 0],
      [0, null],
    ]);
    // The store reads only the entries since then: the same answer.
    expect(funnelOf(reachedStages(grouped(ABC.filter((e) => e.at >= since)), since)).funnel).toEqual(funnel);
  });

  it('a skipped stage is not reached, and nobody reached makes no conversion', () => {
    const skip = [created('S', 0), moved('S', 1, 'onsite')];
    const { funnel } = funnelOf(reachedStages(grouped(skip), null));
    expect(funnel.map((step) => step.reached)).toEqual([1, 0, 1, 0]);
    expect(funnel[0]!.conversionToNext).toBe(0);
    expect(funnel[1]!.conversionToNext).toBeNull();
    expect(funnelOf(new Map()).overallConversion).toBeNull();
  });
});

describe('time in stage', () => {
  it('median, mean and p90 over completed stays; still-in stays counted apart; an empty stage has no figures', () => {
    expect(timeInStageOf(grouped(ABC), null, NOW)).toEqual([
      // applied: A 2, A 1, B 2 → [1, 2, 2]; C still in
      { stage: 'applied', count: 4, completed: 3, stillIn: 1, medianDays: 2, meanDays: 1.67, p90Days: 2 },
      // screen: A 3, A 4, B 3 (1 + 2 around the rejection) → [3, 3, 4]
      { stage: 'screen', count: 3, completed: 3, stillIn: 0, medianDays: 3, meanDays: 3.33, p90Days: 4 },
      // onsite: B 3 (ended by the rejection); A still in
      { stage: 'onsite', count: 2, completed: 1, stillIn: 1, medianDays: 3, meanDays: 3, p90Days: 3 },
      { stage: 'offer', count: 0, completed: 0, stillIn: 0, medianDays: null, meanDays: null, p90Days: null },
    ]);
  });

  it('with a period, stays entered within it', () => {
    const since = at(5);
    const expected = [
      { stage: 'applied', count: 2, completed: 1, stillIn: 1, medianDays: 1, meanDays: 1, p90Days: 1 },
      { stage: 'screen', count: 1, completed: 1, stillIn: 0, medianDays: 4, meanDays: 4, p90Days: 4 },
      { stage: 'onsite', count: 2, completed: 1, stillIn: 1, medianDays: 3, meanDays: 3, p90Days: 3 },
      { stage: 'offer', count: 0, completed: 0, stillIn: 0, medianDays: null, meanDays: null, p90Days: null },
    ];
    expect(timeInStageOf(grouped(ABC), since, NOW)).toEqual(expected);
    expect(timeInStageOf(grouped(ABC.filter((e) => e.at >= since)), since, NOW)).toEqual(expected);
  });
});

describe('sources', () => {
  const sourceOf = new Map<string, Source>([
    ['A', 'referral'],
    ['B', 'referral'],
    ['C', 'linkedin'],
    ['D', 'agency'],
  ]);
  it('per source: candidates created, and their share reaching Onsite and Offer', () => {
    const rows = sourcesOf(grouped([...ABC, ...D]), sourceOf, null);
    expect(rows.find((r) => r.source === 'referral')).toEqual({ source: 'referral', candidates: 2, reachedOnsite: 2, reachedOffer: 0, toOnsite: 1, toOffer: 0 });
    expect(rows.find((r) => r.source === 'linkedin')).toEqual({ source: 'linkedin', candidates: 1, reachedOnsite: 0, reachedOffer: 0, toOnsite: 0, toOffer: 0 });
    expect(rows.find((r) => r.source === 'agency')).toEqual({ source: 'agency', candidates: 1, reachedOnsite: 1, reachedOffer: 1, toOnsite: 1, toOffer: 1 });
    expect(rows.find((r) => r.source === 'conference')).toEqual({ source: 'conference', candidates: 0, reachedOnsite: 0, reachedOffer: 0, toOnsite: null, toOffer: null });
  });
  it('with a period, candidates created within it', () => {
    const rows = sourcesOf(grouped([...ABC, ...D]), sourceOf, at(5));
    expect(rows.filter((r) => r.candidates > 0).map((r) => [r.source, r.candidates])).toEqual([['linkedin', 1]]);
    expect(rows.find((r) => r.source === 'referral')!.toOnsite).toBeNull();
  });
});

describe('heatmap', () => {
  const base = (id: string, name: string, stage: SummaryBase['stage'], met: SummaryBase['met'], partial: SummaryBase['partial'] = []): SummaryBase => ({
    id,
    version: 1,
    name,
    headline: '',
    company: '',
    source: 'referral',
    stage,
    status: 'active',
    stageEnteredAt: new Date(T0).toISOString(),
    met,
    partial,
  });
  const bases = [
    base('c1', 'Ada', 'screen', ['data']),
    base('c2', 'Bo', 'onsite', ['data', 'async']),
    base('c3', 'Cy', 'screen', ['data'], ['async']),
    base('c4', 'Al', 'screen', ['language']),
  ];
  it('sorts by coverage, then partly met, then name; filters by stage', () => {
    expect(heatmapOrder(bases, undefined).map((b) => b.id)).toEqual(['c2', 'c3', 'c1', 'c4']);
    expect(heatmapOrder(bases, 'screen').map((b) => b.id)).toEqual(['c3', 'c1', 'c4']);
    expect(heatmapOrder(bases, 'offer')).toEqual([]);
  });
  it('a row has every qualification in the role’s order; missing ones are unknown', () => {
    const row = heatmapRow(bases[1]!, { async: 'met', data: 'met', security: 'not_met' });
    expect(row).toMatchObject({ candidateId: 'c2', coverage: 2, stage: 'onsite' });
    expect(Object.entries(row.cells)).toEqual([
      ['experience', 'unknown'],
      ['language', 'unknown'],
      ['distributed-systems', 'unknown'],
      ['data', 'met'],
      ['async', 'met'],
      ['security', 'not_met'],
      ['communication', 'unknown'],
      ['autonomy', 'unknown'],
    ]);
  });
});

describe('the query', () => {
  it('defaults to the whole log and a first page of 50; limits the page to 200', () => {
    expect(InsightsQuerySchema.parse({})).toEqual({ period: 'all', limit: 50, offset: 0 });
    expect(InsightsQuerySchema.parse({ period: '30d', stage: 'onsite', limit: '200', offset: '400' })).toEqual({ period: '30d', stage: 'onsite', limit: 200, offset: 400 });
    for (const bad of [{ period: '7d' }, { limit: '201' }, { limit: '0' }, { offset: '-1' }, { limit: '1.5' }]) expect(InsightsQuerySchema.safeParse(bad).success).toBe(false);
    expect(INSIGHT_DEFINITIONS.reached).toMatch(/activity log/);
  });
});

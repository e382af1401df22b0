/**
 * Insights' formulas, pure: the same code serves every store. Inputs are the compact stage events of the
 * activity log (ports.ts `StageEvent`) and the board's summary bases; the definitions they implement are
 * written once, in src/domain/insights.ts (`INSIGHT_DEFINITIONS`), and travel with every answer.
 */
import {
  type AssessmentStatus,
  type FunnelStep,
  type HeatmapRow,
  QUALIFICATION_IDS,
  type QualificationId,
  SOURCES,
  type SourceInsight,
  STAGES,
  type Stage,
  type StageTime,
} from '../../src/domain';
import type { StageEvent, SummaryBase } from './ports';

const DAY_MS = 86_400_000;
const STAGE_SET: ReadonlySet<string> = new Set(STAGES);

/** One stay of a candidate in a stage: `days` of active time; `stillIn` while it has not ended. */
export interface Stay {
  stage: Stage;
  enteredAt: number;
  days: number;
  stillIn: boolean;
}

/** When a candidate entered which stage: created → Applied, each stage change → its new stage. */
export interface StageEntry {
  stage: Stage;
  at: number;
}

/** A candidate's events, grouped, each candidate's in the order given. */
export function groupByCandidate(events: readonly StageEvent[]): Map<string, StageEvent[]> {
  const byCandidate = new Map<string, StageEvent[]>();
  for (const event of events) {
    const list = byCandidate.get(event.candidateId);
    if (list) list.push(event);
    else byCandidate.set(event.candidateId, [event]);
  }
  return byCandidate;
}

export function entriesOf(events: readonly StageEvent[]): StageEntry[] {
  const entries: StageEntry[] = [];
  for (const event of events) {
    if (event.type === 'created') entries.push({ stage: 'applied', at: event.at });
    else if (event.type === 'stage_changed' && STAGE_SET.has(event.to)) entries.push({ stage: event.to as Stage, at: event.at });
  }
  return entries;
}

/**
 * One candidate's stays. A stage change ends the current stay and starts one in the new stage; leaving
 * `active` (rejected, withdrawn, hired) stops the clock, and the stay ends there unless a restore starts the
 * clock again (the same stay continues). At `now`, a stay whose clock runs is still in progress.
 */
export function staysOf(events: readonly StageEvent[], now: number): Stay[] {
  const stays: Stay[] = [];
  let current: { stage: Stage; enteredAt: number; ms: number } | null = null;
  let runningSince: number | null = null;
  const stopClock = (at: number) => {
    if (current && runningSince !== null) current.ms += Math.max(0, at - runningSince);
    runningSince = null;
  };
  const close = (at: number) => {
    if (!current) return;
    stopClock(at);
    stays.push({ stage: current.stage, enteredAt: current.enteredAt, days: current.ms / DAY_MS, stillIn: false });
    current = null;
  };
  let active = true;
  for (const event of events) {
    if (event.type === 'status_changed') {
      if (event.to === 'active') {
        active = true;
        if (current && runningSince === null) runningSince = event.at;
      } else {
        active = false;
        stopClock(event.at);
      }
      continue;
    }
    const stage = event.type === 'created' ? 'applied' : event.to;
    if (!STAGE_SET.has(stage)) continue;
    close(event.at);
    if (event.type === 'created') active = true;
    current = { stage: stage as Stage, enteredAt: event.at, ms: 0 };
    runningSince = active ? event.at : null;
  }
  const open = current as { stage: Stage; enteredAt: number; ms: number } | null;
  if (open) {
    const stillIn = runningSince !== null;
    stopClock(now);
    stays.push({ stage: open.stage, enteredAt: open.enteredAt, days: open.ms / DAY_MS, stillIn });
  }
  return stays;
}

// Statistics ------------------------------------------------------------------------------------------

/** The middle value of ascending `sorted`; the mean of the two middle ones for an even count. */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest rank: the value at rank ⌈p/100 × n⌉ (1-based) of ascending `sorted`. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sorted[Math.min(n, rank) - 1]!;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Days to two decimals (figures are computed unrounded). */
const days2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

// Figures ---------------------------------------------------------------------------------------------

/** Stages each candidate reached, by an entry at or after `since` (ms; null: any time). */
export function reachedStages(byCandidate: ReadonlyMap<string, readonly StageEvent[]>, since: number | null): Map<string, Set<Stage>> {
  const reached = new Map<string, Set<Stage>>();
  for (const [candidateId, events] of byCandidate) {
    const stages = new Set<Stage>();
    for (const entry of entriesOf(events)) if (since === null || entry.at >= since) stages.add(entry.stage);
    if (stages.size > 0) reached.set(candidateId, stages);
  }
  return reached;
}

export function funnelOf(reached: ReadonlyMap<string, ReadonlySet<Stage>>): { funnel: FunnelStep[]; overallConversion: number | null } {
  const counts = STAGES.map(() => 0);
  const onward = STAGES.map(() => 0);
  let appliedToOffer = 0;
  for (const stages of reached.values()) {
    STAGES.forEach((stage, index) => {
      if (!stages.has(stage)) return;
      counts[index]! += 1;
      const next = STAGES[index + 1];
      if (next && stages.has(next)) onward[index]! += 1;
    });
    if (stages.has('applied') && stages.has('offer')) appliedToOffer += 1;
  }
  const funnel = STAGES.map((stage, index): FunnelStep => {
    const last = index === STAGES.length - 1;
    return {
      stage,
      reached: counts[index]!,
      reachedNext: last ? null : onward[index]!,
      conversionToNext: last ? null : ratio(onward[index]!, counts[index]!),
    };
  });
  return { funnel, overallConversion: ratio(appliedToOffer, counts[0]!) };
}

/** Per stage: stays entered at or after `since`; figures over completed stays, the rest counted as still in. */
export function timeInStageOf(byCandidate: ReadonlyMap<string, readonly StageEvent[]>, since: number | null, now: number): StageTime[] {
  const completed = new Map<Stage, number[]>(STAGES.map((stage) => [stage, []]));
  const stillIn = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  for (const events of byCandidate.values()) {
    for (const stay of staysOf(events, now)) {
      if (since !== null && stay.enteredAt < since) continue;
      if (stay.stillIn) stillIn.set(stay.stage, stillIn.get(stay.stage)! + 1);
      else completed.get(stay.stage)!.push(stay.days);
    }
  }
  return STAGES.map((stage): StageTime => {
    const values = completed.get(stage)!.sort((a, b) => a - b);
    const waiting = stillIn.get(stage)!;
    return {
      stage,
      count: values.length + waiting,
      completed: values.length,
      stillIn: waiting,
      medianDays: days2(median(values)),
      meanDays: days2(mean(values)),
      p90Days: days2(nearestRank(values, 90)),
    };
  });
}

/** Candidates created at or after `since`, per source, and how many of them reached Onsite and Offer. */
export function sourcesOf(
  byCandidate: ReadonlyMap<string, readonly StageEvent[]>,
  sourceOf: ReadonlyMap<string, SummaryBase['source']>,
  since: number | null,
): SourceInsight[] {
  const tally = new Map(SOURCES.map((source) => [source, { candidates: 0, reachedOnsite: 0, reachedOffer: 0 }]));
  for (const [candidateId, events] of byCandidate) {
    const source = sourceOf.get(candidateId);
    if (!source) continue;
    const created = events.find((event) => event.type === 'created');
    if (!created || (since !== null && created.at < since)) continue;
    const stages = new Set(entriesOf(events).map((entry) => entry.stage));
    const row = tally.get(source)!;
    row.candidates += 1;
    if (stages.has('onsite')) row.reachedOnsite += 1;
    if (stages.has('offer')) row.reachedOffer += 1;
  }
  return SOURCES.map((source) => {
    const row = tally.get(source)!;
    return { source, ...row, toOnsite: ratio(row.reachedOnsite, row.candidates), toOffer: ratio(row.reachedOffer, row.candidates) };
  });
}

/** The heatmap's candidates in order: optionally one stage; most met first, then most partly met, then name. */
export function heatmapOrder(bases: readonly SummaryBase[], stage: Stage | undefined): SummaryBase[] {
  const chosen = stage ? bases.filter((base) => base.stage === stage) : bases.slice();
  return chosen.sort(
    (a, b) => b.met.length - a.met.length || b.partial.length - a.partial.length || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Cells in the role's order; a qualification the store did not answer for is `unknown`. */
export function heatmapRow(base: SummaryBase, statuses: Partial<Record<QualificationId, AssessmentStatus>> | undefined): HeatmapRow {
  const cells = Object.fromEntries(QUALIFICATION_IDS.map((id) => [id, statuses?.[id] ?? 'unknown'])) as Record<QualificationId, AssessmentStatus>;
  return { candidateId: base.id, name: base.name, stage: base.stage, status: base.status, coverage: base.met.length, cells };
}

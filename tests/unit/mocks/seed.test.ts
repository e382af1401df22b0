import { describe, expect, it } from 'vitest';
import { CANDIDATE_STATUSES, CandidateSchema, InterviewSchema, ActivityEntrySchema, STAGES, stageIndex } from '../../../src/domain';
import { DEFAULT_SEED, DEFAULT_SIZE, generateDataset } from '../../../server/seed/dataset';

const NOW = new Date('2026-01-15T10:00:00.000Z');
const defaults = generateDataset({ seed: DEFAULT_SEED, size: DEFAULT_SIZE, now: NOW });

describe('generateDataset', () => {
  it('gives the same data for the same seed, size and now', () => {
    expect(generateDataset({ seed: 42, size: 80, now: NOW })).toEqual(generateDataset({ seed: 42, size: 80, now: NOW }));
  });

  it('gives different people for a different seed', () => {
    const a = generateDataset({ seed: 1, size: 30, now: NOW }).candidates;
    const b = generateDataset({ seed: 2, size: 30, now: NOW }).candidates;
    expect(a.map((c) => c.name)).not.toEqual(b.map((c) => c.name));
  });

  it('gives candidate i the same whatever the size, interviews and activity included', () => {
    const small = generateDataset({ seed: DEFAULT_SEED, size: 60, now: NOW });
    const large = generateDataset({ seed: DEFAULT_SEED, size: 500, now: NOW });
    expect(large.candidates).toHaveLength(500);
    expect(large.candidates.slice(0, 60)).toEqual(small.candidates);
    const ids = new Set(small.candidates.map((c) => c.id));
    expect(large.interviews.filter((i) => ids.has(i.candidateId))).toEqual(small.interviews);
    expect(large.activity.filter((a) => ids.has(a.candidateId))).toEqual(small.activity);
  });

  it('has unique candidate ids', () => {
    const large = generateDataset({ seed: 7, size: 2000, now: NOW });
    expect(new Set(large.candidates.map((c) => c.id)).size).toBe(2000);
  });

  it('spreads the default data over every stage and every status', () => {
    expect(defaults.candidates).toHaveLength(DEFAULT_SIZE);
    expect(new Set(defaults.candidates.map((c) => c.stage))).toEqual(new Set(STAGES));
    expect(new Set(defaults.candidates.map((c) => c.status))).toEqual(new Set(CANDIDATE_STATUSES));
    // Active candidates at every stage, so the default board has no empty column.
    for (const stage of STAGES) {
      expect(defaults.candidates.some((c) => c.stage === stage && c.status === 'active'), stage).toBe(true);
    }
  });

  it('produces records that satisfy the API contract', () => {
    const { candidates, interviews, activity } = generateDataset({ seed: 99, size: 400, now: NOW });
    for (const c of candidates) {
      const parsed = CandidateSchema.safeParse(c);
      expect(parsed.success, `${c.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
    for (const i of interviews) expect(InterviewSchema.safeParse(i).success).toBe(true);
    for (const a of activity) expect(ActivityEntrySchema.safeParse(a).success).toBe(true);
    for (const c of defaults.candidates) expect(CandidateSchema.safeParse(c).success, c.id).toBe(true);
  });

  it('gives every submitted scorecard private notes, so blind review has something to hide', () => {
    const { scorecards } = generateDataset({ seed: DEFAULT_SEED, size: 300, now: NOW });
    const submitted = scorecards.filter((s) => s.status === 'submitted');
    expect(submitted.length).toBeGreaterThan(100);
    for (const scorecard of submitted) expect(scorecard.privateNotes.trim(), scorecard.id).not.toBe('');
  });

  it('hires only from Offer, and gives closed candidates a reason', () => {
    const { candidates } = generateDataset({ seed: DEFAULT_SEED, size: 1000, now: NOW });
    for (const c of candidates) {
      if (c.status === 'hired') expect(c.stage).toBe('offer');
      if (c.status === 'rejected' || c.status === 'withdrawn') expect(c.statusChange?.reason, c.id).toBeTruthy();
      if (c.status === 'active') expect(c.statusChange).toBeNull();
    }
    expect(candidates.some((c) => c.status === 'hired')).toBe(true);
  });

  it('schedules interviews only for stages a candidate has reached past Applied', () => {
    const { candidates, interviews } = generateDataset({ seed: DEFAULT_SEED, size: 500, now: NOW });
    const byId = new Map(candidates.map((c) => [c.id, c]));
    for (const interview of interviews) {
      const c = byId.get(interview.candidateId);
      expect(c, interview.id).toBeDefined();
      expect(interview.stage).not.toBe('applied');
      expect(stageIndex(interview.stage)).toBeLessThanOrEqual(stageIndex(c!.stage));
    }
    const withInterviews = new Set(interviews.map((i) => i.candidateId));
    for (const c of candidates) {
      if (c.stage === 'applied') expect(withInterviews.has(c.id)).toBe(false);
      else expect(withInterviews.has(c.id), c.id).toBe(true);
    }
    expect(new Set(interviews.map((i) => i.id)).size).toBe(interviews.length);
  });

  it('lays every date out before now, in order', () => {
    for (const c of defaults.candidates) {
      const applied = Date.parse(c.appliedAt);
      const entered = Date.parse(c.stageEnteredAt);
      expect(applied).toBeLessThanOrEqual(entered);
      expect(entered).toBeLessThanOrEqual(NOW.getTime());
    }
    for (const a of defaults.activity) expect(Date.parse(a.at)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('records how each candidate got to their stage', () => {
    for (const c of defaults.candidates) {
      const log = defaults.activity.filter((a) => a.candidateId === c.id);
      expect(log[0]?.type).toBe('created');
      const moves = log.filter((a) => a.type === 'stage_changed');
      expect(moves).toHaveLength(stageIndex(c.stage));
      const last = moves.at(-1);
      if (last?.type === 'stage_changed') expect(last.to).toBe(c.stage);
    }
  });

  it('generates 10,000 candidates', () => {
    const big = generateDataset({ seed: DEFAULT_SEED, size: 10_000, now: NOW });
    expect(big.candidates).toHaveLength(10_000);
    expect(big.candidates[9_999]?.id).toBe('c10000');
  });
});

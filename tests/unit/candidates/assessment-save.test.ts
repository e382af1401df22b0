import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assessment, ASSESSMENT_STATUSES } from '../../../src/domain';
import { holdsUpdate, newerCandidate, nextStep, sameAssessment } from '../../../src/features/candidates/assessment-save';
import { queryKeys } from '../../../src/lib/queries/keys';

const priya = { id: 'u-priya', name: 'Priya Raman' };
const marcus = { id: 'u-marcus', name: 'Marcus Okafor' };
const base: Assessment = { status: 'unknown', evidence: '', updatedBy: null, updatedAt: null };
const theirs: Assessment = { status: 'not_met', evidence: 'No queues.', updatedBy: marcus, updatedAt: '2026-01-02T10:00:00.000Z' };

describe('nextStep (what to do with an assessment write)', () => {
  it('sends when nobody changed this qualification since editing began', () => {
    expect(nextStep(base, base, { status: 'met', evidence: 'Kafka consumers.' })).toBe('send');
  });

  it('is a conflict when someone else changed this qualification meanwhile', () => {
    expect(nextStep(theirs, base, { status: 'met', evidence: 'Kafka consumers.' })).toBe('conflict');
  });

  it('is already applied when the server holds exactly what was typed (a retried write whose answer was lost)', () => {
    const mine: Assessment = { status: 'met', evidence: 'Kafka consumers.', updatedBy: priya, updatedAt: '2026-01-02T11:00:00.000Z' };
    expect(nextStep(mine, base, { status: 'met', evidence: '  Kafka consumers.  ' })).toBe('applied');
  });

  it('after "overwrite with mine" (their value as the new base) sends again', () => {
    expect(nextStep(theirs, theirs, { status: 'met', evidence: 'Kafka consumers.' })).toBe('send');
  });

  it('never overwrites a value the person has not seen (property)', () => {
    const assessment = fc.record({
      status: fc.constantFrom(...ASSESSMENT_STATUSES),
      evidence: fc.string({ maxLength: 20 }),
      updatedBy: fc.option(fc.constantFrom(priya, marcus), { nil: null }),
      updatedAt: fc.option(fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'), { nil: null }),
    });
    const update = fc.record({ status: fc.constantFrom(...ASSESSMENT_STATUSES), evidence: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(assessment, assessment, update, (current, seen, typed) => {
        const step = nextStep(current, seen, typed);
        if (step === 'send') expect(sameAssessment(current, seen)).toBe(true);
        if (step === 'applied') expect(holdsUpdate(current, typed)).toBe(true);
        if (!sameAssessment(current, seen) && !holdsUpdate(current, typed)) expect(step).toBe('conflict');
      }),
    );
  });
});

describe('newerCandidate', () => {
  it('keeps the newer version, so a late answer never rolls the page back', () => {
    const v3 = { version: 3 } as never;
    const v4 = { version: 4 } as never;
    expect(newerCandidate(v4, v3)).toBe(v4);
    expect(newerCandidate(v3, v4)).toBe(v4);
    expect(newerCandidate(undefined, v3)).toBe(v3);
  });
});

describe('query keys', () => {
  it('go general to specific, so invalidating a prefix reaches everything under it', () => {
    const { candidates } = queryKeys;
    expect(candidates.list().slice(0, 1)).toEqual(candidates.all);
    expect(candidates.detail('c1').slice(0, 1)).toEqual(candidates.all);
    // A candidate's activity sits under its detail key: a move invalidates both.
    expect(candidates.activity('c1').slice(0, 3)).toEqual(candidates.detail('c1'));
    expect(candidates.lookup('a@b.c').slice(0, 2)).toEqual(candidates.lookups());
    expect(candidates.detail('c1')).not.toEqual(candidates.detail('c2'));
  });
});

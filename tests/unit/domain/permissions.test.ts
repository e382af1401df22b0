import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_STATUSES,
  canSeeContactDetails,
  decideMove,
  seesWholePipeline,
  STAGES,
  USER_ROLES,
  type CandidateStatus,
  type Stage,
} from '../../../src/domain';

const role = fc.constantFrom(...USER_ROLES);
const stage = fc.constantFrom(...STAGES);
const status = fc.constantFrom(...CANDIDATE_STATUSES);
const NON_ACTIVE = CANDIDATE_STATUSES.filter((s) => s !== 'active');

function subject(from: Stage, st: CandidateStatus = 'active') {
  return { stage: from, status: st };
}

describe('decideMove', () => {
  it('never lets an interviewer move anyone, whatever the candidate', () => {
    fc.assert(
      fc.property(stage, status, stage, (from, st, to) => {
        const decision = decideMove('interviewer', subject(from, st), to);
        expect(decision).toMatchObject({ allowed: false, kind: 'forbidden' });
      }),
    );
  });

  it('forbids a recruiter from moving anyone into Offer', () => {
    for (const from of STAGES.filter((s) => s !== 'offer')) {
      expect(decideMove('recruiter', subject(from), 'offer')).toMatchObject({ allowed: false, kind: 'forbidden' });
    }
  });

  it('forbids a recruiter from moving anyone out of Offer', () => {
    for (const to of STAGES.filter((s) => s !== 'offer')) {
      expect(decideMove('recruiter', subject('offer'), to)).toMatchObject({ allowed: false, kind: 'forbidden' });
    }
  });

  it('lets a recruiter move active candidates between applied, screen and onsite, both ways', () => {
    expect(decideMove('recruiter', subject('applied'), 'screen')).toEqual({ allowed: true });
    expect(decideMove('recruiter', subject('applied'), 'onsite')).toEqual({ allowed: true });
    expect(decideMove('recruiter', subject('onsite'), 'applied')).toEqual({ allowed: true });
  });

  it('treats moving a closed candidate as invalid (422), not forbidden', () => {
    for (const st of NON_ACTIVE) {
      const decision = decideMove('hiring_manager', subject('screen', st), 'onsite');
      expect(decision).toMatchObject({ allowed: false, kind: 'invalid' });
      expect(decideMove('recruiter', subject('applied', st), 'screen')).toMatchObject({ kind: 'invalid' });
    }
  });

  it('treats a move to the current stage as invalid', () => {
    for (const s of STAGES) {
      expect(decideMove('hiring_manager', subject(s), s)).toMatchObject({ allowed: false, kind: 'invalid' });
    }
    expect(decideMove('recruiter', subject('screen'), 'screen')).toMatchObject({ allowed: false, kind: 'invalid' });
  });

  it('lets the hiring manager move an active candidate to any other stage, including into and out of Offer', () => {
    for (const from of STAGES) {
      for (const to of STAGES) {
        if (from === to) continue;
        expect(decideMove('hiring_manager', subject(from), to)).toEqual({ allowed: true });
      }
    }
  });

  it('gives a non-empty reason whenever it refuses', () => {
    fc.assert(
      fc.property(role, stage, status, stage, (r, from, st, to) => {
        const decision = decideMove(r, subject(from, st), to);
        if (!decision.allowed) expect(decision.reason.trim()).not.toBe('');
      }),
    );
  });

  it('allowed implies: active, a different stage, not an interviewer, and Offer untouched by recruiters', () => {
    fc.assert(
      fc.property(role, stage, status, stage, (r, from, st, to) => {
        const decision = decideMove(r, subject(from, st), to);
        if (decision.allowed) {
          expect(st).toBe('active');
          expect(from).not.toBe(to);
          expect(r).not.toBe('interviewer');
          if (r === 'recruiter') expect([from, to]).not.toContain('offer');
        }
      }),
    );
  });

  it('is allowed exactly when every rule holds', () => {
    fc.assert(
      fc.property(role, stage, status, stage, (r, from, st, to) => {
        const expected =
          r !== 'interviewer' &&
          !(r === 'recruiter' && (from === 'offer' || to === 'offer')) &&
          st === 'active' &&
          from !== to;
        expect(decideMove(r, subject(from, st), to).allowed).toBe(expected);
      }),
    );
  });
});

describe('visibility rules', () => {
  it('hides contact details from interviewers only', () => {
    expect(canSeeContactDetails('interviewer')).toBe(false);
    expect(canSeeContactDetails('recruiter')).toBe(true);
    expect(canSeeContactDetails('hiring_manager')).toBe(true);
  });

  it('shows the whole pipeline to everyone but interviewers', () => {
    expect(seesWholePipeline('interviewer')).toBe(false);
    expect(seesWholePipeline('recruiter')).toBe(true);
    expect(seesWholePipeline('hiring_manager')).toBe(true);
  });
});

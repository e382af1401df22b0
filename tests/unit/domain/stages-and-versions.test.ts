import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjacentStage,
  type AssessmentStatus,
  type Candidate,
  CandidateSchema,
  daysInStage,
  readIfMatch,
  ProblemSchema,
  QUALIFICATION_IDS,
  type QualificationId,
  stageIndex,
  STAGES,
  summarizeCandidate,
  toEntityTag,
} from '../../../src/domain';

function candidate(statuses: Partial<Record<QualificationId, AssessmentStatus>> = {}, overrides: Partial<Candidate> = {}): Candidate {
  const assessments = Object.fromEntries(
    QUALIFICATION_IDS.map((id) => [id, { status: statuses[id] ?? 'unknown', evidence: '', updatedBy: null, updatedAt: null }]),
  ) as Candidate['assessments'];
  return {
    id: 'c00001',
    version: 4,
    name: 'Ada Lovelace',
    headline: 'Backend engineer',
    company: 'Analytical Engines',
    location: 'London',
    yearsExperience: 9,
    source: 'referral',
    links: [{ label: 'GitHub', url: 'https://github.com/ada' }],
    email: 'ada@example.com',
    phone: '+1 555 100 2000',
    stage: 'screen',
    status: 'active',
    statusChange: null,
    appliedAt: '2025-01-01T09:00:00.000Z',
    stageEnteredAt: '2025-01-05T09:00:00.000Z',
    assessments,
    ...overrides,
  };
}

describe('stages', () => {
  it('are applied, screen, onsite, offer in that order', () => {
    expect([...STAGES]).toEqual(['applied', 'screen', 'onsite', 'offer']);
    expect(STAGES.map(stageIndex)).toEqual([0, 1, 2, 3]);
  });

  it('step one forward or back, and stop at either end', () => {
    expect(adjacentStage('applied', 1)).toBe('screen');
    expect(adjacentStage('onsite', 1)).toBe('offer');
    expect(adjacentStage('offer', 1)).toBeNull();
    expect(adjacentStage('screen', -1)).toBe('applied');
    expect(adjacentStage('applied', -1)).toBeNull();
  });

  it('forward then back returns to the same stage wherever forward exists', () => {
    for (const stage of STAGES) {
      const next = adjacentStage(stage, 1);
      if (next !== null) expect(adjacentStage(next, -1)).toBe(stage);
    }
  });
});

describe('entity tags', () => {
  it('writes a version as a strong tag', () => {
    expect(toEntityTag(3)).toBe('"3"');
  });

  it('round-trips any version through If-Match', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (v) => {
        const read = readIfMatch(toEntityTag(v));
        return read.kind === 'version' && read.version === v;
      }),
    );
  });

  it('compares strongly: a weak tag is never a version (RFC 9110)', () => {
    expect(readIfMatch('W/"3"')).toEqual({ kind: 'weak' });
    expect(readIfMatch(' "12" ')).toEqual({ kind: 'version', version: 12 });
  });

  it('treats an absent or malformed tag as none', () => {
    expect(readIfMatch(null)).toEqual({ kind: 'missing' });
    for (const garbage of ['', '*', '3', 'abc', '"abc"', '-1', '"1.5"', '"3", "4"', 'W/', 'w/"3"']) {
      expect(readIfMatch(garbage), garbage).toEqual({ kind: 'missing' });
    }
  });
});

describe('daysInStage', () => {
  const entered = '2025-03-01T12:00:00.000Z';

  it('counts whole days elapsed', () => {
    expect(daysInStage(entered, new Date('2025-03-01T12:00:00.000Z'))).toBe(0);
    expect(daysInStage(entered, new Date('2025-03-02T11:59:59.999Z'))).toBe(0);
    expect(daysInStage(entered, new Date('2025-03-02T12:00:00.000Z'))).toBe(1);
    expect(daysInStage(entered, new Date('2025-03-11T18:00:00.000Z'))).toBe(10);
  });

  it('is never negative, even with a clock behind the server', () => {
    expect(daysInStage(entered, new Date('2025-02-20T00:00:00.000Z'))).toBe(0);
  });
});

describe('summarizeCandidate', () => {
  it('lists met and partial qualifications in role order, whatever the assessment key order', () => {
    const c = candidate({ autonomy: 'met', experience: 'met', data: 'partial', language: 'partial', security: 'not_met', async: 'met' });
    // Rebuild assessments in reverse key order to make sure the role order comes from QUALIFICATION_IDS.
    const reversed = { ...c, assessments: Object.fromEntries(Object.entries(c.assessments).reverse()) as Candidate['assessments'] };
    for (const subject of [c, reversed]) {
      const summary = summarizeCandidate(subject);
      expect(summary.met).toEqual(['experience', 'async', 'autonomy']);
      expect(summary.partial).toEqual(['language', 'data']);
    }
  });

  it('carries the board fields and leaves contact details out', () => {
    const summary = summarizeCandidate(candidate({}, { stage: 'onsite', status: 'rejected', version: 7 }));
    expect(summary).toMatchObject({ id: 'c00001', version: 7, stage: 'onsite', status: 'rejected', source: 'referral', company: 'Analytical Engines' });
    expect(summary.met).toEqual([]);
    expect(summary).not.toHaveProperty('email');
    expect(summary).not.toHaveProperty('phone');
    expect(summary).not.toHaveProperty('links');
  });
});

describe('contract schemas', () => {
  it('accept a well-formed candidate with an https link', () => {
    expect(CandidateSchema.safeParse(candidate()).success).toBe(true);
  });

  it('reject a javascript: link', () => {
    const bad = candidate({}, { links: [{ label: 'Portfolio', url: 'javascript:alert(1)' }] });
    expect(CandidateSchema.safeParse(bad).success).toBe(false);
  });

  it('reject a data: link', () => {
    const bad = candidate({}, { links: [{ label: 'Portfolio', url: 'data:text/html,<b>x</b>' }] });
    expect(CandidateSchema.safeParse(bad).success).toBe(false);
  });

  it('reject a candidate missing an assessment', () => {
    const c = candidate();
    const { security: _dropped, ...rest } = c.assessments;
    expect(CandidateSchema.safeParse({ ...c, assessments: rest }).success).toBe(false);
  });

  it('default a problem type to about:blank and keep extensions', () => {
    const parsed = ProblemSchema.parse({ title: 'Not found', status: 404, traceId: 'abc' });
    expect(parsed.type).toBe('about:blank');
    expect(parsed).toMatchObject({ traceId: 'abc' });
    expect(ProblemSchema.parse({ type: 'https://x.test/p', title: 'T', status: 400 }).type).toBe('https://x.test/p');
  });
});

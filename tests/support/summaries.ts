import type { CandidateSummary } from '../../src/domain';

let nextId = 1;

/** A board summary for pure-logic tests: an active applicant with nothing assessed, unless overridden. */
export function candidateSummary(overrides: Partial<CandidateSummary> = {}): CandidateSummary {
  const number = nextId++;
  return {
    id: `c${String(number).padStart(5, '0')}`,
    version: 1,
    name: 'Sam Example',
    headline: 'Backend engineer',
    company: 'Acme',
    source: 'linkedin',
    stage: 'applied',
    status: 'active',
    stageEnteredAt: '2025-01-01T00:00:00.000Z',
    met: [],
    partial: [],
    scorecards: null,
    needsDecision: false,
    lastActivityAt: null,
    ...overrides,
  };
}

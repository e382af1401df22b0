/**
 * The API contract suite, for any backend: each target's runner calls `defineContractSuite` with its
 * target, started and stopped by the runner. Every test starts from freshly seeded data.
 */
import { beforeEach, describe } from 'vitest';
import { seedFacts } from './fixtures';
import { defineAuthorizationSuite } from './suite-authorization';
import { defineBadInputSuite } from './suite-bad-input';
import { defineBlindReviewSuite } from './suite-blind-review';
import { defineBulkSuite } from './suite-bulk';
import { defineCandidateSuite } from './suite-candidates';
import { defineEventSuite } from './suite-events';
import { defineExportSuite } from './suite-export';
import { defineHttpSuite } from './suite-http';
import { defineIdempotencySuite } from './suite-idempotency';
import { defineInsightsSuite } from './suite-insights';
import { defineLastActivitySuite } from './suite-last-activity';
import { defineScorecardSuite } from './suite-scorecards';
import { defineStatusSuite } from './suite-status';
import { defineVersionSuite } from './suite-versions';
import { defineVisibilitySuite } from './suite-visibility';
import type { ContractTarget } from './target';

export function defineContractSuite(getTarget: () => ContractTarget): void {
  describe('API contract', () => {
    beforeEach(async () => {
      const target = getTarget();
      await target.reset();
      // Learnt once, right after a reset, before any test has written anything (fixtures.ts).
      await seedFacts(target);
    });

    defineAuthorizationSuite(getTarget);
    defineVersionSuite(getTarget);
    defineIdempotencySuite(getTarget);
    defineHttpSuite(getTarget);
    defineBadInputSuite(getTarget);
    defineVisibilitySuite(getTarget);
    defineCandidateSuite(getTarget);
    defineStatusSuite(getTarget);
    defineBlindReviewSuite(getTarget);
    defineScorecardSuite(getTarget);
    defineEventSuite(getTarget);
    defineBulkSuite(getTarget);
    defineExportSuite(getTarget);
    defineInsightsSuite(getTarget);
    defineLastActivitySuite(getTarget);
  });
}

/** How commands are drawn: who, about which candidate or interview, with which body and If-Match. */
import fc from 'fast-check';
import {
  ASSESSMENT_STATUSES,
  QUALIFICATION_IDS,
  RATINGS,
  type Ratings,
  RECOMMENDATIONS,
  REJECTION_REASONS,
  type ScorecardContent,
  STAGES,
  type StatusAction,
  WITHDRAWAL_REASONS,
} from '../../src/domain';
import { ForeignKeyStep, JunkStep, KeyReuseStep, ParallelStep, RetryStep, TwiceAtOnceStep, ViewStep, WriteStep } from './commands';
import type { VersionChoice, WriteSpec } from './model';
import { JUNK_KINDS } from './steps';
import { DATASET, USER_IDS, USERS } from './world';

const INTERVIEWERS = USERS.filter((u) => u.role === 'interviewer').map((u) => u.id);
const SEEDED_CANDIDATES = DATASET.candidates.map((c) => c.id);
/** Submitted scorecards are final: most scorecard commands go to interviews still open. */
const OPEN_INTERVIEWS = DATASET.interviews.filter((i) => DATASET.scorecards.find((s) => s.interviewId === i.id)?.status !== 'submitted');

const userArb = fc.constantFrom(...USER_IDS);
/** Mostly the people who may change candidates, sometimes an interviewer (who may not). */
const writerArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('u-priya') },
  { weight: 1, arbitrary: fc.constant('u-jordan') },
  { weight: 4, arbitrary: fc.constant('u-marcus') },
  { weight: 2, arbitrary: fc.constantFrom(...INTERVIEWERS) },
);
/** The seeded candidates, and now and then one that exists only once someone has added it. */
const candidateArb = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...SEEDED_CANDIDATES) }, { weight: 1, arbitrary: fc.constantFrom('c00009', 'c00010') });
const versionArb: fc.Arbitrary<VersionChoice> = fc.oneof(
  { weight: 10, arbitrary: fc.constant('current' as const) },
  { weight: 2, arbitrary: fc.constant('stale' as const) },
  { weight: 1, arbitrary: fc.constantFrom('missing' as const, 'weak' as const) },
);

const noteTextArb = fc.constantFrom('', 'Discussed with the panel.');
const actionArb: fc.Arbitrary<StatusAction> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      action: fc.constant('reject' as const),
      reason: fc.constantFrom(...REJECTION_REASONS.filter((r) => r !== 'Other')),
      note: noteTextArb,
      unmetQualifications: fc.subarray([...QUALIFICATION_IDS], { maxLength: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ action: fc.constant('withdraw' as const), reason: fc.constantFrom(...WITHDRAWAL_REASONS.filter((r) => r !== 'Other')), note: noteTextArb }),
  },
  { weight: 3, arbitrary: fc.constant({ action: 'restore' as const }) },
  { weight: 2, arbitrary: fc.record({ action: fc.constant('hire' as const), note: noteTextArb }) },
);

const ratingsArb = fc
  .array(fc.tuple(fc.constantFrom(...QUALIFICATION_IDS), fc.constantFrom(...RATINGS)), { maxLength: 3 })
  .map((pairs) => Object.fromEntries(pairs) as Ratings);
const privateNotesArb = fc.constantFrom('', 'Private: ask about on-call load.');
const draftContentArb: fc.Arbitrary<ScorecardContent> = fc.record({
  ratings: ratingsArb,
  recommendation: fc.option(fc.constantFrom(...RECOMMENDATIONS)),
  takeaways: fc.constantFrom('', 'First impressions: thorough.'),
  privateNotes: privateNotesArb,
});
const completeContentArb: fc.Arbitrary<ScorecardContent> = fc.record({
  ratings: ratingsArb,
  recommendation: fc.constantFrom(...RECOMMENDATIONS),
  takeaways: fc.constantFrom('Clean, well-tested solution.', 'Struggled with failure modes.'),
  privateNotes: privateNotesArb,
});
/** Mostly ready to submit; sometimes missing a recommendation or takeaways (refused, 422). */
const submitContentArb = fc.oneof({ weight: 6, arbitrary: completeContentArb }, { weight: 1, arbitrary: draftContentArb });

const moveArb: fc.Arbitrary<WriteSpec> = fc.record({
  kind: fc.constant('move' as const),
  userId: writerArb,
  candidateId: candidateArb,
  toStage: fc.constantFrom(...STAGES),
  version: versionArb,
});
const statusArb: fc.Arbitrary<WriteSpec> = fc.record({ kind: fc.constant('status' as const), userId: writerArb, candidateId: candidateArb, action: actionArb, version: versionArb });
const assessArb: fc.Arbitrary<WriteSpec> = fc.record({
  kind: fc.constant('assess' as const),
  userId: writerArb,
  candidateId: candidateArb,
  qualificationId: fc.constantFrom(...QUALIFICATION_IDS),
  status: fc.constantFrom(...ASSESSMENT_STATUSES),
  evidence: fc.constantFrom('', 'Seen in the system design round.'),
  version: versionArb,
});
const noteArb: fc.Arbitrary<WriteSpec> = fc.record({
  kind: fc.constant('note' as const),
  userId: writerArb,
  candidateId: candidateArb,
  text: fc.constantFrom('Strong signal from the panel.', 'Call back next week.'),
});
const createArb: fc.Arbitrary<WriteSpec> = fc.record({
  kind: fc.constant('create' as const),
  userId: writerArb,
  // The same address twice (in any case) is a duplicate: 409.
  email: fc.constantFrom('ada@example.com', 'ADA@example.com', 'grace@example.com'),
  name: fc.constantFrom('Ada Byron', 'Grace Hopper'),
});
/** A scorecard write, mostly by the interview's own interviewer, now and then by someone else (404). */
function scorecardArb(kind: 'draft' | 'submit'): fc.Arbitrary<WriteSpec> {
  const interviewArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OPEN_INTERVIEWS) }, { weight: 1, arbitrary: fc.constantFrom(...DATASET.interviews) });
  const authorArb = fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: userArb });
  return fc
    .tuple(interviewArb, authorArb, kind === 'draft' ? draftContentArb : submitContentArb, versionArb)
    .map(([interview, other, content, version]) => ({ kind, userId: other ?? interview.interviewerId, interviewId: interview.id, content, version }));
}
const draftArb = scorecardArb('draft');
const submitArb = scorecardArb('submit');

/** How many turns of the event loop the second of two parallel requests starts after the first. */
const staggerArb = fc.nat(4);
const withCurrentVersion = (spec: WriteSpec): WriteSpec => ('version' in spec ? { ...spec, version: 'current' } : spec);

/** Two writes of one candidate (or one scorecard) at once, both based on the version the model holds. */
const parallelCandidateArb = fc
  .tuple(fc.constantFrom(...SEEDED_CANDIDATES), fc.oneof(moveArb, statusArb, assessArb, noteArb), fc.oneof(moveArb, statusArb, assessArb, noteArb), staggerArb)
  .map(([candidateId, a, b, stagger]) =>
    new ParallelStep(withCurrentVersion({ ...a, candidateId } as WriteSpec), withCurrentVersion({ ...b, candidateId } as WriteSpec), stagger),
  );
const parallelScorecardArb = fc.tuple(fc.oneof(draftArb, submitArb), fc.oneof(draftArb, submitArb), staggerArb).map(([a, b, stagger]) => {
  const first = withCurrentVersion(a);
  const second = withCurrentVersion({ ...b, userId: first.userId, interviewId: (first as { interviewId: string }).interviewId } as WriteSpec);
  return new ParallelStep(first, second, stagger);
});

export const stepArb = fc.oneof(
  { weight: 4, arbitrary: moveArb.map((s) => new WriteStep(s)) },
  { weight: 3, arbitrary: statusArb.map((s) => new WriteStep(s)) },
  { weight: 2, arbitrary: assessArb.map((s) => new WriteStep(s)) },
  { weight: 2, arbitrary: noteArb.map((s) => new WriteStep(s)) },
  { weight: 1, arbitrary: createArb.map((s) => new WriteStep(s)) },
  { weight: 3, arbitrary: draftArb.map((s) => new WriteStep(s)) },
  { weight: 3, arbitrary: submitArb.map((s) => new WriteStep(s)) },
  { weight: 3, arbitrary: fc.nat(100).map((n) => new RetryStep(n)) },
  { weight: 1, arbitrary: fc.nat(100).map((n) => new KeyReuseStep(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(100), userArb).map(([n, u]) => new ForeignKeyStep(n, u)) },
  { weight: 2, arbitrary: parallelCandidateArb },
  { weight: 1, arbitrary: parallelScorecardArb },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(moveArb, statusArb, noteArb, createArb, submitArb), staggerArb).map(([s, n]) => new TwiceAtOnceStep(s, n)) },
  { weight: 1, arbitrary: fc.tuple(userArb, candidateArb, fc.constantFrom(...JUNK_KINDS)).map(([u, c, j]) => new JunkStep(u, c, j)) },
  { weight: 2, arbitrary: fc.tuple(userArb, candidateArb).map(([u, c]) => new ViewStep(u, c)) },
);

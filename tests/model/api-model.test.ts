// @vitest-environment node
/**
 * Model-based test of the API (DESIGN §1-§4): random sequences of requests by the recruiter, the hiring
 * manager and interviewers, sent through the real router over the core and the in-memory store, checked
 * after every step against a small model (./model.ts) and the visibility rules (./views.ts).
 *
 * Deterministic by default (fast-check seed 42, 1,000 sequences). To explore:
 *   FC_SEED=random npx vitest run tests/model      a new seed each run (printed on failure)
 *   FC_SEED=123456 npx vitest run tests/model      replay a reported seed
 *   FC_RUNS=5000 FC_SEED=random npx vitest run tests/model
 *   FC_COVERAGE=1 npx vitest run tests/model       also print how often each request got each status
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { stepArb } from './arbitraries';
import { Model } from './model';
import { checkViews, coreReader } from './views';
import { coverage, USER_IDS, World } from './world';

const seed = process.env.FC_SEED === 'random' ? Date.now() ^ (Math.random() * 0x100000000) : Number(process.env.FC_SEED ?? 42);
const numRuns = Number(process.env.FC_RUNS ?? 1000);

it(`keeps versions, activity, replays and blind review right over ${numRuns} random sequences (seed ${seed})`, async () => {
  let sequences = 0;
  let steps = 0;
  await fc.assert(
    fc.asyncProperty(fc.commands([stepArb], { maxCommands: 25, size: 'max' }), async (commands) => {
      const world = new World();
      const model = Model.of(world.db);
      await fc.asyncModelRun(() => ({ model, real: world }), commands);
      // At the end, everyone's view of every candidate, not only those the steps touched.
      await checkViews(model, world, coreReader(world), USER_IDS, [...model.candidates.keys(), 'c00099']);
      sequences += 1;
      steps += [...commands].length;
    }),
    { numRuns, seed },
  );
  expect(sequences).toBeGreaterThanOrEqual(numRuns);
  const requests = [...coverage.values()].reduce((sum, n) => sum + n, 0);
  console.info(`api model: ${sequences} sequences, ${steps} commands drawn, ${requests} requests (seed ${seed})`);
  if (process.env.FC_COVERAGE) console.info([...coverage].sort(([a], [b]) => a.localeCompare(b)).map(([what, n]) => `  ${what}: ${n}`).join('\n'));
}, 600_000);

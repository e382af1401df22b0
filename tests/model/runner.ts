/**
 * Sending writes the way the commands need (one, a parallel pair, the same one twice at once), updating
 * the model only from answers that succeeded, and the checks that follow every step.
 */
import { checkAnswer, checkNewActivity, checkState, describeRequest, fail } from './checks';
import type { ActivityMark, Model, Outcome, Write } from './model';
import { applyEffect, candidateOf, expectOutcome } from './oracle';
import { checkViews, coreReader, scanReceived } from './views';
import { type ApiResponse, USER_IDS, type World } from './world';

export interface StepResult {
  /** Candidates whose views are checked for every person after the step. */
  touched: string[];
  /** The activity entries the step's successful changes must have written. */
  marks: ActivityMark[];
}

const ok = (response: ApiResponse) => response.status >= 200 && response.status < 300;

function record(model: Model, write: Write, expected: Outcome, response: ApiResponse): StepResult {
  const succeeded = ok(response);
  if (succeeded && write.key !== null) model.history.push({ write, response });
  const candidateId = candidateOf(model, write.spec) ?? (succeeded ? expected.effect?.candidate?.id : undefined);
  const activity = succeeded ? expected.effect?.activity : undefined;
  return { touched: candidateId ? [candidateId] : [], marks: activity ? [activity] : [] };
}

export function merge(...results: StepResult[]): StepResult {
  return { touched: results.flatMap((r) => r.touched), marks: results.flatMap((r) => r.marks) };
}

export async function sendWrite(model: Model, world: World, write: Write): Promise<StepResult> {
  const expected = expectOutcome(model, write);
  const response = await world.send(write.request);
  if (expected.effect && response.status === expected.status) applyEffect(model, expected.effect);
  checkAnswer(model, write, expected, response);
  return record(model, write, expected, response);
}

function resourceOf(write: Write): string | null {
  const { spec } = write;
  if (spec.kind === 'draft' || spec.kind === 'submit') return `scorecard ${spec.interviewId}`;
  if (spec.kind === 'move' || spec.kind === 'status' || spec.kind === 'assess') return `candidate ${spec.candidateId}`;
  return null;
}

/**
 * Two writes at once. Whichever runs first, the pair must answer as if they ran one after the other; two
 * writes of one resource with the same If-Match: at most one succeeds.
 */
export async function sendParallel(model: Model, world: World, a: Write, b: Write, stagger: number): Promise<StepResult> {
  const [ra, rb] = (await world.sendAtOnce([a.request, b.request], stagger)) as [ApiResponse, ApiResponse];
  const sameVersion = a.ifMatch.kind === 'version' && b.ifMatch.kind === 'version' && a.ifMatch.v === b.ifMatch.v;
  if (sameVersion && resourceOf(a) !== null && resourceOf(a) === resourceOf(b) && ok(ra) && ok(rb)) {
    fail(`Two parallel writes with the same If-Match both succeeded:\n  ${describeRequest(a.request)} → ${ra.status}\n  ${describeRequest(b.request)} → ${rb.status}`);
  }
  const orders = [
    [a, ra, b, rb],
    [b, rb, a, ra],
  ] as const;
  const tried: string[] = [];
  for (const [first, r1, second, r2] of orders) {
    const trial = model.clone();
    const o1 = expectOutcome(trial, first);
    if (o1.effect) applyEffect(trial, o1.effect);
    const o2 = expectOutcome(trial, second);
    tried.push(`${o1.status} then ${o2.status}`);
    if (o1.status !== r1.status || o2.status !== r2.status) continue;
    const e1 = expectOutcome(model, first);
    if (e1.effect) applyEffect(model, e1.effect);
    const e2 = expectOutcome(model, second);
    if (e2.effect) applyEffect(model, e2.effect);
    checkAnswer(model, first, e1, r1);
    checkAnswer(model, second, e2, r2);
    return merge(record(model, first, e1, r1), record(model, second, e2, r2));
  }
  return fail(
    `A parallel pair answered as no order of the two would:\n  A: ${describeRequest(a.request)} → ${ra.status} ${ra.text.slice(0, 200)}\n  B: ${describeRequest(b.request)} → ${rb.status} ${rb.text.slice(0, 200)}\n  expected A-then-B (${tried[0]}) or B-then-A (${tried[1]})`,
  );
}

/** The same request (same Idempotency-Key) sent twice at once: one answer, one change, the other a replay. */
export async function sendTwiceAtOnce(model: Model, world: World, write: Write, stagger: number): Promise<StepResult> {
  const expected = expectOutcome(model, write);
  const [r1, r2] = (await world.sendAtOnce([write.request, write.request], stagger)) as [ApiResponse, ApiResponse];
  const what = `${describeRequest(write.request)} sent twice at once\n  answers: ${r1.status}${r1.replayed ? ' (replayed)' : ''} ${r1.text.slice(0, 200)}\n  and ${r2.status}${r2.replayed ? ' (replayed)' : ''} ${r2.text.slice(0, 200)}`;
  if (r1.status !== r2.status || r1.text !== r2.text || r1.etag !== r2.etag) fail(`The same request twice must get the same answer.\n  ${what}`);
  const [first, second] = r1.replayed ? [r2, r1] : [r1, r2];
  if (expected.effect && first.status === expected.status) applyEffect(model, expected.effect);
  checkAnswer(model, write, expected, first);
  if (ok(first) !== second.replayed) fail(`Exactly one of two identical successful requests is a replay (and no refusal is).\n  ${what}`);
  return record(model, write, expected, first);
}

/**
 * After every step: no unexpected server error; nobody received what they may not see; the store holds
 * exactly what the model says; the step wrote one activity entry per successful change; every person's
 * list and views of the candidates the step touched are exactly what they may see.
 */
export async function afterStep(model: Model, world: World, before: ReadonlyMap<string, number>, result: StepResult): Promise<void> {
  if (world.serverErrors.length > 0) fail(`The API failed with an unexpected error: ${String(world.serverErrors[0])}`);
  scanReceived(model, world.drain());
  checkState(model, world.db);
  checkNewActivity(world.db, before, result.marks);
  await checkViews(model, world, coreReader(world), USER_IDS, [...new Set(result.touched)]);
}

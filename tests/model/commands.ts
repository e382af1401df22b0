/**
 * The commands of the model-based test, as fast-check commands (drawn in ./arbitraries.ts). Each names its
 * request concretely (people, candidates and interviews of the fixed dataset), so a counterexample reads as
 * a story; versions are resolved against the model when the command runs.
 */
import type fc from 'fast-check';
import { PROBLEM_TYPES } from '../../src/domain';
import { describeRequest, same } from './checks';
import type { Model, WriteSpec } from './model';
import { createBody, prepare } from './oracle';
import { afterStep, sendParallel, sendTwiceAtOnce, sendWrite, type StepResult } from './runner';
import { describeSpec, junkRequest, type JunkKind, viewThroughHttp } from './steps';
import type { World } from './world';

abstract class Step implements fc.AsyncCommand<Model, World> {
  check(_model: Readonly<Model>): boolean {
    return true;
  }

  async run(model: Model, world: World): Promise<void> {
    const before = new Map(model.activity);
    world.drain();
    await afterStep(model, world, before, await this.act(model, world));
  }

  protected abstract act(model: Model, world: World): Promise<StepResult>;
  abstract toString(): string;
}

export class WriteStep extends Step {
  constructor(readonly spec: WriteSpec) {
    super();
  }
  protected act(model: Model, world: World) {
    return sendWrite(model, world, prepare(model, this.spec));
  }
  toString() {
    return describeSpec(this.spec);
  }
}

/** Repeats an earlier successful request with the same Idempotency-Key and body: the first answer, no change. */
export class RetryStep extends Step {
  constructor(readonly pick: number) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.history.length > 0;
  }
  protected async act(model: Model, world: World) {
    const { write, response } = model.history[this.pick % model.history.length]!;
    const again = await world.send(write.request);
    same(
      { status: again.status, text: again.text, etag: again.etag, replayed: again.replayed },
      { status: response.status, text: response.text, etag: response.etag, replayed: true },
      `A retry must get the first answer, marked as a replay, and change nothing: ${describeRequest(write.request)}`,
    );
    const candidateId = write.spec.kind === 'create' ? String((response.json as { id: string }).id) : null;
    return { touched: candidateId ? [candidateId] : [], marks: [] };
  }
  toString() {
    return `retry earlier success #${this.pick} (mod count)`;
  }
}

/** Reuses an earlier Idempotency-Key for a different request: refused (422), nothing changes. */
export class KeyReuseStep extends Step {
  constructor(readonly pick: number) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.history.length > 0;
  }
  protected async act(model: Model, world: World) {
    const { write } = model.history[this.pick % model.history.length]!;
    const { spec } = write;
    const body =
      spec.kind === 'move'
        ? { toStage: spec.toStage === 'applied' ? 'screen' : 'applied' }
        : spec.kind === 'status'
          ? spec.action.action === 'restore'
            ? { action: 'withdraw', reason: 'Accepted another offer', note: '' }
            : { action: 'restore' }
          : spec.kind === 'note'
            ? { text: `${spec.text} (edited)` }
            : spec.kind === 'create'
              ? createBody(`${spec.name} Jr`, spec.email)
              : spec.kind === 'submit'
                ? { ...spec.content, takeaways: `${spec.content.takeaways} Edited.` }
                : null;
    const request = { ...write.request, body: JSON.stringify(body) };
    const answer = await world.send(request);
    same([answer.status, (answer.json as { type?: string }).type], [422, PROBLEM_TYPES.idempotencyMismatch], `Reusing a key for another request: ${describeRequest(request)}`);
    return { touched: [], marks: [] };
  }
  toString() {
    return `reuse the key of earlier success #${this.pick} (mod count) with another body`;
  }
}

/**
 * Someone else sends an earlier successful request, Idempotency-Key and all: keys are per person, so it is a
 * new request of theirs (answered as the model says), never a replay of another person's answer.
 */
export class ForeignKeyStep extends Step {
  constructor(
    readonly pick: number,
    readonly userId: string,
  ) {
    super();
  }
  private original(model: Readonly<Model>) {
    return model.history[this.pick % model.history.length]!.write;
  }
  override check(model: Readonly<Model>) {
    if (model.history.length === 0) return false;
    const { key, request } = this.original(model);
    return request.userId !== this.userId && !model.history.some((h) => h.write.key === key && h.write.request.userId === this.userId);
  }
  protected act(model: Model, world: World) {
    const original = this.original(model);
    const write = { ...original, spec: { ...original.spec, userId: this.userId }, request: { ...original.request, userId: this.userId } };
    return sendWrite(model, world, write);
  }
  toString() {
    return `${this.userId} resends earlier success #${this.pick} (mod count) with its Idempotency-Key`;
  }
}

/** Two writes at once, both with the If-Match the model holds now. */
export class ParallelStep extends Step {
  constructor(
    readonly a: WriteSpec,
    readonly b: WriteSpec,
    readonly stagger: number,
  ) {
    super();
  }
  protected act(model: Model, world: World) {
    return sendParallel(model, world, prepare(model, this.a), prepare(model, this.b), this.stagger);
  }
  toString() {
    return `at once (stagger ${this.stagger}) { ${describeSpec(this.a)} ‖ ${describeSpec(this.b)} }`;
  }
}

export class TwiceAtOnceStep extends Step {
  constructor(
    readonly spec: WriteSpec,
    readonly stagger: number,
  ) {
    super();
  }
  protected act(model: Model, world: World) {
    return sendTwiceAtOnce(model, world, prepare(model, this.spec), this.stagger);
  }
  toString() {
    return `twice at once (stagger ${this.stagger}), same key { ${describeSpec(this.spec)} }`;
  }
}

/** A request the HTTP layer must refuse before anything changes (bad body, no key, cross-site, no session). */
export class JunkStep extends Step {
  constructor(
    readonly userId: string,
    readonly candidateId: string,
    readonly junk: JunkKind,
  ) {
    super();
  }
  protected async act(model: Model, world: World) {
    const { request, status } = junkRequest(model, this.userId, this.candidateId, this.junk);
    const answer = await world.send(request);
    same([answer.status, (answer.json as { status?: number } | null)?.status], [status, status], `A refused request (${this.junk}): ${describeRequest(request)} answered ${answer.text.slice(0, 300)}`);
    return { touched: [this.candidateId], marks: [] };
  }
  toString() {
    return `${this.userId} sends ${this.junk} about ${this.candidateId}`;
  }
}

/** Reads through the router, as the app does: the list, one candidate's views, their interviews. */
export class ViewStep extends Step {
  constructor(
    readonly userId: string,
    readonly candidateId: string,
  ) {
    super();
  }
  protected async act(model: Model, world: World) {
    await viewThroughHttp(model, world, this.userId, this.candidateId);
    return { touched: [this.candidateId], marks: [] };
  }
  toString() {
    return `${this.userId} views ${this.candidateId} through HTTP`;
  }
}

// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActivityEntrySchema,
  type Candidate,
  CandidateSchema,
  InterviewSchema,
  type Scorecard,
  ScorecardSchema,
  summarizeCandidate,
} from '../../src/domain';
import type { Outcome, UnitOfWork } from '../../server/core/ports';
import { Refusal } from '../../server/core/problems';
import { activityFactOf } from '../../server/core/visibility';
import type { PostgresStore } from '../../server/stores/postgres/postgres-store';
import { deferred, type Fixture, NOW, startFixture } from './postgres-support';

let fx: Fixture;
/** A second instance on the same database, as a second server process would be. */
let other: PostgresStore;

beforeAll(async () => {
  fx = await startFixture();
  other = await fx.openStore();
});
afterAll(async () => {
  await fx?.stop();
});

const priya = { id: 'u-priya', name: 'Priya Raman' };
const note = (candidateId: string, text: string) => ({ candidateId, at: NOW.toISOString(), actor: priya, type: 'note_added' as const, text });
const candidateOf = async (id: string): Promise<Candidate> => (await fx.store.candidate(id))!;
const bumped = (c: Candidate, change: Partial<Candidate>): Candidate => ({ ...c, ...change, version: c.version + 1 });

describe('PostgreSQL store: one connection per unit of work', () => {
  it('runs reads issued together inside a unit of work one after another, in order, with no warning from pg', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const id = fx.dataset.candidates[0]!.id;
      const [candidate, interviews, scorecards, activity] = await fx.store.transaction((tx) =>
        Promise.all([tx.candidate(id), tx.interviews(id), tx.scorecards(id), tx.activity(id)]),
      );
      expect(candidate?.id).toBe(id);
      expect(interviews).toEqual(fx.dataset.interviews.filter((i) => i.candidateId === id));
      expect(scorecards).toEqual(fx.dataset.scorecards.filter((s) => s.candidateId === id));
      expect(activity).toEqual(fx.dataset.activity.filter((a) => a.candidateId === id));
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('PostgreSQL store: reads', () => {
  it('gives back exactly what was loaded, as the contract schemas describe it', async () => {
    const { store, dataset } = fx;
    for (const candidate of dataset.candidates) {
      const read = await store.candidate(candidate.id);
      expect(CandidateSchema.safeParse(read).success).toBe(true);
      // Same keys in the same order, same timestamps: byte for byte what the memory store would give.
      expect(JSON.stringify(read)).toBe(JSON.stringify(candidate));
    }
    const id = dataset.candidates.find((c) => dataset.interviews.some((i) => i.candidateId === c.id && i.stage === 'onsite'))!.id;
    expect(await store.interviews(id)).toEqual(dataset.interviews.filter((i) => i.candidateId === id));
    expect(await store.scorecards(id)).toEqual(dataset.scorecards.filter((s) => s.candidateId === id));
    const activity = await store.activity(id);
    expect(activity).toEqual(dataset.activity.filter((a) => a.candidateId === id));
    expect(activity.every((entry) => ActivityEntrySchema.safeParse(entry).success)).toBe(true);
    const interview = dataset.interviews[0]!;
    expect(InterviewSchema.parse(await store.interview(interview.id))).toEqual(interview);
    expect(await store.interviewsOfInterviewer('u-dana')).toEqual(dataset.interviews.filter((i) => i.interviewerId === 'u-dana'));
    const scorecard = dataset.scorecards[0]!;
    expect(ScorecardSchema.parse(await store.scorecard(scorecard.interviewId))).toEqual(scorecard);
    expect(await store.users()).toEqual(dataset.users);
    expect(await store.user('u-marcus')).toEqual(dataset.users.find((u) => u.id === 'u-marcus'));
    expect(await store.role()).toEqual(dataset.role);
    const first = dataset.candidates[0]!;
    expect(await store.candidateByEmail(first.email!.toUpperCase())).toEqual(first);
    expect(await store.candidate('c99999')).toBeUndefined();
    expect(await store.accounts.byEmail('PRIYA@example.COM')).toEqual({
      user: dataset.users[0],
      email: 'priya@example.com',
      passwordHash: 'hash-priya',
      active: true,
    });
  });

  it('lists the board: summaries, interview and scorecard facts, all or one interviewer’s', async () => {
    const { store, dataset } = fx;
    const rows = await store.listCandidates({ kind: 'all' });
    expect(rows.map((row) => row.base)).toEqual(
      dataset.candidates.map((c) => {
        const { scorecards: _s, needsDecision: _n, lastActivityAt: _a, ...base } = summarizeCandidate(c);
        return base;
      }),
    );
    for (const row of rows) {
      const interviews = dataset.interviews.filter((i) => i.candidateId === row.base.id);
      expect(row.interviews).toEqual(interviews.map(({ id, stage, interviewerId }) => ({ id, stage, interviewerId })));
      expect(row.scorecards).toEqual(
        dataset.scorecards
          .filter((s) => s.candidateId === row.base.id)
          .map(({ interviewId, status, recommendation, submittedAt }) => ({ interviewId, status, recommendation, submittedAt })),
      );
      const log = dataset.activity.filter((a) => a.candidateId === row.base.id);
      expect(row.activity).toEqual(activityFactOf(log));
    }
    const dana = await store.listCandidates({ kind: 'interviewer', userId: 'u-dana' });
    const expected = dataset.candidates.filter((c) => dataset.interviews.some((i) => i.candidateId === c.id && i.interviewerId === 'u-dana'));
    expect(dana.length).toBeGreaterThan(0);
    expect(dana.map((row) => row.base.id)).toEqual(expected.map((c) => c.id));
    expect(await store.listCandidates({ kind: 'interviewer', userId: 'u-nobody' })).toEqual([]);
  });

  it('never serves a list older than the last commit, on any instance (cache)', async () => {
    const id = 'c00003';
    const before = (await other.listCandidates({ kind: 'all' })).find((row) => row.base.id === id)!;
    const current = await candidateOf(id);
    await fx.store.transaction((tx) => tx.updateCandidate(bumped(current, { name: 'Renamed' }), current.version));
    const after = (await other.listCandidates({ kind: 'all' })).find((row) => row.base.id === id)!;
    expect(after.base).toMatchObject({ name: 'Renamed', version: before.base.version + 1 });
  });
});

describe('PostgreSQL store: units of work', () => {
  it('compare-and-sets candidates: a stale version writes nothing', async () => {
    const current = await candidateOf('c00002');
    const next = bumped(current, { headline: 'Changed' });
    expect(await fx.store.transaction((tx) => tx.updateCandidate(next, current.version + 5))).toBe(false);
    expect(await fx.store.transaction((tx) => tx.updateCandidate(next, current.version))).toBe(true);
    expect(await candidateOf('c00002')).toEqual(next);
    expect(await fx.store.transaction((tx) => tx.updateCandidate(bumped(next, {}), current.version))).toBe(false);
  });

  it('lets exactly one of several parallel writers of one version win, across instances', async () => {
    const current = await candidateOf('c00004');
    const results = await Promise.all(
      [fx.store, other, fx.store, other].map((store, n) =>
        store.transaction((tx) => tx.updateCandidate(bumped(current, { headline: `Writer ${n}` }), current.version)),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await candidateOf('c00004')).version).toBe(current.version + 1);
  });

  it('gives new candidates the next free ids, also in parallel, with absent contact details left absent', async () => {
    const { email: _e, phone: _p, ...template } = fx.dataset.candidates[0]!;
    const created = await Promise.all(
      [fx.store, other, fx.store].map((store) => store.transaction((tx) => tx.insertCandidate((id) => ({ ...template, id, version: 1 })))),
    );
    expect(created.map((c) => ('created' in c ? c.created.id : 'duplicate')).sort()).toEqual(['c00021', 'c00022', 'c00023']);
    const read = await candidateOf('c00022');
    expect(CandidateSchema.safeParse(read).success).toBe(true);
    expect('email' in read || 'phone' in read).toBe(false);
  });

  it('inserts one of several parallel new candidates with one email address (any case), across instances', async () => {
    const template = fx.dataset.candidates[0]!;
    const emails = ['twins@example.org', 'TWINS@example.org', 'Twins@Example.org'];
    const inserted = await Promise.all(
      [fx.store, other, fx.store].map((store, n) =>
        store.transaction((tx) => tx.insertCandidate((id) => ({ ...template, id, version: 1, email: emails[n]! }))),
      ),
    );
    const created = inserted.flatMap((i) => ('created' in i ? [i.created] : []));
    expect(created).toHaveLength(1);
    expect(inserted.flatMap((i) => ('duplicateOf' in i ? [i.duplicateOf.id] : []))).toEqual([created[0]!.id, created[0]!.id]);
    expect(await fx.store.candidateByEmail('twins@EXAMPLE.org')).toEqual(created[0]);
  });

  it('rolls back the candidate, its activity and its events together, re-throwing the same error', async () => {
    const id = 'c00005';
    const [current, activityBefore] = [await candidateOf(id), await fx.store.activity(id)];
    const boom = new Error('after writing');
    const failing = fx.store.transaction(async (tx) => {
      expect(await tx.updateCandidate(bumped(current, { headline: 'Never' }), current.version)).toBe(true);
      await tx.appendActivity(note(id, 'never'));
      tx.emit({ type: 'candidate', candidateId: id });
      throw boom;
    });
    await expect(failing).rejects.toBe(boom);
    expect(await candidateOf(id)).toEqual(current);
    expect(await fx.store.activity(id)).toEqual(activityBefore);

    const appended = await fx.store.transaction((tx) => tx.appendActivity(note(id, 'kept')));
    expect(appended).toMatchObject({ id: expect.stringMatching(/^act-\d+$/), text: 'kept' });
    expect((await fx.store.activity(id)).at(-1)).toEqual(appended);
  });

  it('inserts a scorecard once, then compare-and-sets it', async () => {
    const interview = fx.dataset.interviews.find((i) => !fx.dataset.scorecards.some((s) => s.interviewId === i.id))!;
    const draft: Scorecard = {
      id: `${interview.id}-sc`,
      interviewId: interview.id,
      candidateId: interview.candidateId,
      author: { id: interview.interviewerId, name: interview.interviewerName },
      version: 1,
      status: 'draft',
      ratings: {},
      recommendation: null,
      takeaways: '',
      privateNotes: '',
      updatedAt: NOW.toISOString(),
      submittedAt: null,
    };
    const firsts = await Promise.all([fx.store, other].map((s) => s.transaction((tx) => tx.saveScorecard(draft, null))));
    expect(firsts.filter(Boolean)).toHaveLength(1);
    const submitted: Scorecard = { ...draft, version: 2, status: 'submitted', recommendation: 'yes', takeaways: 'Good', submittedAt: NOW.toISOString() };
    expect(await fx.store.transaction((tx) => tx.saveScorecard(submitted, 1))).toBe(true);
    expect(await fx.store.transaction((tx) => tx.saveScorecard({ ...submitted, version: 2 }, 1))).toBe(false);
    expect(ScorecardSchema.parse(await fx.store.scorecard(interview.id))).toEqual(submitted);
  });
});

describe('PostgreSQL store: idempotency', () => {
  const outcomeOf = (n: number): Outcome => ({ status: 201, body: { created: n, zebra: 1, apple: [2] }, version: 1 });

  it('runs parallel requests with one key once; the other gets the same answer, replayed', async () => {
    const scope = { userId: 'u-priya', key: 'same-key', fingerprint: 'POST /api/candidates {a}' };
    let runs = 0;
    const gate = deferred();
    const work = async (tx: UnitOfWork) => {
      runs += 1;
      await tx.appendActivity(note('c00006', `run ${runs}`));
      await gate.promise;
      return outcomeOf(runs);
    };
    const both = Promise.all([fx.store.once(scope, work), other.once(scope, work)]);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the second is now waiting on the key
    gate.resolve();
    const outcomes = await both;
    expect(runs).toBe(1);
    expect(outcomes.filter((o) => o.replayed)).toHaveLength(1);
    const [first, replay] = outcomes[0]!.replayed ? [outcomes[1]!, outcomes[0]!] : [outcomes[0]!, outcomes[1]!];
    expect(first).toEqual(outcomeOf(1));
    expect(replay).toEqual({ ...outcomeOf(1), replayed: true });
    expect(JSON.stringify(replay.body)).toBe(JSON.stringify(first.body)); // key order kept
    expect((await fx.store.activity('c00006')).filter((a) => a.type === 'note_added')).toHaveLength(1);
  });

  it('refuses the same key for a different request, and stores nothing for it', async () => {
    const scope = { userId: 'u-priya', key: 'reused', fingerprint: 'one' };
    await fx.store.once(scope, async () => outcomeOf(1));
    let ran = false;
    const refused = fx.store.once({ ...scope, fingerprint: 'another' }, async () => {
      ran = true;
      return outcomeOf(2);
    });
    await expect(refused).rejects.toSatisfy((error) => error instanceof Refusal && error.problem.status === 422);
    expect(ran).toBe(false);
    // Keys are per user: another user may use the same one.
    expect(await fx.store.once({ ...scope, userId: 'u-dana', fingerprint: 'another' }, async () => outcomeOf(3))).toEqual(outcomeOf(3));
  });

  it('frees the key when the work throws', async () => {
    const scope = { userId: 'u-dana', key: 'fails-first', fingerprint: 'f' };
    const boom = new Error('refused');
    await expect(fx.store.once(scope, async () => Promise.reject(boom))).rejects.toBe(boom);
    expect(await fx.store.once(scope, async () => outcomeOf(7))).toEqual(outcomeOf(7));
    expect(await fx.store.once(scope, async () => outcomeOf(8))).toEqual({ ...outcomeOf(7), replayed: true });
  });
});

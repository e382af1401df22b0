/**
 * The seed lays out months of history directly (backdated, deterministic, 10,000 candidates in a few
 * hundred milliseconds), not through the API. This test keeps it honest: replaying the seeded history
 * through the core's own commands, as the people it names, at the times it names, must be accepted at
 * every step and must write exactly the activity entries the seed wrote. A seeded entry the API would
 * refuse or word differently fails here.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityEntry, Candidate, IfMatch, User } from '../../../src/domain';
import { createCore, type Core } from '../../../server/core';
import type { Outcome } from '../../../server/core/ports';
import { DEFAULT_SEED, type Dataset, generateDataset } from '../../../server/seed/dataset';
import { MemoryDatabase } from '../../../server/stores/memory/memory-database';
import { MemoryStore } from '../../../server/stores/memory/memory-store';

const NOW = new Date('2026-01-15T10:00:00.000Z');
const SIZE = 120;

/** A clock the replay sets to each seeded entry's time before running its command. */
function settableClock() {
  let at = NOW;
  return { now: () => at, set: (iso: string) => (at = new Date(iso)) };
}

function replayWorld(seeded: Dataset) {
  // The team and the interviews as seeded (the API has no command that books an interview), nothing else.
  const empty: Dataset = { ...seeded, candidates: [], scorecards: [], activity: [] };
  const db = new MemoryDatabase({ seed: DEFAULT_SEED, size: 0, now: NOW }, empty);
  const clock = settableClock();
  const core = createCore({ store: new MemoryStore(db), clock });
  return { db, clock, core };
}

let keys = 0;
const key = () => `replay-${(keys += 1)}`;

function draftOf(candidate: Candidate) {
  const { name, email, phone, headline, company, location, yearsExperience, source, links } = candidate;
  return { name, email, ...(phone ? { phone } : {}), headline, company, location, yearsExperience, source, links };
}

/** The command the API would have run to write `entry`, run through the core. */
async function replay(core: Core, db: MemoryDatabase, seeded: Dataset, entry: ActivityEntry, user: User): Promise<Outcome> {
  const candidate = seeded.candidates.find((c) => c.id === entry.candidateId)!;
  const ifMatch = (): IfMatch => ({ kind: 'version', version: db.candidate(entry.candidateId)!.version });
  const write = { user, candidateId: entry.candidateId, idempotencyKey: key() };
  switch (entry.type) {
    case 'created':
      return core.candidates.create({ user, idempotencyKey: key(), body: draftOf(candidate) });
    case 'assessment_changed':
      return core.candidates.saveAssessment({ ...write, qualificationId: entry.qualificationId, ifMatch: ifMatch(), body: { status: entry.to, evidence: entry.evidence } });
    case 'stage_changed':
      return core.candidates.move({ ...write, ifMatch: ifMatch(), body: { toStage: entry.to } });
    case 'status_changed': {
      const change = candidate.statusChange!;
      const body =
        entry.to === 'hired'
          ? { action: 'hire', note: change.note }
          : entry.to === 'withdrawn'
            ? { action: 'withdraw', reason: change.reason, note: change.note }
            : { action: 'reject', reason: change.reason, note: change.note, unmetQualifications: change.unmetQualifications };
      return core.candidates.changeStatus({ ...write, ifMatch: ifMatch(), body });
    }
    case 'scorecard_submitted': {
      const { ratings, recommendation, takeaways, privateNotes } = seeded.scorecards.find((s) => s.interviewId === entry.interviewId)!;
      return core.scorecards.submit({ user, interviewId: entry.interviewId, ifMatch: { kind: 'missing' }, idempotencyKey: key(), body: { ratings, recommendation, takeaways, privateNotes } });
    }
    default:
      throw new Error(`the seed writes no ${entry.type} entries: add its command here`);
  }
}

const withoutId = ({ id: _id, ...entry }: ActivityEntry) => entry;
const byTime = (a: ActivityEntry, b: ActivityEntry) => a.at.localeCompare(b.at);

describe('the seeded history, replayed through the commands', () => {
  const seeded = generateDataset({ seed: DEFAULT_SEED, size: SIZE, now: NOW });

  it('covers every kind of entry, every stage and every status', () => {
    expect(new Set(seeded.activity.map((e) => e.type))).toEqual(new Set(['created', 'assessment_changed', 'stage_changed', 'status_changed', 'scorecard_submitted']));
    expect(new Set(seeded.candidates.map((c) => c.status))).toEqual(new Set(['active', 'rejected', 'withdrawn', 'hired']));
  });

  it('is accepted step by step and writes exactly the entries the seed wrote', async () => {
    const { db, clock, core } = replayWorld(seeded);
    const userOf = (id: string) => seeded.users.find((u) => u.id === id)!;
    // Created in id order, so the store hands out the seeded ids; then each candidate's story in time order.
    const created = seeded.activity.filter((e) => e.type === 'created').sort((a, b) => a.candidateId.localeCompare(b.candidateId));
    const rest = seeded.activity.filter((e) => e.type !== 'created').sort(byTime);
    for (const entry of [...created, ...rest]) {
      clock.set(entry.at);
      const outcome = await replay(core, db, seeded, entry, userOf(entry.actor.id)).catch((error: unknown) => error);
      const what = `${entry.type} of ${entry.candidateId} at ${entry.at}`;
      expect(outcome, what).toMatchObject({ status: expect.any(Number) });
      expect((outcome as Outcome).status, what).toBeLessThan(300);
    }
    expect(db.activityLog()).toHaveLength(seeded.activity.length);

    for (const candidate of seeded.candidates) {
      const expected = seeded.activity.filter((e) => e.candidateId === candidate.id).sort(byTime).map(withoutId);
      const written = db.activityOf(candidate.id).sort(byTime).map(withoutId);
      expect(written, candidate.id).toEqual(expected);
      // And the candidate ends up where the seed put them.
      const replayed = db.candidate(candidate.id)!;
      expect({ stage: replayed.stage, status: replayed.status, assessments: replayed.assessments }, candidate.id).toEqual({
        stage: candidate.stage,
        status: candidate.status,
        assessments: candidate.assessments,
      });
    }
  });
});

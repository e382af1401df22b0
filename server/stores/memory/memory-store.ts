/**
 * The in-memory store: the core's ports over MemoryDatabase, for the in-browser mock and fast tests.
 * Units of work run one at a time (a lock), undo their writes if they fail, and announce their events
 * only once they complete: the same guarantees the PostgreSQL store gives with transactions.
 */
import { type ActivityEntry, type AssessmentStatus, type Candidate, type NewActivityEntry, QUALIFICATION_IDS, type QualificationId, type Scorecard } from '../../../src/domain';
import type { ChangeEvent, EventFeed, StoredEvent } from '../../core/events';
import type { Account, AgendaItem, IdempotencyScope, ListScope, Outcome, ReadPort, StageEvent, Store, StoredSession, UnitOfWork } from '../../core/ports';
import { problems } from '../../core/problems';
import type { MemoryDatabase } from './memory-database';

interface StoredOutcome {
  fingerprint: string;
  outcome: Outcome;
}

/** How many announced events are kept for clients resuming with Last-Event-ID. */
const EVENTS_KEPT = 1000;

class MemoryEventFeed implements EventFeed {
  private readonly listeners = new Set<(stored: StoredEvent) => void>();
  private readonly recent: StoredEvent[] = [];
  private nextId = 1;

  publish(event: ChangeEvent): void {
    const stored = { id: String(this.nextId++), event };
    this.recent.push(stored);
    if (this.recent.length > EVENTS_KEPT) this.recent.shift();
    for (const listener of this.listeners) listener(stored);
  }

  subscribe(listener: (stored: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async latest(): Promise<string> {
    return String(this.nextId - 1);
  }

  async since(lastId: string): Promise<StoredEvent[] | null> {
    const last = Number(lastId);
    if (!Number.isInteger(last) || last < 0 || last >= this.nextId) return null;
    const oldest = this.recent[0];
    if (oldest && Number(oldest.id) > last + 1) return null;
    return this.recent.filter((e) => Number(e.id) > last);
  }
}

export class MemoryStore implements Store {
  db: MemoryDatabase;
  readonly events = new MemoryEventFeed();
  private lock: Promise<unknown> = Promise.resolve();
  private readonly idempotency = new Map<string, StoredOutcome>();
  /** Sign-in attempts by key. */
  private readonly attempts = new Map<string, { id: string; at: string }[]>();
  private nextAttemptId = 1;
  /**
   * Yield to the event loop at the start of every unit of work, as a database round trip would. Without it
   * a request runs to completion in one go and parallel requests never interleave, so a missing lock or
   * reservation would go unnoticed; the contract suite turns it on. Off for the demo, which gains nothing.
   */
  simulateRoundTrips = false;
  /** Accounts with passwords, when a test wants them; the demo signs in by persona. */
  readonly accountsByEmail = new Map<string, Account>();

  constructor(db: MemoryDatabase) {
    this.db = db;
  }

  /** Swaps in another database (tests start each case from a fresh one; the demo's reset). */
  replaceDatabase(db: MemoryDatabase): void {
    this.db = db;
    this.idempotency.clear();
  }

  // Reads ------------------------------------------------------------------------------------------
  role = async () => this.db.role;
  candidate = async (id: string) => this.db.candidate(id);
  candidateByEmail = async (email: string) => this.db.findByEmail(email);
  listCandidates = async (scope: ListScope) => this.db.listRows(scope.kind === 'interviewer' ? scope.userId : undefined);
  interviews = async (candidateId: string) => this.db.interviewsOf(candidateId);
  interview = async (id: string) => this.db.interview(id);
  interviewsOfInterviewer = async (userId: string) => this.db.interviewsOfInterviewer(userId);
  contactDetails = async (ids: readonly string[]) => {
    const found = new Map<string, { email?: string; phone?: string }>();
    for (const id of ids) {
      const c = this.db.candidate(id);
      if (c && (c.email || c.phone)) found.set(id, { ...(c.email ? { email: c.email } : {}), ...(c.phone ? { phone: c.phone } : {}) });
    }
    return found;
  };
  agenda = async (userId: string): Promise<AgendaItem[]> =>
    this.db.interviewsOfInterviewer(userId).map((interview) => {
      const { id, name, headline, company, stage, status } = this.db.candidate(interview.candidateId)!;
      const scorecard = this.db.scorecardFor(interview.id);
      return { interview, candidate: { id, name, headline, company, stage, status }, scorecard: scorecard ? { status: scorecard.status, updatedAt: scorecard.updatedAt } : null };
    });
  scorecard = async (interviewId: string) => this.db.scorecardFor(interviewId);
  scorecards = async (candidateId: string) => this.db.scorecardsOf(candidateId);
  activity = async (candidateId: string) => this.db.activityOf(candidateId);
  stageHistory = async (since: string | null): Promise<StageEvent[]> => {
    const from = since === null ? -Infinity : Date.parse(since);
    const events: StageEvent[] = [];
    for (const entry of this.db.activityLog()) {
      if (entry.type !== 'created' && entry.type !== 'stage_changed' && entry.type !== 'status_changed') continue;
      const at = Date.parse(entry.at);
      if (at < from) continue;
      events.push({ candidateId: entry.candidateId, at, type: entry.type, to: entry.type === 'created' ? 'applied' : entry.to });
    }
    return events;
  };
  assessmentStatuses = async (candidateIds: readonly string[]) => {
    const statuses = new Map<string, Record<QualificationId, AssessmentStatus>>();
    for (const id of candidateIds) {
      const candidate = this.db.candidate(id);
      if (candidate) statuses.set(id, Object.fromEntries(QUALIFICATION_IDS.map((q) => [q, candidate.assessments[q].status])) as Record<QualificationId, AssessmentStatus>);
    }
    return statuses;
  };
  users = async () => [...this.db.users];
  user = async (id: string) => this.db.user(id);

  // Units of work ----------------------------------------------------------------------------------
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lock.then(work, work);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private async runUnit<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    const db = this.db;
    const undo: (() => void)[] = [];
    const pending: ChangeEvent[] = [];
    // Reads are the store's own (a unit of work sees what it wrote at once); only the writes differ.
    const writes: Omit<UnitOfWork, keyof ReadPort> = {
      updateCandidate: async (next: Candidate, expectedVersion: number) => {
        const current = db.candidate(next.id);
        if (!current || current.version !== expectedVersion || next.version !== expectedVersion + 1) return false;
        undo.push(() => db.restoreCandidate(current, next.id));
        db.putCandidate(next);
        return true;
      },
      insertCandidate: async (build: (id: string) => Candidate) => {
        // Units of work run one at a time, so nothing can add this address between the check and the insert.
        const inserted = db.insertCandidate(build);
        if ('created' in inserted) undo.push(() => db.restoreCandidate(undefined, inserted.created.id));
        return inserted;
      },
      saveScorecard: async (next: Scorecard, expectedVersion: number | null) => {
        const current = db.scorecardFor(next.interviewId);
        if (expectedVersion === null ? current !== undefined : current?.version !== expectedVersion) return false;
        undo.push(() => db.restoreScorecard(current, next.interviewId));
        db.putScorecard(next);
        return true;
      },
      appendActivity: async (entry: NewActivityEntry): Promise<ActivityEntry> => {
        const full = db.appendActivity(entry);
        undo.push(() => db.removeActivity(full));
        return full;
      },
      emit: (event: ChangeEvent) => {
        pending.push(event);
      },
    };
    const tx: UnitOfWork = Object.assign(Object.create(this) as ReadPort, writes);
    let result: T;
    try {
      if (this.simulateRoundTrips) await new Promise((resolve) => setTimeout(resolve, 0));
      result = await work(tx);
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
    if (undo.length > 0) db.notifyChanged();
    for (const event of pending) this.events.publish(event);
    return result;
  }

  transaction<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.runUnit(work));
  }

  once(scope: IdempotencyScope, work: (tx: UnitOfWork) => Promise<Outcome>): Promise<Outcome> {
    // Checked and run inside one exclusive section: a parallel repeat waits, then finds the answer.
    return this.exclusive(async () => {
      const key = `${scope.userId}\u0000${scope.key}`;
      const stored = this.idempotency.get(key);
      if (stored) {
        if (stored.fingerprint !== scope.fingerprint) throw problems.idempotencyMismatch();
        return { ...stored.outcome, replayed: true };
      }
      const outcome = await this.runUnit(work);
      this.idempotency.set(key, { fingerprint: scope.fingerprint, outcome: structuredClone(outcome) });
      return outcome;
    });
  }

  // Sessions, accounts, throttling -----------------------------------------------------------------
  sessions = {
    create: async (session: StoredSession) => {
      this.db.sessions.set(session.idHash, session);
      this.db.notifyChanged();
    },
    get: async (idHash: string) => this.db.sessions.get(idHash),
    touch: async (idHash: string, at: string) => {
      const session = this.db.sessions.get(idHash);
      if (session) this.db.sessions.set(idHash, { ...session, lastSeenAt: at });
    },
    delete: async (idHash: string) => {
      this.db.sessions.delete(idHash);
      this.db.notifyChanged();
    },
  };

  accounts = {
    byEmail: async (email: string) => this.accountsByEmail.get(email.trim().toLowerCase()),
  };

  signInAttempts = {
    // Recorded and counted in one synchronous step: no other attempt can come between them.
    record: async (key: string, at: string, since: string) => {
      const attempt = { id: String(this.nextAttemptId++), at };
      const ofKey = [...(this.attempts.get(key) ?? []), attempt];
      this.attempts.set(key, ofKey);
      return { id: attempt.id, count: ofKey.filter((a) => a.at >= since).length };
    },
    forget: async (ids: readonly string[]) => {
      for (const [key, ofKey] of this.attempts) this.attempts.set(key, ofKey.filter((a) => !ids.includes(a.id)));
    },
    clear: async (key: string) => {
      this.attempts.delete(key);
    },
  };
}

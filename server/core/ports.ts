/**
 * What the core needs from the world, and nothing more. The core knows no HTTP and no database: each
 * store (in-memory for the mock and fast tests, PostgreSQL for the server) implements these ports.
 */
import type {
  ActivityEntry,
  AssessmentStatus,
  Candidate,
  CandidateSummary,
  Interview,
  NewActivityEntry,
  QualificationId,
  Role,
  Scorecard,
  User,
} from '../../src/domain';
import type { ChangeEvent, EventFeed } from './events';

/** A candidate's board summary as the whole hiring team sees it, before review state and blind review. */
export type SummaryBase = Omit<CandidateSummary, 'scorecards' | 'needsDecision' | 'lastActivityAt'>;

/**
 * When a candidate's activity log last grew, as the two facts visibility needs (ISO timestamps, null when
 * none): any entry (what the whole team reads), and the newest entry that is neither a note nor a
 * scorecard submission (what every viewer of the candidate reads, blind or not).
 */
export interface ActivityFact {
  lastAt: string | null;
  lastOpenAt: string | null;
}

/** What review state and blind review are computed from: who interviews, and what they submitted. */
export interface InterviewFact {
  id: string;
  stage: Interview['stage'];
  interviewerId: string;
}
export interface ScorecardFact {
  interviewId: string;
  status: Scorecard['status'];
  recommendation: Scorecard['recommendation'];
  submittedAt: string | null;
}

export interface AgendaItem {
  interview: Interview;
  candidate: Pick<Candidate, 'id' | 'name' | 'headline' | 'company' | 'stage' | 'status'>;
  scorecard: { status: Scorecard['status']; updatedAt: string } | null;
}

export interface ListRow {
  base: SummaryBase;
  interviews: readonly InterviewFact[];
  scorecards: readonly ScorecardFact[];
  activity: ActivityFact;
}

/** Whose candidates to list: the whole pipeline, or only those one interviewer interviews. */
export type ListScope = { kind: 'all' } | { kind: 'interviewer'; userId: string };

/** Reads, inside or outside a unit of work. */
export interface ReadPort {
  role(): Promise<Role>;
  candidate(id: string): Promise<Candidate | undefined>;
  candidateByEmail(email: string): Promise<Candidate | undefined>;
  listCandidates(scope: ListScope): Promise<ListRow[]>;
  /** Whether `userId` has an interview of `candidateId`: interviewers see only those candidates. */
  interviews(candidateId: string): Promise<Interview[]>;
  interview(id: string): Promise<Interview | undefined>;
  interviewsOfInterviewer(userId: string): Promise<Interview[]>;
  /** Email and phone of these candidates in one read (exports); candidates without any are left out. */
  contactDetails(ids: readonly string[]): Promise<Map<string, { email?: string; phone?: string }>>;
  /** "My interviews" in one read: each interview of `userId` with its candidate and scorecard progress. */
  agenda(userId: string): Promise<AgendaItem[]>;
  scorecard(interviewId: string): Promise<Scorecard | undefined>;
  scorecards(candidateId: string): Promise<Scorecard[]>;
  activity(candidateId: string): Promise<ActivityEntry[]>;
  users(): Promise<User[]>;
  user(id: string): Promise<User | undefined>;
}

/** One unit of work: every write in it lands together with its activity entry and events, or none does. */
export interface UnitOfWork extends ReadPort {
  /**
   * Writes `next` if the stored version is still `expectedVersion` (compare-and-set; `next.version` must be
   * `expectedVersion + 1`). False when someone else wrote first.
   */
  updateCandidate(next: Candidate, expectedVersion: number): Promise<boolean>;
  /**
   * Inserts a new candidate with the next free id, unless a candidate already has its email address
   * (compared case-insensitively): then it writes nothing and answers that candidate. The store enforces it,
   * so of parallel creations with one address exactly one is inserted.
   */
  insertCandidate(build: (id: string) => Candidate): Promise<{ created: Candidate } | { duplicateOf: Candidate }>;
  /** Inserts (expectedVersion null) or compare-and-sets a scorecard. False when the version moved. */
  saveScorecard(next: Scorecard, expectedVersion: number | null): Promise<boolean>;
  appendActivity(entry: NewActivityEntry): Promise<ActivityEntry>;
  /** Announced to live subscribers once the unit of work commits, never before, never if it rolls back. */
  emit(event: ChangeEvent): void;
}

/** A command's answer, kept as it was so that a replay gets exactly the same. */
export interface Outcome {
  status: 200 | 201;
  body: unknown;
  /** The resource version, sent as the ETag. */
  version?: number;
  /** True when this is a stored answer to an earlier request with the same Idempotency-Key. */
  replayed?: boolean;
}

export interface IdempotencyScope {
  userId: string;
  key: string;
  /** What the request asked for: the same key with another request is refused. */
  fingerprint: string;
}

export interface StoredSession {
  /** A hash of the session id: the id itself is never stored. */
  idHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface Account {
  user: User;
  email: string;
  passwordHash: string | null;
  active: boolean;
}

/**
 * One entry of the activity log that moves a candidate through the pipeline, compact: `created` (into
 * Applied), `stage_changed` (`to`: the new stage) or `status_changed` (`to`: the new status). `at` in ms.
 */
export interface StageEvent {
  candidateId: string;
  at: number;
  type: 'created' | 'stage_changed' | 'status_changed';
  to: string;
}

export interface Store extends ReadPort {
  /**
   * Insights: every candidate's stage events at or after `since` (ISO; null: all), each candidate's in the
   * order they were appended. One read over the whole log, with only these columns.
   */
  stageHistory(since: string | null): Promise<StageEvent[]>;
  /** Insights' heatmap: each listed candidate's assessment status per qualification (unlisted ids are absent). */
  assessmentStatuses(candidateIds: readonly string[]): Promise<Map<string, Record<QualificationId, AssessmentStatus>>>;
  transaction<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in a unit of work at most once per (user, key). The key is reserved before the work, so
   * a parallel repeat waits and then gets the first answer. A refusal (thrown) stores nothing: the same
   * key may be retried as new.
   */
  once(scope: IdempotencyScope, work: (tx: UnitOfWork) => Promise<Outcome>): Promise<Outcome>;

  sessions: {
    create(session: StoredSession): Promise<void>;
    get(idHash: string): Promise<StoredSession | undefined>;
    touch(idHash: string, at: string): Promise<void>;
    delete(idHash: string): Promise<void>;
  };
  accounts: {
    byEmail(email: string): Promise<Account | undefined>;
  };
  /** Changes announced by committed units of work, across every instance sharing the store. */
  events: EventFeed;
  /**
   * Sign-in attempts per key (an account or an address), for throttling: each is recorded before its
   * password is checked and stays as a failure unless forgotten.
   */
  signInAttempts: {
    /**
     * Records an attempt under `key`, then counts the key's attempts since `since`, this one included. The
     * count sees every attempt recorded before this one, also in parallel and on other instances: the n-th
     * attempt counts at least n, so no more than the limit ever reach a password check.
     */
    record(key: string, at: string, since: string): Promise<{ id: string; count: number }>;
    /** Forgets attempts by id: they were refused unchecked, or their password was right. */
    forget(ids: readonly string[]): Promise<void>;
    /** Forgets every attempt under `key` (a correct password clears its account's failures). */
    clear(key: string): Promise<void>;
  };
}

export interface Clock {
  now(): Date;
}

export interface PasswordHasher {
  verify(hash: string, password: string): Promise<boolean>;
  /** A hash of a random password: verified against when the account is unknown, so timing reveals nothing. */
  readonly decoyHash: string;
}

export const systemClock: Clock = { now: () => new Date() };

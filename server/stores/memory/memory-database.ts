import {
  type ActivityEntry,
  type Candidate,
  type CandidateSummary,
  type Interview,
  type NewActivityEntry,
  type Role,
  type Scorecard,
  type User,
  seesWholePipeline,
  summarizeCandidate,
} from '../../../src/domain';
import type { InterviewFact, ListRow, ScorecardFact, StoredSession, SummaryBase } from '../../core/ports';
import { isBlind, summaryFor } from '../../core/visibility';
import { type Dataset, type DatasetOptions, generateDataset } from '../../seed/dataset';
import { MemoryActivityLog } from './memory-activity-log';

/** What survives a reload: the dataset's recipe plus everything changed since it was generated. */
export interface DatabaseChanges {
  candidates: Candidate[];
  scorecards: Scorecard[];
  activity: ActivityEntry[];
  sessions: StoredSession[];
}

/**
 * The in-memory store's tables. Candidates are keyed by id; activity is append-only. Synchronous, so
 * tests can read and arrange data directly; server/stores/memory/memory-store.ts puts the store's ports
 * (units of work, compare-and-set, idempotency) on top.
 */
export class MemoryDatabase {
  readonly options: DatasetOptions;
  readonly role: Role;
  readonly users: readonly User[];
  readonly interviews: readonly Interview[];
  private readonly candidates = new Map<string, Candidate>();
  private readonly bases = new Map<string, SummaryBase>();
  private readonly activity: MemoryActivityLog;
  private readonly changedCandidateIds = new Set<string>();
  private readonly scorecards = new Map<string, Scorecard>();
  private readonly changedScorecardIds = new Set<string>();
  private readonly interviewsByCandidate = new Map<string, Interview[]>();
  private readonly candidateIdsByInterviewer = new Map<string, Set<string>>();
  private readonly listeners = new Set<() => void>();
  /** By the hash of their id. */
  readonly sessions = new Map<string, StoredSession>();

  constructor(options: DatasetOptions, dataset: Dataset = generateDataset(options)) {
    this.options = options;
    this.role = dataset.role;
    this.users = dataset.users;
    this.interviews = dataset.interviews;
    for (const candidate of dataset.candidates) this.candidates.set(candidate.id, candidate);
    this.activity = new MemoryActivityLog(dataset.activity);
    for (const interview of this.interviews) {
      const ids = this.candidateIdsByInterviewer.get(interview.interviewerId) ?? new Set<string>();
      ids.add(interview.candidateId);
      this.candidateIdsByInterviewer.set(interview.interviewerId, ids);
      const ofCandidate = this.interviewsByCandidate.get(interview.candidateId) ?? [];
      ofCandidate.push(interview);
      this.interviewsByCandidate.set(interview.candidateId, ofCandidate);
    }
    for (const scorecard of dataset.scorecards) this.scorecards.set(scorecard.interviewId, scorecard);
  }

  /** Replays changes saved earlier on top of the freshly generated dataset. */
  applyChanges(changes: DatabaseChanges): void {
    for (const candidate of changes.candidates) {
      this.candidates.set(candidate.id, candidate);
      this.bases.delete(candidate.id);
      this.changedCandidateIds.add(candidate.id);
    }
    for (const scorecard of changes.scorecards) {
      this.scorecards.set(scorecard.interviewId, scorecard);
      this.changedScorecardIds.add(scorecard.interviewId);
    }
    this.activity.restore(changes.activity);
    this.sessions.clear();
    for (const session of changes.sessions) this.sessions.set(session.idHash, session);
  }

  changes(): DatabaseChanges {
    return {
      candidates: [...this.changedCandidateIds].map((id) => this.candidates.get(id)!),
      scorecards: [...this.changedScorecardIds].map((id) => this.scorecards.get(id)!),
      activity: this.activity.added(),
      sessions: [...this.sessions.values()],
    };
  }

  /** Called after every change, e.g. to persist. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notifyChanged(): void {
    for (const listener of this.listeners) listener();
  }

  /** Who has a session now (tests check sign-in and sign-out through it). */
  signedInUserIds(): string[] {
    return [...this.sessions.values()].map((s) => s.userId);
  }

  user(id: string | null): User | undefined {
    return id === null ? undefined : this.users.find((u) => u.id === id);
  }

  /**
   * Adds a new candidate with the next free id; it counts as a change, so it survives a reload. Unless a
   * candidate already has its email address (any case): then nothing is added and that one is answered.
   */
  insertCandidate(build: (id: string) => Candidate): { created: Candidate } | { duplicateOf: Candidate } {
    let highest = 0;
    for (const id of this.candidates.keys()) highest = Math.max(highest, Number(id.slice(1)) || 0);
    const candidate = build(`c${String(highest + 1).padStart(5, '0')}`);
    const duplicateOf = candidate.email ? this.findByEmail(candidate.email) : undefined;
    if (duplicateOf) return { duplicateOf };
    this.candidates.set(candidate.id, candidate);
    this.changedCandidateIds.add(candidate.id);
    return { created: candidate };
  }

  findByEmail(email: string): Candidate | undefined {
    const wanted = email.trim().toLowerCase();
    for (const candidate of this.candidates.values()) if (candidate.email?.toLowerCase() === wanted) return candidate;
    return undefined;
  }

  candidate(id: string): Candidate | undefined {
    return this.candidates.get(id);
  }

  allCandidates(): IterableIterator<Candidate> {
    return this.candidates.values();
  }

  private base(id: string): SummaryBase | undefined {
    const cached = this.bases.get(id);
    if (cached) return cached;
    const candidate = this.candidates.get(id);
    if (!candidate) return undefined;
    const { scorecards: _s, needsDecision: _n, lastActivityAt: _a, ...base } = summarizeCandidate(candidate);
    this.bases.set(id, base);
    return base;
  }

  private scorecardFacts(candidateId: string): ScorecardFact[] {
    const facts: ScorecardFact[] = [];
    for (const interview of this.interviewsOf(candidateId)) {
      const s = this.scorecards.get(interview.id);
      if (s) facts.push({ interviewId: s.interviewId, status: s.status, recommendation: s.recommendation, submittedAt: s.submittedAt });
    }
    return facts;
  }

  /** What the board's summary of a candidate is computed from (the summary base is cached per version). */
  listRow(id: string): ListRow | undefined {
    const base = this.base(id);
    if (!base) return undefined;
    const interviews: InterviewFact[] = this.interviewsOf(id);
    return { base, interviews, scorecards: this.scorecardFacts(id), activity: this.activity.factsOf(id) };
  }

  listRows(interviewerId?: string): ListRow[] {
    const ids = interviewerId === undefined ? this.candidates.keys() : (this.candidateIdsByInterviewer.get(interviewerId) ?? new Set<string>());
    const rows: ListRow[] = [];
    for (const id of ids) rows.push(this.listRow(id)!);
    return rows;
  }

  /** A summary as the whole hiring team sees it (tests compare the API's answers with it). */
  summary(id: string): CandidateSummary | undefined {
    const row = this.listRow(id);
    return row && summaryFor({ id: '', role: 'hiring_manager' }, row);
  }

  /** Whether `userId` is past blind review for this candidate: all of their own scorecards submitted. */
  hasSubmittedFor(userId: string, candidateId: string): boolean {
    return !isBlind({ id: userId, role: 'interviewer' }, this.interviewsOf(candidateId), this.scorecardFacts(candidateId));
  }

  /** The summaries `user` sees, as the API lists them (for tests and the demo's colleague). */
  visibleSummaries(user: User): CandidateSummary[] {
    return this.listRows(seesWholePipeline(user.role) ? undefined : user.id).map((row) => summaryFor(user, row));
  }

  /** Writes a new version of a candidate: the version always goes up by one. */
  updateCandidate(id: string, change: (current: Candidate) => Omit<Candidate, 'version'>): Candidate {
    const current = this.candidates.get(id);
    if (!current) throw new Error(`No candidate ${id}`);
    const next: Candidate = { ...change(current), version: current.version + 1 };
    this.candidates.set(id, next);
    this.bases.delete(id);
    this.changedCandidateIds.add(id);
    return next;
  }

  appendActivity(entry: NewActivityEntry): ActivityEntry {
    return this.activity.append(entry);
  }

  activityOf(candidateId: string): ActivityEntry[] {
    return this.activity.of(candidateId);
  }

  /** The whole log, oldest first (read-only: insights scan it). */
  activityLog(): readonly ActivityEntry[] {
    return this.activity.all();
  }

  interviewsOf(candidateId: string): Interview[] {
    return this.interviewsByCandidate.get(candidateId) ?? [];
  }

  /** Interview ids are `<candidateId>-<kind>`, so the candidate's short list is enough to search. */
  interview(id: string): Interview | undefined {
    const candidateId = id.slice(0, id.indexOf('-'));
    return this.interviewsOf(candidateId).find((i) => i.id === id);
  }

  interviewsOfInterviewer(userId: string): Interview[] {
    return this.interviews.filter((interview) => interview.interviewerId === userId);
  }

  scorecardFor(interviewId: string): Scorecard | undefined {
    return this.scorecards.get(interviewId);
  }

  scorecardsOf(candidateId: string): Scorecard[] {
    return this.interviewsOf(candidateId)
      .map((i) => this.scorecards.get(i.id))
      .filter((s): s is Scorecard => s !== undefined);
  }

  /** Writes a scorecard (a new one starts at version 1, each later write adds one). */
  saveScorecard(next: Omit<Scorecard, 'version'>): Scorecard {
    const current = this.scorecards.get(next.interviewId);
    const saved: Scorecard = { ...next, version: (current?.version ?? 0) + 1 };
    this.scorecards.set(saved.interviewId, saved);
    this.changedScorecardIds.add(saved.interviewId);
    return saved;
  }

  /** Puts a candidate back as it was (a unit of work that failed after writing undoes its writes). */
  restoreCandidate(previous: Candidate | undefined, id: string): void {
    if (previous) this.candidates.set(id, previous);
    else this.candidates.delete(id);
    this.bases.delete(id);
  }

  restoreScorecard(previous: Scorecard | undefined, interviewId: string): void {
    if (previous) this.scorecards.set(interviewId, previous);
    else this.scorecards.delete(interviewId);
  }

  removeActivity(entry: ActivityEntry): void {
    this.activity.remove(entry);
  }

  /** Sets a scorecard exactly as given (the store's compare-and-set has checked its version). */
  putScorecard(scorecard: Scorecard): void {
    this.scorecards.set(scorecard.interviewId, scorecard);
    this.changedScorecardIds.add(scorecard.interviewId);
  }

  putCandidate(candidate: Candidate): void {
    this.candidates.set(candidate.id, candidate);
    this.bases.delete(candidate.id);
    this.changedCandidateIds.add(candidate.id);
  }
}

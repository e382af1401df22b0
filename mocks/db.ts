import {
  type ActivityEntry,
  type Candidate,
  type CandidateSummary,
  type Interview,
  type NewActivityEntry,
  type ReviewState,
  type Role,
  type Scorecard,
  type User,
  seesWholePipeline,
  summarizeCandidate,
  tallyScorecards,
} from '../src/domain';
import { type Dataset, type DatasetOptions, generateDataset } from './seed';

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** What survives a reload: the dataset's recipe plus everything changed since it was generated. */
export interface DatabaseChanges {
  candidates: Candidate[];
  scorecards: Scorecard[];
  activity: ActivityEntry[];
  sessionUserId: string | null;
}

/**
 * The mock backend's tables, in memory. Candidates are keyed by id; activity is append-only.
 * It knows nothing of HTTP: handlers translate requests into these calls.
 */
export class MockDatabase {
  readonly options: DatasetOptions;
  readonly role: Role;
  readonly users: readonly User[];
  readonly interviews: readonly Interview[];
  private readonly candidates = new Map<string, Candidate>();
  private readonly summaries = new Map<string, CandidateSummary>();
  private readonly activity: ActivityEntry[];
  private readonly seededActivityCount: number;
  private readonly changedCandidateIds = new Set<string>();
  private readonly scorecards = new Map<string, Scorecard>();
  private readonly changedScorecardIds = new Set<string>();
  private readonly interviewsByCandidate = new Map<string, Interview[]>();
  private readonly candidateIdsByInterviewer = new Map<string, Set<string>>();
  private readonly idempotency = new Map<string, StoredResponse>();
  private readonly listeners = new Set<() => void>();
  private nextActivityId = 1;
  sessionUserId: string | null = null;

  constructor(options: DatasetOptions, dataset: Dataset = generateDataset(options)) {
    this.options = options;
    this.role = dataset.role;
    this.users = dataset.users;
    this.interviews = dataset.interviews;
    for (const candidate of dataset.candidates) this.candidates.set(candidate.id, candidate);
    this.activity = [...dataset.activity];
    this.seededActivityCount = this.activity.length;
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
      this.summaries.delete(candidate.id);
      this.changedCandidateIds.add(candidate.id);
    }
    for (const scorecard of changes.scorecards) {
      this.scorecards.set(scorecard.interviewId, scorecard);
      this.changedScorecardIds.add(scorecard.interviewId);
      this.summaries.delete(scorecard.candidateId);
    }
    this.activity.push(...changes.activity);
    this.nextActivityId += changes.activity.length;
    this.sessionUserId = changes.sessionUserId;
  }

  changes(): DatabaseChanges {
    return {
      candidates: [...this.changedCandidateIds].map((id) => this.candidates.get(id)!),
      scorecards: [...this.changedScorecardIds].map((id) => this.scorecards.get(id)!),
      activity: this.activity.slice(this.seededActivityCount),
      sessionUserId: this.sessionUserId,
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

  user(id: string | null): User | undefined {
    return id === null ? undefined : this.users.find((u) => u.id === id);
  }

  get sessionUser(): User | undefined {
    return this.user(this.sessionUserId);
  }

  setSession(userId: string | null): void {
    this.sessionUserId = userId;
    this.notifyChanged();
  }

  isVisibleTo(user: User, candidateId: string): boolean {
    if (!this.candidates.has(candidateId)) return false;
    if (seesWholePipeline(user.role)) return true;
    return this.candidateIdsByInterviewer.get(user.id)?.has(candidateId) ?? false;
  }

  /** Adds a new candidate with the next free id; it counts as a change, so it survives a reload. */
  insertCandidate(build: (id: string) => Candidate): Candidate {
    let highest = 0;
    for (const id of this.candidates.keys()) highest = Math.max(highest, Number(id.slice(1)) || 0);
    const candidate = build(`c${String(highest + 1).padStart(5, '0')}`);
    this.candidates.set(candidate.id, candidate);
    this.changedCandidateIds.add(candidate.id);
    return candidate;
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

  /** Onsite, active, and every onsite interview has a submitted scorecard. */
  private reviewStateOf(candidate: Candidate): ReviewState {
    const interviews = this.interviewsOf(candidate.id);
    const cards = interviews.map((i) => this.scorecards.get(i.id)).filter((s): s is Scorecard => s !== undefined);
    const onsite = interviews.filter((i) => i.stage === 'onsite');
    const needsDecision =
      candidate.status === 'active' &&
      candidate.stage === 'onsite' &&
      onsite.length > 0 &&
      onsite.every((i) => this.scorecards.get(i.id)?.status === 'submitted');
    return { scorecards: interviews.length ? tallyScorecards(cards, interviews.length) : null, needsDecision };
  }

  /**
   * The summary as recruiters and the hiring manager see it. Cached per candidate and dropped on any
   * write to the candidate or its scorecards, so listing 10,000 stays cheap.
   */
  summary(id: string): CandidateSummary | undefined {
    const cached = this.summaries.get(id);
    if (cached) return cached;
    const candidate = this.candidates.get(id);
    if (!candidate) return undefined;
    const summary = summarizeCandidate(candidate, this.reviewStateOf(candidate));
    this.summaries.set(id, summary);
    return summary;
  }

  /** Whether `userId` has submitted their own scorecard for this candidate: the key to blind review. */
  hasSubmittedFor(userId: string, candidateId: string): boolean {
    return this.interviewsOf(candidateId).some((i) => i.interviewerId === userId && this.scorecards.get(i.id)?.status === 'submitted');
  }

  /** The summary as `user` may see it: interviewers see no scorecard aggregate until theirs is in. */
  summaryFor(user: User, id: string): CandidateSummary | undefined {
    const summary = this.summary(id);
    if (!summary || seesWholePipeline(user.role)) return summary;
    return {
      ...summary,
      scorecards: this.hasSubmittedFor(user.id, id) ? summary.scorecards : null,
      needsDecision: false,
    };
  }

  visibleSummaries(user: User): CandidateSummary[] {
    if (seesWholePipeline(user.role)) {
      const result: CandidateSummary[] = [];
      for (const id of this.candidates.keys()) result.push(this.summary(id)!);
      return result;
    }
    const ids = this.candidateIdsByInterviewer.get(user.id) ?? new Set<string>();
    return [...ids].map((id) => this.summaryFor(user, id)!);
  }

  /** Writes a new version of a candidate: the version always goes up by one. */
  updateCandidate(id: string, change: (current: Candidate) => Omit<Candidate, 'version'>): Candidate {
    const current = this.candidates.get(id);
    if (!current) throw new Error(`No candidate ${id}`);
    const next: Candidate = { ...change(current), version: current.version + 1 };
    this.candidates.set(id, next);
    this.summaries.delete(id);
    this.changedCandidateIds.add(id);
    return next;
  }

  appendActivity(entry: NewActivityEntry): ActivityEntry {
    const full = { ...entry, id: `act-${this.nextActivityId++}-${entry.candidateId}` } as ActivityEntry;
    this.activity.push(full);
    return full;
  }

  activityOf(candidateId: string): ActivityEntry[] {
    return this.activity.filter((entry) => entry.candidateId === candidateId);
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
    this.summaries.delete(saved.candidateId);
    return saved;
  }

  storedResponse(key: string): StoredResponse | undefined {
    return this.idempotency.get(key);
  }

  storeResponse(key: string, response: StoredResponse): void {
    this.idempotency.set(key, response);
  }
}

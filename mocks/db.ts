import {
  type ActivityEntry,
  type Candidate,
  type CandidateSummary,
  type Interview,
  type NewActivityEntry,
  type Role,
  type User,
  seesWholePipeline,
  summarizeCandidate,
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
    }
  }

  /** Replays changes saved earlier on top of the freshly generated dataset. */
  applyChanges(changes: DatabaseChanges): void {
    for (const candidate of changes.candidates) {
      this.candidates.set(candidate.id, candidate);
      this.summaries.delete(candidate.id);
      this.changedCandidateIds.add(candidate.id);
    }
    this.activity.push(...changes.activity);
    this.nextActivityId += changes.activity.length;
    this.sessionUserId = changes.sessionUserId;
  }

  changes(): DatabaseChanges {
    return {
      candidates: [...this.changedCandidateIds].map((id) => this.candidates.get(id)!),
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

  /** Summaries are cached per candidate and dropped on write, so listing 10,000 stays cheap. */
  summary(id: string): CandidateSummary | undefined {
    const cached = this.summaries.get(id);
    if (cached) return cached;
    const candidate = this.candidates.get(id);
    if (!candidate) return undefined;
    const summary = summarizeCandidate(candidate);
    this.summaries.set(id, summary);
    return summary;
  }

  visibleSummaries(user: User): CandidateSummary[] {
    const ids = seesWholePipeline(user.role)
      ? this.candidates.keys()
      : (this.candidateIdsByInterviewer.get(user.id) ?? new Set<string>()).values();
    const result: CandidateSummary[] = [];
    for (const id of ids) result.push(this.summary(id)!);
    return result;
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
    return this.interviews.filter((interview) => interview.candidateId === candidateId);
  }

  storedResponse(key: string): StoredResponse | undefined {
    return this.idempotency.get(key);
  }

  storeResponse(key: string, response: StoredResponse): void {
    this.idempotency.set(key, response);
  }
}

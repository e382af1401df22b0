/**
 * The model: what the API should hold, kept small: per candidate its version, stage, status and who made
 * the current decision; per interview its scorecard's version and status; per candidate the number of
 * activity entries. It changes only through the effects of answers that succeeded (./oracle.ts).
 */
import {
  type ActivityEntry,
  type AssessmentStatus,
  type CandidateStatus,
  type Interview,
  type QualificationId,
  type ScorecardContent,
  type Stage,
  type StatusAction,
  type User,
  type UserRole,
} from '../../src/domain';
import type { MemoryDatabase } from '../../server/stores/memory/memory-database';
import type { ApiRequest, ApiResponse } from './world';

export interface CandidateState {
  version: number;
  stage: Stage;
  status: CandidateStatus;
  /** The role of whoever made the current rejection, withdrawal or hire (null while active). */
  decidedBy: UserRole | null;
}
export interface ScorecardState {
  version: number;
  status: 'draft' | 'submitted';
}

/** Which If-Match a write sends: the version the model holds, an older one, none, or a weak tag. */
export type VersionChoice = 'current' | 'stale' | 'missing' | 'weak';

export type WriteSpec =
  | { kind: 'move'; userId: string; candidateId: string; toStage: Stage; version: VersionChoice }
  | { kind: 'status'; userId: string; candidateId: string; action: StatusAction; version: VersionChoice }
  | {
      kind: 'assess';
      userId: string;
      candidateId: string;
      qualificationId: QualificationId;
      status: AssessmentStatus;
      evidence: string;
      version: VersionChoice;
    }
  | { kind: 'note'; userId: string; candidateId: string; text: string }
  | { kind: 'create'; userId: string; email: string; name: string }
  | { kind: 'draft'; userId: string; interviewId: string; content: ScorecardContent; version: VersionChoice }
  | { kind: 'submit'; userId: string; interviewId: string; content: ScorecardContent; version: VersionChoice };

export type SentIfMatch = { kind: 'missing' } | { kind: 'weak'; v: number } | { kind: 'version'; v: number };

/** A write made concrete against the model: the If-Match it carries, its key, the HTTP request. */
export interface Write {
  spec: WriteSpec;
  ifMatch: SentIfMatch;
  key: string | null;
  request: ApiRequest;
}

export interface ActivityMark {
  candidateId: string;
  type: ActivityEntry['type'];
  actorId: string;
}

export interface Effect {
  candidate?: { id: string; state: CandidateState };
  scorecard?: { id: string; state: ScorecardState };
  /** The one activity entry the change writes; none for a draft save (a draft is private). */
  activity?: ActivityMark;
  email?: string;
}

export interface Outcome {
  status: number;
  /** The problem type a refusal must carry, where it matters. */
  type?: string;
  effect?: Effect;
}

/** A successful request sent with an Idempotency-Key, and its first answer: retries must get exactly it. */
export interface Replayable {
  write: Write;
  response: ApiResponse;
}

export class Model {
  constructor(
    readonly users: ReadonlyMap<string, User>,
    readonly interviews: readonly Interview[],
    readonly candidates: Map<string, CandidateState>,
    readonly scorecards: Map<string, ScorecardState>,
    readonly activity: Map<string, number>,
    readonly emails: Set<string>,
    readonly history: Replayable[] = [],
    public nextKey = 1,
  ) {}

  /** The model of a freshly seeded database. */
  static of(db: MemoryDatabase): Model {
    const users = new Map(db.users.map((u) => [u.id, u]));
    const candidates = new Map<string, CandidateState>();
    const activity = new Map<string, number>();
    const emails = new Set<string>();
    for (const c of db.allCandidates()) {
      const by = c.statusChange?.by;
      const decidedBy = by ? (by.role ?? users.get(by.id)?.role ?? null) : null;
      candidates.set(c.id, { version: c.version, stage: c.stage, status: c.status, decidedBy });
      activity.set(c.id, db.activityOf(c.id).length);
      if (c.email) emails.add(c.email.toLowerCase());
    }
    const scorecards = new Map<string, ScorecardState>();
    for (const i of db.interviews) {
      const s = db.scorecardFor(i.id);
      if (s) scorecards.set(i.id, { version: s.version, status: s.status });
    }
    return new Model(users, db.interviews, candidates, scorecards, activity, emails);
  }

  /** A copy to try things on (the order of a parallel pair). */
  clone(): Model {
    const copy = <V>(map: Map<string, V>) => new Map([...map].map(([k, v]) => [k, { ...v }]));
    return new Model(this.users, this.interviews, copy(this.candidates), copy(this.scorecards), new Map(this.activity), new Set(this.emails), this.history, this.nextKey);
  }

  role(userId: string): UserRole {
    const user = this.users.get(userId);
    if (!user) throw new Error(`No user ${userId}`);
    return user.role;
  }

  interviewsOf(candidateId: string): Interview[] {
    return this.interviews.filter((i) => i.candidateId === candidateId);
  }

  /** Interviewers see only the candidates they interview; everyone else sees every candidate. */
  visible(userId: string, candidateId: string): boolean {
    if (!this.candidates.has(candidateId)) return false;
    return this.role(userId) !== 'interviewer' || this.interviewsOf(candidateId).some((i) => i.interviewerId === userId);
  }

  /** An interviewer is blind to a candidate until every one of their own interviews of them has a submitted scorecard. */
  blind(userId: string, candidateId: string): boolean {
    if (this.role(userId) !== 'interviewer') return false;
    const own = this.interviewsOf(candidateId).filter((i) => i.interviewerId === userId);
    return own.length === 0 || !own.every((i) => this.scorecards.get(i.id)?.status === 'submitted');
  }

  nextCandidateId(): string {
    const highest = Math.max(0, ...[...this.candidates.keys()].map((id) => Number(id.slice(1)) || 0));
    return `c${String(highest + 1).padStart(5, '0')}`;
  }

  interview(id: string): Interview {
    const interview = this.interviews.find((i) => i.id === id);
    if (!interview) throw new Error(`No interview ${id}`);
    return interview;
  }
}


/** Reads, the same inside a unit of work (on its client) and outside one (on the pool). */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { ActivityEntry, AssessmentStatus, Candidate, Interview, QualificationId, Role, Scorecard, User } from '../../../src/domain';
import type { AgendaItem, ListRow, ListScope, ReadPort, StageEvent } from '../../core/ports';
import { listCandidates } from './list-candidates';
import { activityFromRow, candidateFromRow, type Db, interviewFromRow, scorecardFromRow, userFromRow } from './rows';
import { activity, candidates, interviews, roles, scorecards, users } from './schema';

export type Queryable = pg.Pool | pg.PoolClient;

export class PgReads implements ReadPort {
  private released = false;

  constructor(
    private readonly drizzleDb: Db,
    /** The same connection(s) as `db`, for the hand-written list queries. */
    private readonly pgClient: Queryable,
  ) {}

  /** A unit of work's connection goes back to the pool at its end: using it later would run in another's. */
  release(): void {
    this.released = true;
  }

  protected get db(): Db {
    if (this.released) throw new Error('This unit of work has ended: its connection is no longer yours.');
    return this.drizzleDb;
  }

  protected get client(): Queryable {
    if (this.released) throw new Error('This unit of work has ended: its connection is no longer yours.');
    return this.pgClient;
  }

  async role(): Promise<Role> {
    const [row] = await this.db.select({ doc: roles.doc }).from(roles).limit(1);
    if (!row) throw new Error('The database holds no role: load a dataset first.');
    return row.doc;
  }

  async candidate(id: string): Promise<Candidate | undefined> {
    const [row] = await this.db.select().from(candidates).where(eq(candidates.id, id));
    return row && candidateFromRow(row);
  }

  async candidateByEmail(email: string): Promise<Candidate | undefined> {
    const [row] = await this.db
      .select()
      .from(candidates)
      .where(sql`lower(${candidates.email}) = lower(${email})`)
      .orderBy(asc(candidates.id))
      .limit(1);
    return row && candidateFromRow(row);
  }

  listCandidates(scope: ListScope): Promise<ListRow[]> {
    return listCandidates(this.client, scope);
  }

  async interviews(candidateId: string): Promise<Interview[]> {
    const rows = await this.db.select().from(interviews).where(eq(interviews.candidateId, candidateId)).orderBy(asc(interviews.seq));
    return rows.map(interviewFromRow);
  }

  async interview(id: string): Promise<Interview | undefined> {
    const [row] = await this.db.select().from(interviews).where(eq(interviews.id, id));
    return row && interviewFromRow(row);
  }

  async interviewsOfInterviewer(userId: string): Promise<Interview[]> {
    const rows = await this.db.select().from(interviews).where(eq(interviews.interviewerId, userId)).orderBy(asc(interviews.seq));
    return rows.map(interviewFromRow);
  }

  async contactDetails(ids: readonly string[]): Promise<Map<string, { email?: string; phone?: string }>> {
    const found = new Map<string, { email?: string; phone?: string }>();
    if (ids.length === 0) return found;
    const rows = await this.db
      .select({ id: candidates.id, email: candidates.email, phone: candidates.phone })
      .from(candidates)
      .where(inArray(candidates.id, [...ids]));
    for (const { id, email, phone } of rows) {
      if (email || phone) found.set(id, { ...(email ? { email } : {}), ...(phone ? { phone } : {}) });
    }
    return found;
  }

  /** One query for "My interviews": a recruiter at 10,000 candidates has thousands of interviews. */
  async agenda(userId: string): Promise<AgendaItem[]> {
    const rows = await this.db
      .select({
        interview: interviews,
        candidate: { id: candidates.id, name: candidates.name, headline: candidates.headline, company: candidates.company, stage: candidates.stage, status: candidates.status },
        scorecardStatus: scorecards.status,
        scorecardUpdatedAt: scorecards.updatedAt,
      })
      .from(interviews)
      .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
      .leftJoin(scorecards, eq(scorecards.interviewId, interviews.id))
      .where(eq(interviews.interviewerId, userId))
      .orderBy(asc(interviews.seq));
    return rows.map((row) => ({
      interview: interviewFromRow(row.interview),
      candidate: row.candidate,
      scorecard: row.scorecardStatus && row.scorecardUpdatedAt ? { status: row.scorecardStatus, updatedAt: row.scorecardUpdatedAt.toISOString() } : null,
    }));
  }

  async scorecard(interviewId: string): Promise<Scorecard | undefined> {
    const [row] = await this.db.select().from(scorecards).where(eq(scorecards.interviewId, interviewId));
    return row && scorecardFromRow(row);
  }

  /** In the order of the candidate's interviews, as the in-memory store gives them. */
  async scorecards(candidateId: string): Promise<Scorecard[]> {
    const rows = await this.db
      .select({ scorecard: scorecards })
      .from(scorecards)
      .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
      .where(eq(scorecards.candidateId, candidateId))
      .orderBy(asc(interviews.seq));
    return rows.map((row) => scorecardFromRow(row.scorecard));
  }

  /** Oldest first: in the order the entries were appended. */
  async activity(candidateId: string): Promise<ActivityEntry[]> {
    const rows = await this.db
      .select({ id: activity.id, candidateId: activity.candidateId, at: activity.at, entry: activity.entry })
      .from(activity)
      .where(eq(activity.candidateId, candidateId))
      .orderBy(asc(activity.seq));
    return rows.map(activityFromRow);
  }

  /**
   * Insights: one query over the log, reading only the generated `kind` and `moved_to` columns (no JSON
   * parsed), each candidate's events packed into one string by PostgreSQL (fields split by U+001F, events
   * by U+001E; types, stages and statuses hold no control characters), so node-postgres parses 10,000 rows.
   */
  async stageHistory(since: string | null): Promise<StageEvent[]> {
    const { rows } = await this.client.query<[string, string]>({
      text: `select candidate_id, string_agg(kind || E'\\x1f' || coalesce(moved_to, 'applied') || E'\\x1f' || (extract(epoch from at) * 1000)::bigint, E'\\x1e' order by seq)
             from activity
             where kind in ('created', 'stage_changed', 'status_changed') and ($1::timestamptz is null or at >= $1)
             group by candidate_id`,
      values: [since],
      rowMode: 'array',
    });
    const events: StageEvent[] = [];
    for (const [candidateId, packed] of rows) {
      for (const item of packed.split('\u001e')) {
        const [type, to = 'applied', at = '0'] = item.split('\u001f');
        events.push({ candidateId, at: Number(at), type: type as StageEvent['type'], to });
      }
    }
    return events;
  }

  /** Insights' heatmap page: the status of each assessment, read out of the documents by PostgreSQL. */
  async assessmentStatuses(candidateIds: readonly string[]): Promise<Map<string, Record<QualificationId, AssessmentStatus>>> {
    const statuses = new Map<string, Record<QualificationId, AssessmentStatus>>();
    if (candidateIds.length === 0) return statuses;
    const { rows } = await this.client.query<[string, QualificationId, AssessmentStatus]>({
      text: `select c.id, q.key, q.value->>'status' from candidates c cross join lateral json_each(c.assessments) q where c.id = any($1::text[])`,
      values: [candidateIds],
      rowMode: 'array',
    });
    for (const [id, qualificationId, status] of rows) {
      let cells = statuses.get(id);
      if (!cells) statuses.set(id, (cells = {} as Record<QualificationId, AssessmentStatus>));
      cells[qualificationId] = status;
    }
    return statuses;
  }

  async users(): Promise<User[]> {
    const rows = await this.db
      .select({ id: users.id, name: users.name, title: users.title, role: users.role })
      .from(users)
      .where(eq(users.active, true))
      .orderBy(asc(users.seq));
    return rows.map(userFromRow);
  }

  async user(id: string): Promise<User | undefined> {
    const [row] = await this.db
      .select({ id: users.id, name: users.name, title: users.title, role: users.role })
      .from(users)
      .where(and(eq(users.id, id), eq(users.active, true)));
    return row && userFromRow(row);
  }
}

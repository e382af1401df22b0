/**
 * One unit of work = one PostgreSQL transaction on one pooled connection. Every write, its activity
 * entry and its change events commit together or not at all.
 */
import { and, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { ActivityEntry, Candidate, NewActivityEntry, Scorecard } from '../../../src/domain';
import type { ChangeEvent } from '../../core/events';
import type { UnitOfWork } from '../../core/ports';
import { LOCK_NAMESPACE, LOCKS } from './locks';
import { PgReads } from './reads';
import { activityDetails, candidateToRow, type Db, scorecardToRow } from './rows';
import { candidates, listStamp, scorecards } from './schema';

export const EVENTS_CHANNEL = 'shortlist_events';

export class PgUnitOfWork extends PgReads implements UnitOfWork {
  private readonly pending: ChangeEvent[] = [];
  /** Whether a write changed what the board list shows, activity included (then the list stamp changes at commit). */
  private listChanged = false;

  async updateCandidate(next: Candidate, expectedVersion: number): Promise<boolean> {
    const { id: _id, ...row } = candidateToRow(next);
    const result = await this.db
      .update(candidates)
      .set(row)
      .where(and(eq(candidates.id, next.id), eq(candidates.version, expectedVersion)));
    return this.changed(result.rowCount === 1);
  }

  async insertCandidate(build: (id: string) => Candidate): Promise<{ created: Candidate } | { duplicateOf: Candidate }> {
    // Held until this unit of work ends: a parallel creation waits, then sees this one's id as taken.
    await this.db.execute(sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${LOCKS.candidateId})`);
    const result = await this.db.execute<{ last: number | null }>(
      sql`select max(substring(id from 2)::int) as last from candidates where id ~ '^c[0-9]{1,9}$'`,
    );
    const candidate = build(`c${String((result.rows[0]?.last ?? 0) + 1).padStart(5, '0')}`);
    // The unique index on lower(email) decides between parallel creations with one address (waiting for the
    // other to commit or roll back): the loser inserts nothing, and its transaction stays usable.
    const inserted = await this.db.insert(candidates).values(candidateToRow(candidate)).onConflictDoNothing();
    if (inserted.rowCount === 1) {
      this.changed(true);
      return { created: candidate };
    }
    const duplicateOf = candidate.email ? await this.candidateByEmail(candidate.email) : undefined;
    if (!duplicateOf) throw new Error(`Candidate ${candidate.id} was not inserted, and no candidate has its email address.`);
    return { duplicateOf };
  }

  async saveScorecard(next: Scorecard, expectedVersion: number | null): Promise<boolean> {
    if (expectedVersion === null) {
      // The interview id is the primary key: of two parallel first saves, the second inserts nothing.
      const result = await this.db.insert(scorecards).values(scorecardToRow(next)).onConflictDoNothing();
      return this.changed(result.rowCount === 1);
    }
    const { interviewId: _interviewId, ...row } = scorecardToRow(next);
    const result = await this.db
      .update(scorecards)
      .set(row)
      .where(and(eq(scorecards.interviewId, next.interviewId), eq(scorecards.version, expectedVersion)));
    return this.changed(result.rowCount === 1);
  }

  private changed(wrote: boolean): boolean {
    if (wrote) this.listChanged = true;
    return wrote;
  }

  async appendActivity(entry: NewActivityEntry): Promise<ActivityEntry> {
    const result = await this.db.execute<{ id: string }>(sql`
      insert into activity (seq, id, candidate_id, at, entry)
      select n.seq, 'act-' || n.seq, ${entry.candidateId}, ${entry.at}::timestamptz, ${JSON.stringify(activityDetails(entry))}::json
      from (select nextval(pg_get_serial_sequence('activity', 'seq')) as seq) n
      returning id`);
    const id = result.rows[0]?.id;
    if (id === undefined) throw new Error('The activity entry was not stored.');
    // The list shows each candidate's last activity: a new entry (a note too) changes the list.
    this.changed(true);
    return { id, ...entry } as ActivityEntry;
  }

  emit(event: ChangeEvent): void {
    this.pending.push(event);
  }

  /**
   * Last thing before COMMIT: changes the list stamp and writes the emitted events. The lock (released by
   * the commit) makes event ids grow in commit order, so "events after id N" never skips one that
   * committed late; the stamp row is only ever locked under it, so it cannot take part in a deadlock.
   * NOTIFY is transactional: listeners hear of the events only if the commit happens.
   */
  async beforeCommit(): Promise<void> {
    if (this.pending.length === 0 && !this.listChanged) return;
    // One statement, so the lock is held for one round trip and the commit, not four: under load every
    // write's end queues on this lock. The inserts read from `lock`, so they run once it is held.
    await this.db.execute(sql`
      with lock as (select pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${LOCKS.events})),
      stamp as (
        insert into list_stamp (id) select 1 from lock where ${this.listChanged}
        on conflict (id) do update set stamp = gen_random_uuid()
        returning 1
      ),
      inserted as (
        insert into events (payload) select e from lock, json_array_elements(${JSON.stringify(this.pending)}::json) as e
        returning id
      )
      select pg_notify(${EVENTS_CHANNEL}, (select max(id) from inserted)::text)
      where exists (select 1 from inserted)`);
    this.pending.length = 0;
  }
}

/** Tells every store's list cache that what it holds is out of date (once this transaction commits). */
export async function changeListStamp(db: Db): Promise<void> {
  await db
    .insert(listStamp)
    .values({ id: 1 })
    .onConflictDoUpdate({ target: listStamp.id, set: { stamp: sql`gen_random_uuid()` } });
}

/**
 * BEGIN … COMMIT on one pooled client. If `work` throws, ROLLBACK and re-throw the very same error. A
 * connection that cannot even roll back is destroyed rather than returned to the pool.
 */
/**
 * The connection, running one query at a time in the order they were asked for. The core reads in
 * parallel where it can (`Promise.all` over a candidate's interviews, scorecards and activity): on the
 * pool those go to several connections, but a transaction has one, and pg's own queue for queries sent to
 * a busy client is deprecated (gone in pg 9). So they wait their turn here.
 */
export function oneQueryAtATime(client: pg.PoolClient): pg.PoolClient {
  let previous: Promise<unknown> = Promise.resolve();
  const query = (...args: unknown[]) => {
    const next = previous.then(() => (client.query as (...queryArgs: unknown[]) => Promise<unknown>)(...args));
    previous = next.catch(() => undefined);
    return next;
  };
  return new Proxy(client, { get: (target, property, receiver) => (property === 'query' ? query : Reflect.get(target, property, receiver)) });
}

export async function runTransaction<T>(pool: pg.Pool, work: (uow: PgUnitOfWork, db: Db) => Promise<T>): Promise<T> {
  const client = oneQueryAtATime(await pool.connect());
  const db = drizzle(client);
  const uow = new PgUnitOfWork(db, client);
  let broken = false;
  try {
    await client.query('begin');
    const result = await work(uow, db);
    await uow.beforeCommit();
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    uow.release();
    client.release(broken);
  }
}

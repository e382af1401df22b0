/**
 * Fills an empty database with a generated dataset (demo mode, tests, benchmarks), in one transaction.
 * Rows go in chunks as one JSON parameter each (`json_populate_recordset`): several times faster than
 * drizzle's multi-row VALUES, whose building alone took ~100 ms per 2,000 candidates.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Dataset } from '../../seed/dataset';
import { LOCK_NAMESPACE, LOCKS } from './locks';
import type { PostgresStore } from './postgres-store';
import { activityDetails, candidateToRow, type Db, interviewToRow, scorecardToRow } from './rows';
import { activity, candidates, interviews, roles, scorecards, users } from './schema';
import { changeListStamp, runTransaction } from './unit-of-work';

export interface SeedAccount {
  userId: string;
  email: string;
  passwordHash: string;
}

type Target = PostgresStore | pg.Pool;
const poolOf = (target: Target): pg.Pool => (target instanceof pg.Pool ? target : target.pool);

const CHUNK = 2000;

/** Inserts rows (drizzle's insert shape) keyed by column name; Dates become ISO strings in the JSON. */
async function bulkInsert<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  const columns = Object.entries(getTableColumns(table)) as [string, { name: string }][];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK) as Record<string, unknown>[];
    // Only columns given a value (identity columns number themselves).
    const present = columns.filter(([key]) => chunk[0]?.[key] !== undefined);
    const json = chunk.map((row) => Object.fromEntries(present.map(([key, column]) => [column.name, row[key] ?? null])));
    const list = sql.raw(present.map(([, column]) => `"${column.name}"`).join(', '));
    await db.execute(sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(json)}::json)`);
  }
}

async function isEmptyIn(db: Db): Promise<boolean> {
  const result = await db.execute<{ empty: boolean }>(
    sql`select not (exists (select 1 from roles) or exists (select 1 from users) or exists (select 1 from candidates)) as empty`,
  );
  return result.rows[0]?.empty ?? false;
}

/** True when no role, user or candidate is stored yet. */
export async function isEmpty(target: Target): Promise<boolean> {
  return runTransaction(poolOf(target), (_uow, db) => isEmptyIn(db));
}

/**
 * Loads `dataset` if the database is empty, and says whether it did. Safe when several instances start
 * at once: the first loads, the others wait for it and find the database no longer empty.
 * Accounts give users their sign-in email and password hash; users without one cannot sign in.
 */
export async function loadDataset(target: Target, dataset: Dataset, accounts: readonly SeedAccount[]): Promise<boolean> {
  const byUser = new Map(accounts.map((account) => [account.userId, account]));
  for (const account of accounts) {
    if (!dataset.users.some((user) => user.id === account.userId)) throw new Error(`No user ${account.userId} for the account ${account.email}.`);
  }
  const pool = poolOf(target);
  const loaded = await runTransaction(pool, async (_uow, db) => {
    await db.execute(sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${LOCKS.load})`);
    if (!(await isEmptyIn(db))) return false;
    await db.insert(roles).values({ id: dataset.role.id, doc: dataset.role });
    await db.insert(users).values(
      dataset.users.map((user) => ({
        id: user.id,
        email: byUser.get(user.id)?.email.toLowerCase() ?? null,
        name: user.name,
        title: user.title,
        role: user.role,
        passwordHash: byUser.get(user.id)?.passwordHash ?? null,
      })),
    );
    await bulkInsert(db, candidates, dataset.candidates.map(candidateToRow));
    await bulkInsert(db, interviews, dataset.interviews.map(interviewToRow));
    await bulkInsert(db, scorecards, dataset.scorecards.map(scorecardToRow));
    // Seeded entries keep their ids; `seq` follows the dataset's order, which is each log's order.
    await bulkInsert(
      db,
      activity,
      dataset.activity.map((entry) => ({ id: entry.id, candidateId: entry.candidateId, at: new Date(entry.at), entry: activityDetails(entry) })),
    );
    await changeListStamp(db);
    return true;
  });
  // Fresh statistics, so the first board list already gets good plans.
  if (loaded) await pool.query('analyze');
  return loaded;
}

/**
 * The `Store` on PostgreSQL (drizzle-orm over node-postgres). Optimistic concurrency is compare-and-set
 * in SQL (`where version = $expected`); a unit of work is one transaction; idempotency keys, sessions and
 * change events live in tables so that any number of instances can share one database.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { IdempotencyScope, ListRow, ListScope, Outcome, Store, UnitOfWork } from '../../core/ports';
import { type ErrorReporter, PgEventFeed } from './event-feed';
import { runOnce } from './idempotency';
import { ListCache } from './list-cache';
import { migrateDatabase } from './migrate';
import { PgReads } from './reads';
import { pgAccounts, pgSessions, pgSignInAttempts } from './sessions';
import { runTransaction } from './unit-of-work';

export interface PostgresStore extends Store {
  /** For loadDataset and the accounts admin. */
  readonly pool: pg.Pool;
  readonly events: PgEventFeed;
  /** Whether the database answers (`select 1`). */
  ready(): Promise<boolean>;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

export interface PostgresStoreOptions {
  connectionString: string;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  /** Connections in the pool (default 10), plus one for LISTEN. */
  poolSize?: number;
  /** Errors with no request to fail: idle connections dropping, the event listener reconnecting. */
  onError?: ErrorReporter;
}

const defaultReporter: ErrorReporter = (error, context) => console.error(`[postgres store] ${context}:`, error);

class PgStore extends PgReads implements PostgresStore {
  readonly sessions: Store['sessions'];
  readonly accounts: Store['accounts'];
  readonly signInAttempts: Store['signInAttempts'];
  private readonly listCache: ListCache;

  constructor(
    readonly pool: pg.Pool,
    readonly events: PgEventFeed,
  ) {
    const db = drizzle(pool);
    super(db, pool);
    this.sessions = pgSessions(db);
    this.accounts = pgAccounts(db);
    this.signInAttempts = pgSignInAttempts(db);
    this.listCache = new ListCache(pool);
  }

  /** Cached between changes (inside a unit of work the list is always read afresh, on its connection). */
  override listCandidates(scope: ListScope): Promise<ListRow[]> {
    return this.listCache.list(scope);
  }

  transaction<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    return runTransaction(this.pool, (uow) => work(uow));
  }

  once(scope: IdempotencyScope, work: (tx: UnitOfWork) => Promise<Outcome>): Promise<Outcome> {
    return runOnce(this.pool, scope, work);
  }

  async ready(): Promise<boolean> {
    try {
      await this.pool.query('select 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.events.close();
    // pool.end() resolves before its sockets are closed: if the server stops right after (tests, shutdown),
    // those connections report "terminating connection", which is no longer news.
    this.pool.removeAllListeners('error');
    this.pool.on('error', () => undefined);
    await this.pool.end();
  }
}

export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const onError = options.onError ?? defaultReporter;
  if (options.migrate !== false) await migrateDatabase(options.connectionString);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    // Fail a request rather than hang it when the database is unreachable or the pool exhausted.
    connectionTimeoutMillis: 10_000,
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
  });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => onError(error, 'idle connection'));
  const events = new PgEventFeed(pool, options.connectionString, onError);
  try {
    await events.start();
  } catch (error) {
    await events.close();
    await pool.end();
    throw error;
  }
  return new PgStore(pool, events);
}

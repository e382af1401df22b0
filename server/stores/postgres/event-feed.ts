/**
 * Change events across every instance sharing the database. A unit of work inserts its events and
 * NOTIFYs `shortlist_events` before COMMIT; each store keeps one dedicated LISTEN connection and, on a
 * notification, reads the events it has not delivered yet (ids grow in commit order) and hands them to
 * its subscribers. The table keeps an hour of events for `since()` (SSE Last-Event-ID).
 */
import pg from 'pg';
import type { ChangeEvent, EventFeed, StoredEvent } from '../../core/events';
import { EVENTS_CHANNEL } from './unit-of-work';

type Listener = (stored: StoredEvent) => void;
export type ErrorReporter = (error: unknown, context: string) => void;

const BATCH = 500;
/** A client further behind than this refetches everything instead: cheaper than replaying each change. */
const SINCE_LIMIT = 1000;
const PRUNE_EVERY_MS = 5 * 60_000;
const MAX_RECONNECT_DELAY_MS = 5_000;

export class PgEventFeed implements EventFeed {
  private readonly listeners = new Set<Listener>();
  private listenClient: pg.Client | undefined;
  private lastDelivered = 0;
  private started = false;
  private notifiedEarly = false;
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private closed = false;
  private lastPrune = 0;
  private reconnectDelay = 250;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    private readonly onError: ErrorReporter,
  ) {}

  /** LISTEN first, then note where the stream stands: nothing committed after that can be missed. */
  async start(): Promise<void> {
    await this.connect();
    const { rows } = await this.pool.query<{ last: string | null }>('select max(id) as last from events');
    this.lastDelivered = Number(rows[0]?.last ?? 0);
    this.started = true;
    if (this.notifiedEarly) this.scheduleDrain();
  }

  get listening(): boolean {
    return this.listenClient !== undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The newest committed event ('0' when none): where a new client starts. */
  async latest(): Promise<string> {
    const { rows } = await this.pool.query<{ last: string | null }>('select max(id) as last from events');
    return rows[0]?.last ?? '0';
  }

  async since(lastId: string): Promise<StoredEvent[] | null> {
    if (!/^\d{1,15}$/.test(lastId)) return null;
    const after = Number(lastId);
    const { rows } = await this.pool.query<{ id: string; payload: ChangeEvent }>(
      'select id, payload from events where id > $1 order by id limit $2',
      [after, SINCE_LIMIT + 1],
    );
    // Read after the rows: if the oldest kept event is still right after `lastId`, none was pruned in between.
    const bounds = await this.pool.query<{ first: string | null; last: string | null }>('select min(id) as first, max(id) as last from events');
    const first = bounds.rows[0]?.first ?? null;
    const last = bounds.rows[0]?.last ?? null;
    if (first === null || last === null) return after === 0 ? [] : null;
    // Before the oldest kept event: some were pruned. After the newest: an id from another database.
    if (after < Number(first) - 1 || after > Number(last) || rows.length > SINCE_LIMIT) return null;
    return rows.map((row) => ({ id: row.id, event: row.payload }));
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.listenClient;
    this.listenClient = undefined;
    await client?.end().catch(() => undefined);
    await this.draining;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL) this.scheduleDrain();
    });
    client.on('error', (error) => {
      this.onError(error, 'events listener');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.listenClient = client;
  }

  private lost(client: pg.Client): void {
    if (this.listenClient !== client) return;
    this.listenClient = undefined;
    client.end().catch(() => undefined);
    this.retryConnect();
  }

  private retryConnect(): void {
    if (this.closed) return;
    setTimeout(() => {
      if (this.closed) return;
      this.connect().then(
        () => {
          this.reconnectDelay = 250;
          // Catch up with what committed while no one was listening.
          this.scheduleDrain();
        },
        (error: unknown) => {
          this.onError(error, 'events listener reconnect');
          this.reconnectDelay = Math.min(this.reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
          this.retryConnect();
        },
      );
    }, this.reconnectDelay).unref();
  }

  private scheduleDrain(): void {
    if (!this.started) {
      this.notifiedEarly = true;
      return;
    }
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.drainAgain && !this.closed) {
        this.drainAgain = false;
        this.scheduleDrain();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const { rows } = await this.pool.query<{ id: string; payload: ChangeEvent }>(
          'select id, payload from events where id > $1 order by id limit $2',
          [this.lastDelivered, BATCH],
        );
        for (const row of rows) {
          this.lastDelivered = Number(row.id);
          this.deliver({ id: row.id, event: row.payload });
        }
        if (rows.length < BATCH) break;
      }
      this.prune();
    } catch (error) {
      if (this.closed) return;
      this.onError(error, 'events read');
      // Try again shortly rather than wait for the next notification, which may never come.
      setTimeout(() => this.scheduleDrain(), 1000).unref();
    }
  }

  private deliver(stored: StoredEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(stored);
      } catch (error) {
        this.onError(error, 'events subscriber');
      }
    }
  }

  /** Opportunistic: at most every few minutes, drop events older than an hour (always keeping the newest). */
  private prune(): void {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    this.pool
      .query(`delete from events where at < now() - interval '1 hour' and id < (select max(id) from events)`)
      .catch((error: unknown) => this.onError(error, 'events prune'));
  }
}

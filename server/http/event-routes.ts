/**
 * Live updates: `GET /api/events`, server-sent events of what changed, filtered per user by the core's
 * visibility rules. Resumes after `Last-Event-ID`; when events were lost it sends `reset` instead.
 */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { PROBLEM_TYPES, SSE_CHANGE, SSE_RESET } from '../../src/domain';
import { refusal } from '../core/problems';
import type { StoredEvent } from '../core/events';
import { eventReaches } from '../core/visibility';
import type { ApiEnv, ApiOptions } from './app';
import { requireUser } from './routes';

const HEARTBEAT_MS = 20_000;

/** Open streams, so a shutting-down server can end them instead of waiting for clients to leave. */
const openStreams = new Set<() => void>();
let shuttingDown = false;

/** Ends every open stream and refuses new ones (browsers reconnect at once): the server is stopping. */
export function closeAllStreams(): void {
  shuttingDown = true;
  for (const close of openStreams) close();
}

export function eventRoutes(app: Hono<ApiEnv>, { core }: ApiOptions): void {
  const { store } = core.deps;

  app.get('/events', (c) => {
    const user = requireUser(c);
    if (shuttingDown) throw refusal(503, PROBLEM_TYPES.serverError, 'Restarting', 'The server is restarting; live updates resume in a moment.');
    const lastEventId = c.req.header('Last-Event-ID') ?? c.req.query('lastEventId') ?? null;
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: StoredEvent[] = [];
      let wake: (() => void) | null = null;
      let closed = false;
      const close = () => {
        closed = true;
        wake?.();
      };
      const unsubscribe = store.events.subscribe((stored) => {
        queue.push(stored);
        wake?.();
      });
      openStreams.add(close);
      stream.onAbort(close);
      try {
        await stream.writeSSE({ event: 'ready', data: '{}', id: await store.events.latest(), retry: 2000 });
        if (lastEventId !== null) {
          const missed = await store.events.since(lastEventId);
          if (missed === null) await stream.writeSSE({ event: SSE_RESET, data: '{}' });
          else queue.unshift(...missed.filter((e) => !queue.some((q) => q.id === e.id)));
        }
        while (!closed) {
          const next = queue.shift();
          if (next) {
            if (await eventReaches(store, user, next.event)) {
              const { authorId: _hidden, ...data } = next.event;
              await stream.writeSSE({ event: SSE_CHANGE, id: next.id, data: JSON.stringify(data) });
            }
            continue;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, HEARTBEAT_MS);
          });
          wake = null;
          if (queue.length === 0 && !closed) await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
        openStreams.delete(close);
      }
    });
  });
}

/**
 * Reading `GET /events` (server-sent events) as a browser's EventSource would: blocks of `event:`, `id:`,
 * `data:` lines, parsed as they arrive.
 */
import type { ApiClient } from './client';

export interface StreamEvent {
  event: string;
  id: string | null;
  data: string;
}

export interface EventStream {
  /** The id sent with `ready`: where this stream started. */
  readyId: string | null;
  /** The next event matching `predicate` (earlier ones are consumed), or an error after `timeoutMs`. */
  next(predicate: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

function parseBlock(block: string): StreamEvent | null {
  let event = 'message';
  let id: string | null = null;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'id') id = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 && id === null ? null : { event, id, data: data.join('\n') };
}

export async function openEventStream(client: ApiClient, lastEventId?: string): Promise<EventStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { Accept: 'text/event-stream', ...(client.cookieHeader ? { Cookie: client.cookieHeader } : {}) };
  if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
  const response = await fetch(`${client.baseUrl}/events`, { headers, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`GET /events answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const received: StreamEvent[] = [];
  let buffer = '';
  let closed = false;

  async function pull(deadline: number): Promise<boolean> {
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())));
    const chunk = await Promise.race([reader.read(), timer]);
    if (chunk === 'timeout' || chunk.done) return false;
    buffer += chunk.value.replace(/\r\n/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const parsed = parseBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (parsed) received.push(parsed);
    }
    return true;
  }

  const stream: EventStream = {
    readyId: null,
    async next(predicate, timeoutMs = 3_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = received.findIndex(predicate);
        if (index >= 0) return received.splice(0, index + 1).at(-1)!;
        if (closed || Date.now() >= deadline || !(await pull(deadline))) {
          throw new Error(`no matching event within ${timeoutMs} ms; received: ${JSON.stringify(received)}`);
        }
      }
    },
    close() {
      closed = true;
      controller.abort();
    },
  };
  stream.readyId = (await stream.next((e) => e.event === 'ready')).id;
  return stream;
}

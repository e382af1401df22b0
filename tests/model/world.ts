/**
 * The system under test for the model-based test: the real router (Hono) over the real core over the
 * in-memory store, on a small deterministic dataset. Every answer it gives is kept for the leak scan.
 */
import type { User } from '../../src/domain';
import { createCore, type Core } from '../../server/core';
import { createApiApp } from '../../server/http/app';
import { generateDataset } from '../../server/seed/dataset';
import { MemoryDatabase } from '../../server/stores/memory/memory-database';
import { MemoryStore } from '../../server/stores/memory/memory-store';
import { type Latency, tick, withLatency } from './latent-store';

/**
 * Seed 151 at size 8 is a good stage for blind review: candidates in every stage, several interviewers
 * with unsubmitted scorecards beside other people's submitted ones (some with more than one interview of
 * the same candidate), one who has submitted everything (u-mei), and candidates nobody interviews.
 */
export const DATASET_OPTIONS = { seed: 151, size: 8, now: new Date('2026-01-15T12:00:00.000Z') } as const;
export const DATASET = generateDataset(DATASET_OPTIONS);
export const USERS: readonly User[] = DATASET.users;
export const USER_IDS = USERS.map((u) => u.id);

export interface ApiRequest {
  /** Whose session sends it; null: no session cookie at all. */
  userId: string | null;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  /** The raw body text, sent as is. */
  body?: string;
}

export interface ApiResponse {
  status: number;
  text: string;
  json: unknown;
  etag: string | null;
  replayed: boolean;
}

/** How often each kind of request got each status, over the whole run: shows what the sequences reach. */
export const coverage = new Map<string, number>();

function routeOf(request: ApiRequest): string {
  const path = request.path
    .replace(/\/c\d{5}(-[a-z_]+)?/g, (_, kind: string | undefined) => (kind ? '/:interview' : '/:candidate'))
    .replace(/assessments\/.*/, 'assessments/:qualification');
  return `${request.method} ${path}`;
}

export interface Received {
  userId: string | null;
  request: ApiRequest;
  response: ApiResponse;
}

export class World {
  readonly db = new MemoryDatabase(DATASET_OPTIONS);
  readonly core: Core;
  readonly app: ReturnType<typeof createApiApp>;
  /** Every answer since the last `drain()`: scanned for what its receiver may not see. */
  private received: Received[] = [];
  /** Anything the router logged as an unexpected error (a 500): there must be none. */
  readonly serverErrors: unknown[] = [];
  private readonly cookies = new Map<string, string>();
  private time = DATASET_OPTIONS.now.getTime();
  /** Store latency, on only while requests run in parallel (it costs time, and matters only then). */
  private readonly latency: Latency = { on: false };

  constructor() {
    // A clock that moves on by 10 ms whenever it is read: deterministic, and activity stays ordered.
    const clock = { now: () => new Date((this.time += 10)) };
    this.core = createCore({ store: withLatency(new MemoryStore(this.db), this.latency), clock });
    this.app = createApiApp({
      core: this.core,
      signIn: 'persona',
      cookies: { secure: false },
      sameOriginWrites: true,
      log: (error) => this.serverErrors.push(error),
    });
  }

  user(id: string): User {
    const user = this.db.user(id);
    if (!user) throw new Error(`No user ${id}`);
    return user;
  }

  /** The session cookie of `userId`, signing in through `POST /api/session` the first time. */
  private async cookieOf(userId: string): Promise<string> {
    const known = this.cookies.get(userId);
    if (known) return known;
    const response = await this.app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ userId }),
    });
    const setCookie = response.headers.get('Set-Cookie') ?? '';
    const body = (await response.json()) as { user?: { id?: string } };
    if (response.status !== 200 || body.user?.id !== userId || !setCookie.startsWith('shortlist_session=')) {
      throw new Error(`Signing in as ${userId} failed: ${response.status} ${JSON.stringify(body)}`);
    }
    const cookie = setCookie.split(';')[0]!;
    this.cookies.set(userId, cookie);
    return cookie;
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    const headers: Record<string, string> = {};
    if (request.userId !== null) headers.Cookie = await this.cookieOf(request.userId);
    if (request.method !== 'GET') {
      headers['Sec-Fetch-Site'] = 'same-origin';
      headers['Content-Type'] = 'application/json';
    }
    Object.assign(headers, request.headers);
    const answer = await this.app.request(request.path, { method: request.method, headers, body: request.body });
    const text = await answer.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { unparsable: text };
    }
    const response: ApiResponse = {
      status: answer.status,
      text,
      json,
      etag: answer.headers.get('ETag'),
      replayed: answer.headers.get('Idempotent-Replayed') === 'true',
    };
    this.received.push({ userId: request.userId, request, response });
    const counted = `${routeOf(request)} → ${response.status}${response.replayed ? ' (replay)' : ''}`;
    coverage.set(counted, (coverage.get(counted) ?? 0) + 1);
    return response;
  }

  /**
   * Sends requests at once over a store with latency, so that they interleave; the n-th starts after
   * n × `stagger` turns of the event loop (0: all at the same moment).
   */
  async sendAtOnce(requests: readonly ApiRequest[], stagger: number): Promise<ApiResponse[]> {
    for (const request of requests) if (request.userId !== null) await this.cookieOf(request.userId);
    this.latency.on = true;
    try {
      return await Promise.all(
        requests.map(async (request, n) => {
          for (let i = 0; i < n * stagger; i += 1) await tick();
          return this.send(request);
        }),
      );
    } finally {
      this.latency.on = false;
    }
  }

  /** The answers received since the last call. */
  drain(): Received[] {
    const received = this.received;
    this.received = [];
    return received;
  }
}

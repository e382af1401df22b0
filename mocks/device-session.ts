/**
 * This device's session in the mock. Responses made inside the page cannot set cookies, and requests
 * cannot carry a Cookie header (both are forbidden headers in browsers), so the bridge hands the router
 * this device's session id beside each request (Hono's `env`), and the router tells it of sign-ins and
 * sign-outs. The real server never passes one: there the HttpOnly cookie is the only way in.
 */
import type { DeviceSession } from '../server/http/session-cookie';

export interface SessionIdStorage {
  load(): string | null;
  save(sessionId: string | null): void;
}

const inMemory = (): SessionIdStorage => {
  let value: string | null = null;
  return { load: () => value, save: (next) => (value = next) };
};

export class DeviceSessionHolder implements DeviceSession {
  /** A sign-in arranged by a test, done through the API on the next request. */
  private pendingUserId: string | null | undefined = undefined;
  private readonly storage: SessionIdStorage;

  constructor(storage: SessionIdStorage = inMemory()) {
    this.storage = storage;
  }

  /**
   * Read on every request, like a cookie: the tabs of one browser share it, so signing out (or in) in
   * one tab applies to all of them at their next request.
   */
  get id(): string | null {
    return this.storage.load();
  }

  set(sessionId: string | null): void {
    this.storage.save(sessionId);
  }

  signInLater(userId: string | null): void {
    this.pendingUserId = userId;
  }

  /** Settles a pending sign-in through the API itself, so it is a real session like any other. */
  async settle(signIn: (userId: string) => Promise<unknown>): Promise<void> {
    if (this.pendingUserId === undefined) return;
    const userId = this.pendingUserId;
    this.pendingUserId = undefined;
    this.set(null);
    if (userId !== null) await signIn(userId);
  }
}

/**
 * This device's session cookie, kept by the mock: responses synthesised inside the page cannot set real
 * cookies, so the bridge plays the browser's cookie jar for the one session cookie the API uses.
 */
import { SESSION_COOKIE } from '../server/http/session-cookie';

export interface SessionIdStorage {
  load(): string | null;
  save(sessionId: string | null): void;
}

const inMemory = (): SessionIdStorage => {
  let value: string | null = null;
  return { load: () => value, save: (next) => (value = next) };
};

export class DeviceCookieJar {
  private sessionId: string | null;
  /** A sign-in arranged by a test (or the seed), done on the next request. */
  private pendingUserId: string | null | undefined = undefined;
  private readonly storage: SessionIdStorage;

  constructor(storage: SessionIdStorage = inMemory()) {
    this.storage = storage;
    this.sessionId = storage.load();
  }

  signInLater(userId: string | null): void {
    this.pendingUserId = userId;
  }

  /** Settles a pending sign-in through the API itself, so it is a real session like any other. */
  async settle(signIn: (userId: string) => Promise<Response>): Promise<void> {
    if (this.pendingUserId === undefined) return;
    const userId = this.pendingUserId;
    this.pendingUserId = undefined;
    this.set(null);
    if (userId !== null) this.remember(await signIn(userId));
  }

  /** The request with this device's cookie, unless it already carries its own. */
  attach(request: Request): Request {
    if (this.sessionId === null || request.headers.has('Cookie')) return request;
    const headers = new Headers(request.headers);
    headers.set('Cookie', `${SESSION_COOKIE}=${this.sessionId}`);
    return new Request(request, { headers });
  }

  /** Keeps what a response's Set-Cookie says of the session cookie. */
  remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
      const cleared = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      const value = pair.slice(eq + 1).trim();
      this.set(cleared || value === '' ? null : value);
    }
  }

  private set(sessionId: string | null): void {
    this.sessionId = sessionId;
    this.storage.save(sessionId);
  }
}

/**
 * Sessions: an opaque random id for the client, only its SHA-256 kept by the store, so a copy of the
 * database opens no session. Idle and absolute expiry; failed sign-ins throttled per account and address.
 */
import { PasswordSignInSchema, SignInRequestSchema, type User } from '../../src/domain';
import type { CoreDeps } from './context';
import { parseWith, problems } from './problems';

export const SESSION_IDLE_MS = 8 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 3_600_000;
/** Sliding expiry is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function hashSessionId(sessionId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(sessionId));
  return toBase64Url(new Uint8Array(digest));
}

export interface SignedIn {
  user: User;
  sessionId: string;
}

export function sessionCommands(deps: CoreDeps) {
  const { store, clock } = deps;

  async function openSession(user: User): Promise<SignedIn> {
    const sessionId = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
    const at = clock.now().toISOString();
    await store.sessions.create({ idHash: await hashSessionId(sessionId), userId: user.id, createdAt: at, lastSeenAt: at });
    return { user, sessionId };
  }

  return {
    /** The in-browser demo only: anyone may be any persona. The server never offers it. */
    async signInAsPersona(body: unknown): Promise<SignedIn> {
      const { userId } = parseWith(SignInRequestSchema, body);
      const user = await store.user(userId);
      if (!user) throw problems.fieldErrors('Unknown user', 'No such person in this workspace.', { userId: ['Choose a person from the list.'] });
      return openSession(user);
    },

    async signInWithPassword(body: unknown, address: string): Promise<SignedIn> {
      const { email, password } = parseWith(PasswordSignInSchema, body);
      if (!deps.passwords) throw problems.forbidden('This workspace signs in without passwords.');
      const now = clock.now();
      const at = now.toISOString();
      const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
      const accountKey = `account:${email.toLowerCase()}`;
      const addressKey = `address:${address}`;
      // Recorded before the check and counted with it, not counted then recorded after: parallel attempts
      // would all count the failures before any of them, and all get past the limit.
      const [byAccount, byAddress] = await Promise.all([
        store.signInAttempts.record(accountKey, at, since),
        store.signInAttempts.record(addressKey, at, since),
      ]);
      if (byAccount.count > MAX_FAILURES_PER_ACCOUNT || byAddress.count > MAX_FAILURES_PER_ADDRESS) {
        // Not checked, so not a failure: the window ends 15 minutes after the last real one.
        await store.signInAttempts.forget([byAccount.id, byAddress.id]);
        throw problems.throttled(THROTTLE_WINDOW_MS / 1000);
      }

      const account = await store.accounts.byEmail(email);
      // Verify even when there is no such account, against a decoy: the answer takes as long either way.
      const ok = await deps.passwords.verify(account?.passwordHash ?? deps.passwords.decoyHash, password);
      // A failure: both recorded attempts stay.
      if (!account || !account.active || !account.passwordHash || !ok) throw problems.unauthenticated('That email and password do not match an active account.');
      await Promise.all([store.signInAttempts.clear(accountKey), store.signInAttempts.forget([byAddress.id])]);
      return openSession(account.user);
    },

    /** The signed-in user of a session id, or null when it is unknown, expired or its account deactivated. */
    async authenticate(sessionId: string | null): Promise<User | null> {
      if (!sessionId || sessionId.length > 128) return null;
      const idHash = await hashSessionId(sessionId);
      const session = await store.sessions.get(idHash);
      if (!session) return null;
      const now = clock.now().getTime();
      const lastSeen = Date.parse(session.lastSeenAt);
      if (now - lastSeen > SESSION_IDLE_MS || now - Date.parse(session.createdAt) > SESSION_ABSOLUTE_MS) {
        await store.sessions.delete(idHash);
        return null;
      }
      const user = await store.user(session.userId);
      if (!user) return null;
      if (now - lastSeen > TOUCH_EVERY_MS) await store.sessions.touch(idHash, new Date(now).toISOString());
      return user;
    },

    async signOut(sessionId: string | null): Promise<void> {
      if (sessionId) await store.sessions.delete(await hashSessionId(sessionId));
    },
  };
}

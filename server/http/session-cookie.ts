/** The session cookie: an opaque id, HttpOnly, SameSite=Lax, Secure everywhere but plain-HTTP localhost. */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'shortlist_session';

export interface CookiePolicy {
  /** Secure cookies (HTTPS only). Off only for http://localhost and 127.0.0.1. */
  secure: boolean;
}

/** The in-browser mock's stand-in for the cookie, passed as the router's `env` (see mocks/device-session.ts). */
export interface DeviceSession {
  id: string | null;
  set(sessionId: string | null): void;
}

function deviceSessionOf(c: Context): DeviceSession | null {
  const env = c.env as { deviceSession?: DeviceSession } | undefined;
  return env?.deviceSession ?? null;
}

export function readSessionId(c: Context): string | null {
  return getCookie(c, SESSION_COOKIE) ?? deviceSessionOf(c)?.id ?? null;
}

export function writeSessionCookie(c: Context, sessionId: string, policy: CookiePolicy, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'Lax', secure: policy.secure, path: '/', maxAge: maxAgeSeconds });
  deviceSessionOf(c)?.set(sessionId);
}

export function clearSessionCookie(c: Context, policy: CookiePolicy): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', secure: policy.secure, path: '/' });
  deviceSessionOf(c)?.set(null);
}

import * as z from 'zod/mini';
import { type ScorecardContent, ScorecardContentSchema } from '../domain';

/**
 * Scorecard drafts kept on this device until the API has them, so nothing typed is lost on a reload, a
 * failed save or a conflict. One entry per person and interview; the server stays the source of truth:
 * an entry is cleared as soon as the server holds exactly its content.
 *
 * The only module allowed to touch localStorage (eslint.config.js): drafts are what a person typed, not
 * server data or credentials.
 */
const FORMAT_VERSION = 1;
const PREFIX = 'shortlist:scorecard-draft';

const LocalDraftSchema = z.object({
  v: z.literal(FORMAT_VERSION),
  content: ScorecardContentSchema,
  /** When this device last changed it. */
  savedAt: z.iso.datetime(),
  /** The server version the edits were made on top of; null when the server had no scorecard yet. */
  baseVersion: z.nullable(z.number().check(z.int(), z.gte(1))),
});

export interface LocalDraft {
  content: ScorecardContent;
  savedAt: string;
  baseVersion: number | null;
}

function keyOf(userId: string, interviewId: string): string {
  return `${PREFIX}:v${FORMAT_VERSION}:${userId}:${interviewId}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // disabled storage (privacy mode, sandboxed frame) throws on access
  }
}

/** The draft kept for this person and interview, or null. Unreadable entries are removed, never trusted. */
export function readLocalDraft(userId: string, interviewId: string): LocalDraft | null {
  const store = storage();
  if (!store) return null;
  const key = keyOf(userId, interviewId);
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = null;
  }
  const parsed = LocalDraftSchema.safeParse(json);
  if (!parsed.success) {
    removeKey(store, key);
    return null;
  }
  const { content, savedAt, baseVersion } = parsed.data;
  return { content, savedAt, baseVersion };
}

/** Keeps a draft on this device. Returns false when storage is unavailable or full. */
export function writeLocalDraft(userId: string, interviewId: string, draft: LocalDraft): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(keyOf(userId, interviewId), JSON.stringify({ v: FORMAT_VERSION, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(userId: string, interviewId: string): void {
  const store = storage();
  if (store) removeKey(store, keyOf(userId, interviewId));
}

/** Whether this device holds a draft for the interview that the server may not have yet. */
export function hasLocalDraft(userId: string, interviewId: string): boolean {
  return readLocalDraft(userId, interviewId) !== null;
}

/** The same content, whatever the order of keys: what decides whether the server "has" a draft. */
export function sameScorecardContent(a: ScorecardContent, b: ScorecardContent): boolean {
  return canonical(a) === canonical(b);
}

/** Clears the local draft once the server holds exactly its content; keeps it otherwise. */
export function clearLocalDraftIfSaved(userId: string, interviewId: string, onServer: ScorecardContent): boolean {
  const local = readLocalDraft(userId, interviewId);
  if (!local) return true;
  if (!sameScorecardContent(local.content, onServer)) return false;
  clearLocalDraft(userId, interviewId);
  return true;
}

function canonical(content: ScorecardContent): string {
  const ratings = Object.entries(content.ratings)
    .filter(([, rating]) => rating !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([ratings, content.recommendation, content.takeaways, content.privateNotes]);
}

function removeKey(store: Storage, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing to do: storage went away.
  }
}

/**
 * Forgets every draft this person kept on this device: signing out must not leave what they typed for the
 * next person at this browser to find.
 */
export function clearLocalDraftsOf(userId: string): void {
  const store = storage();
  if (!store) return;
  const prefix = `${PREFIX}:v${FORMAT_VERSION}:${userId}:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

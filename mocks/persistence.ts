import * as z from 'zod/mini';
import { ActivityEntrySchema, CandidateSchema, MAX_DATASET_SIZE, ScorecardSchema } from '../src/domain';
import { MemoryDatabase } from '../server/stores/memory/memory-database';
import { DEFAULT_SEED, DEFAULT_SIZE } from '../server/seed/dataset';

export const STORAGE_KEY = 'shortlist.mock-db';
/** Bump when the saved shape changes; older saves are then discarded with a notice. */
export const SCHEMA_VERSION = 3;

const SavedDatabaseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  seed: z.number().check(z.int()),
  size: z.number().check(z.int(), z.gte(0), z.lte(MAX_DATASET_SIZE)),
  generatedAt: z.iso.datetime(),
  sessions: z.array(z.object({ idHash: z.string(), userId: z.string(), createdAt: z.iso.datetime(), lastSeenAt: z.iso.datetime() })),
  candidates: z.array(CandidateSchema),
  scorecards: z.array(ScorecardSchema),
  activity: z.array(ActivityEntrySchema),
});

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LoadResult {
  db: MemoryDatabase;
  /** Something the person should know, e.g. that unreadable saved data was reset. */
  notice: string | null;
}

export interface DatasetRequest {
  seed?: number;
  size?: number;
}

function freshDatabase(seed: number, size: number): MemoryDatabase {
  return new MemoryDatabase({ seed, size, now: new Date() });
}

/**
 * Loads the saved database, or generates a fresh one. The dataset is regenerated from its seed and only
 * the changes are stored, so even 10,000 candidates fit comfortably in localStorage.
 */
export function loadDatabase(storage: KeyValueStorage, requested: DatasetRequest = {}): LoadResult {
  const raw = storage.getItem(STORAGE_KEY);
  const wantSeed = requested.seed;
  const wantSize = requested.size;
  if (raw === null) return { db: freshDatabase(wantSeed ?? DEFAULT_SEED, wantSize ?? DEFAULT_SIZE), notice: null };

  let parsed: z.infer<typeof SavedDatabaseSchema>;
  try {
    parsed = SavedDatabaseSchema.parse(JSON.parse(raw));
  } catch {
    storage.removeItem(STORAGE_KEY);
    return {
      db: freshDatabase(wantSeed ?? DEFAULT_SEED, wantSize ?? DEFAULT_SIZE),
      notice: 'Saved demo data could not be read, so it was reset to the seeded candidates.',
    };
  }

  if ((wantSeed !== undefined && wantSeed !== parsed.seed) || (wantSize !== undefined && wantSize !== parsed.size)) {
    const db = freshDatabase(wantSeed ?? parsed.seed, wantSize ?? parsed.size);
    for (const session of parsed.sessions) db.sessions.set(session.idHash, session);
    rememberSessions(db);
    return { db, notice: null };
  }

  const db = new MemoryDatabase({ seed: parsed.seed, size: parsed.size, now: new Date(parsed.generatedAt) });
  db.applyChanges(parsed);
  rememberSessions(db);
  return { db, notice: null };
}

type Saved = z.infer<typeof SavedDatabaseSchema>;

/**
 * The sessions each tab's database had when it last loaded or saved. A session saved by another tab that
 * this tab never knew is someone else's sign-in (kept); one it knew and no longer has was signed out here
 * (dropped), so a merge never brings a signed-out session back.
 */
const knownSessions = new WeakMap<MemoryDatabase, Set<string>>();

function rememberSessions(db: MemoryDatabase): void {
  knownSessions.set(db, new Set(db.sessions.keys()));
}

/** Per record, the copy with the higher version: neither tab's newer write is dropped. */
function newest<T extends { version: number }>(stored: readonly T[], mine: readonly T[], key: (record: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const record of [...stored, ...mine]) {
    const seen = byKey.get(key(record));
    if (!seen || record.version > seen.version) byKey.set(key(record), record);
  }
  return [...byKey.values()];
}

function unionBy<T>(stored: readonly T[], mine: readonly T[], key: (record: T) => string): T[] {
  const seen = new Set(stored.map(key));
  return [...stored, ...mine.filter((record) => !seen.has(key(record)))];
}

/**
 * Another tab may have saved since this one loaded: merge rather than overwrite. Records keep their
 * newest version, the activity log and sessions are united. (Each tab also reloads when another one
 * saves, see mocks/browser.ts, so this only matters for writes made at the same moment.)
 */
function mergeWithStored(storage: KeyValueStorage, mine: Saved, signedOutHere: ReadonlySet<string>): Saved {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return mine;
  const stored = SavedDatabaseSchema.safeParse(safeJson(raw));
  if (!stored.success) return mine;
  const other = stored.data;
  if (other.seed !== mine.seed || other.size !== mine.size || other.generatedAt !== mine.generatedAt) return mine;
  return {
    ...mine,
    candidates: newest(other.candidates, mine.candidates, (c) => c.id),
    scorecards: newest(other.scorecards, mine.scorecards, (s) => s.interviewId),
    activity: unionBy(other.activity, mine.activity, (e) => e.id),
    sessions: unionBy(
      other.sessions.filter((s) => !signedOutHere.has(s.idHash)),
      mine.sessions,
      (s) => s.idHash,
    ),
  };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export function saveDatabase(storage: KeyValueStorage, db: MemoryDatabase): void {
  const signedOutHere = new Set([...(knownSessions.get(db) ?? [])].filter((idHash) => !db.sessions.has(idHash)));
  rememberSessions(db);
  const mine: Saved = {
    schemaVersion: SCHEMA_VERSION,
    seed: db.options.seed,
    size: db.options.size,
    generatedAt: db.options.now.toISOString(),
    ...db.changes(),
  };
  const saved = mergeWithStored(storage, mine, signedOutHere);
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Quota exceeded or storage disabled: the demo keeps working in memory.
  }
}

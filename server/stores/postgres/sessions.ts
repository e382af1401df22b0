/** Sessions, accounts and sign-in throttling: tables, so that any instance serves any request. */
import { and, count, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Store } from '../../core/ports';
import { type Db, userFromRow } from './rows';
import { sessions, signInFailures, users } from './schema';

export function pgSessions(db: Db): Store['sessions'] {
  return {
    async create(session) {
      await db.insert(sessions).values({
        idHash: session.idHash,
        userId: session.userId,
        createdAt: new Date(session.createdAt),
        lastSeenAt: new Date(session.lastSeenAt),
      });
    },
    async get(idHash) {
      const [row] = await db.select().from(sessions).where(eq(sessions.idHash, idHash));
      return (
        row && {
          idHash: row.idHash,
          userId: row.userId,
          createdAt: row.createdAt.toISOString(),
          lastSeenAt: row.lastSeenAt.toISOString(),
        }
      );
    },
    async touch(idHash, at) {
      await db.update(sessions).set({ lastSeenAt: new Date(at) }).where(eq(sessions.idHash, idHash));
    },
    async delete(idHash) {
      await db.delete(sessions).where(eq(sessions.idHash, idHash));
    },
  };
}

export function pgAccounts(db: Db): Store['accounts'] {
  return {
    async byEmail(email) {
      // Stored lower-cased, so the unique index answers.
      const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
      if (!row || row.email === null) return undefined;
      return { user: userFromRow(row), email: row.email, passwordHash: row.passwordHash, active: row.active };
    },
  };
}

const KEEP_FAILURES_MS = 86_400_000;

/**
 * Attempts live in `sign_in_failures` (an attempt stays there as a failure unless forgotten). `db` is the
 * pool, so each statement commits on its own: the insert has committed before the count starts, so of two
 * parallel attempts the later count sees the earlier insert. (In one statement, or one transaction, two
 * attempts could each miss the other.)
 */
export function pgSignInAttempts(db: Db): Store['signInAttempts'] {
  return {
    async record(key, at, since) {
      const when = new Date(at);
      const [inserted] = await db.insert(signInFailures).values({ key, at: when }).returning({ id: signInFailures.id });
      if (!inserted) throw new Error('The sign-in attempt was not recorded.');
      const [row] = await db
        .select({ n: count() })
        .from(signInFailures)
        .where(and(eq(signInFailures.key, key), gte(signInFailures.at, new Date(since))));
      // Throttling looks back minutes, not days: what is older only grows the table.
      await db.delete(signInFailures).where(and(eq(signInFailures.key, key), lt(signInFailures.at, new Date(when.getTime() - KEEP_FAILURES_MS))));
      return { id: String(inserted.id), count: row?.n ?? 0 };
    },
    async forget(ids) {
      if (ids.length > 0) await db.delete(signInFailures).where(inArray(signInFailures.id, ids.map(Number)));
    },
    async clear(key) {
      await db.delete(signInFailures).where(eq(signInFailures.key, key));
    },
  };
}

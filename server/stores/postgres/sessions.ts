/** Sessions, accounts and sign-in throttling: tables, so that any instance serves any request. */
import { and, count, eq, gte, lt } from 'drizzle-orm';
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

export function pgSignInFailures(db: Db): Store['signInFailures'] {
  return {
    async count(key, since) {
      const [row] = await db
        .select({ n: count() })
        .from(signInFailures)
        .where(and(eq(signInFailures.key, key), gte(signInFailures.at, new Date(since))));
      return row?.n ?? 0;
    },
    async record(key, at) {
      const when = new Date(at);
      await db.insert(signInFailures).values({ key, at: when });
      // Throttling looks back minutes, not days: what is older only grows the table.
      await db.delete(signInFailures).where(and(eq(signInFailures.key, key), lt(signInFailures.at, new Date(when.getTime() - KEEP_FAILURES_MS))));
    },
    async clear(key) {
      await db.delete(signInFailures).where(eq(signInFailures.key, key));
    },
  };
}

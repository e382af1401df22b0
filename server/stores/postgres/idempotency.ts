/**
 * `once`: the Idempotency-Key is reserved in the same transaction as the work. A parallel request with
 * the same key blocks on the primary key until the first commits (then replays its answer) or rolls back
 * (then reserves the key itself). A refusal rolls back, which frees the key again.
 */
import { and, eq } from 'drizzle-orm';
import type pg from 'pg';
import { problems } from '../../core/problems';
import type { IdempotencyScope, Outcome, UnitOfWork } from '../../core/ports';
import { idempotencyKeys } from './schema';
import { runTransaction } from './unit-of-work';

export function runOnce(pool: pg.Pool, scope: IdempotencyScope, work: (tx: UnitOfWork) => Promise<Outcome>): Promise<Outcome> {
  const thisKey = and(eq(idempotencyKeys.userId, scope.userId), eq(idempotencyKeys.key, scope.key));
  return runTransaction(pool, async (uow, db) => {
    const reserved = await db
      .insert(idempotencyKeys)
      .values({ userId: scope.userId, key: scope.key, fingerprint: scope.fingerprint })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });

    if (reserved.length === 0) {
      // READ COMMITTED: this statement sees the row the conflicting transaction committed.
      const [stored] = await db.select().from(idempotencyKeys).where(thisKey);
      if (!stored || stored.status === null) throw new Error(`Idempotency key ${scope.key} is held by no committed request.`);
      if (stored.fingerprint !== scope.fingerprint) throw problems.idempotencyMismatch();
      return {
        status: stored.status as Outcome['status'],
        body: stored.body,
        ...(stored.version === null ? {} : { version: stored.version }),
        replayed: true,
      };
    }

    const outcome = await work(uow);
    await db
      .update(idempotencyKeys)
      .set({ status: outcome.status, body: outcome.body ?? null, version: outcome.version ?? null })
      .where(thisKey);
    return outcome;
  });
}

/**
 * Account administration for the command line: add users, change roles and passwords, deactivate.
 * Changing a password or deactivating ends the user's sessions. Emails are matched case-insensitively.
 */
import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { UserRole } from '../../../src/domain';
import type { PostgresStore } from './postgres-store';
import { sessions, users } from './schema';
import { runTransaction } from './unit-of-work';

export interface NewUser {
  id?: string;
  email: string;
  name: string;
  title: string;
  role: UserRole;
  passwordHash: string;
}

export interface UserListing {
  id: string;
  email: string | null;
  name: string;
  title: string;
  role: UserRole;
  active: boolean;
  createdAt: string;
}

function idFor(email: string): string {
  const local = email.split('@')[0] ?? '';
  const slug = local.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'user';
  return `u-${slug}-${randomBytes(3).toString('hex')}`;
}

const isUniqueViolation = (error: unknown): boolean => {
  const cause = (error as { cause?: { code?: string }; code?: string } | undefined) ?? {};
  return cause.code === '23505' || cause.cause?.code === '23505';
};

export function accountsAdmin(target: PostgresStore | pg.Pool) {
  const pool = target instanceof pg.Pool ? target : target.pool;
  const db = drizzle(pool);

  /** Updates the user with this email and, when asked, ends their sessions, in one transaction. */
  async function change(email: string, values: Partial<typeof users.$inferInsert>, endSessions: boolean): Promise<boolean> {
    return runTransaction(pool, async (_uow, tx) => {
      const [user] = await tx.update(users).set(values).where(eq(users.email, email.toLowerCase())).returning({ id: users.id });
      if (!user) return false;
      if (endSessions) await tx.delete(sessions).where(eq(sessions.userId, user.id));
      return true;
    });
  }

  return {
    async addUser(user: NewUser): Promise<UserListing> {
      try {
        const [row] = await db
          .insert(users)
          .values({
            id: user.id ?? idFor(user.email),
            email: user.email.toLowerCase(),
            name: user.name,
            title: user.title,
            role: user.role,
            passwordHash: user.passwordHash,
          })
          .returning();
        if (!row) throw new Error('The user was not stored.');
        return { id: row.id, email: row.email, name: row.name, title: row.title, role: row.role, active: row.active, createdAt: row.createdAt.toISOString() };
      } catch (error) {
        if (isUniqueViolation(error)) throw new Error(`A user with the email ${user.email} or the id ${user.id ?? '(generated)'} already exists.`, { cause: error });
        throw error;
      }
    },
    /** False when no user has this email. */
    setRole: (email: string, role: UserRole) => change(email, { role }, false),
    setPassword: (email: string, passwordHash: string) => change(email, { passwordHash }, true),
    deactivate: (email: string) => change(email, { active: false }, true),
    async listUsers(): Promise<UserListing[]> {
      const rows = await db.select().from(users).orderBy(asc(users.seq));
      return rows.map((row) => ({
        id: row.id,
        email: row.email,
        name: row.name,
        title: row.title,
        role: row.role,
        active: row.active,
        createdAt: row.createdAt.toISOString(),
      }));
    },
  };
}

export type AccountsAdmin = ReturnType<typeof accountsAdmin>;

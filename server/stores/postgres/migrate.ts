/** Applies the versioned migrations (drizzle-kit generated, in ./migrations) at start. */
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { LOCK_NAMESPACE, LOCKS } from './locks';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Several instances may start at once: a session advisory lock lets one migrate while the others wait,
 * then find nothing left to do. The lock goes with the dedicated connection, even if this process dies.
 */
export async function migrateDatabase(connectionString: string, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1, $2)', [LOCK_NAMESPACE, LOCKS.migrate]);
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

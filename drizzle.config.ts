import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate` writes the versioned SQL migrations the server store applies at start. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/stores/postgres/schema.ts',
  out: './server/stores/postgres/migrations',
  strict: true,
  verbose: true,
});

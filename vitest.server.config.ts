import { defineConfig } from 'vitest/config';

/** Server tests: Node, real PostgreSQL (embedded), one process per file. `npx vitest run -c vitest.server.config.ts` */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

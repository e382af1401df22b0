/**
 * `npm start`: Shortlist for a hiring team. The API and the app from one origin, on PostgreSQL: an
 * existing one (DATABASE_URL; several instances may share it) or, by default, its own in ./data.
 */
import { serve, type ServerType } from '@hono/node-server';
import { createCore } from './core';
import { systemClock } from './core/ports';
import { closeAllStreams } from './http/event-routes';
import { appIsStale, buildApp } from './node/build-app';
import { readConfig } from './node/config';
import { describeCredentials, seedDemo } from './node/demo';
import { createPasswordHasher } from './node/passwords';
import { createWebApp } from './node/web';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './stores/postgres/embedded';
import { createPostgresStore, type PostgresStore } from './stores/postgres/postgres-store';

const log = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  if (config.buildApp && appIsStale(config.appDir)) buildApp(config.appDir, log);

  let embedded: EmbeddedPostgres | null = null;
  let store: PostgresStore | null = null;
  let server: ServerType | null = null;
  let stopping = false;

  /** In-flight requests finish, event streams close, then the database stops. */
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ level: 'info', msg: 'shutting down', signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    closeAllStreams();
    if (server) {
      const http = server as ServerType & { closeIdleConnections?: () => void; closeAllConnections?: () => void };
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      // Browsers keep connections open between requests: close each one as soon as its request (or event
      // stream) is done; requests still in flight after a few seconds are cut off.
      http.closeIdleConnections?.();
      const sweep = setInterval(() => http.closeIdleConnections?.(), 50);
      const grace = setTimeout(() => http.closeAllConnections?.(), 5_000);
      await closed;
      clearInterval(sweep);
      clearTimeout(grace);
    }
    await store?.close().catch(() => undefined);
    await embedded?.stop().catch((error: unknown) => log({ level: 'error', msg: 'database stop failed', error: String(error) }));
    log({ level: 'info', msg: 'stopped' });
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    let connectionString = config.databaseUrl;
    if (!connectionString) {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
      connectionString = embedded.connectionString;
      log({ level: 'info', msg: 'embedded PostgreSQL started', dataDir: config.dataDir, ms: Date.now() - started });
    }
    store = await createPostgresStore({ connectionString, onError: (error, context) => log({ level: 'error', msg: context, error: String(error) }) });
    const credentials = config.mode === 'demo' ? await seedDemo(store, config.dataDir, config.demoSize) : null;
    const passwords = await createPasswordHasher();
    const core = createCore({ store, clock: systemClock, passwords });
    const readyStore = store;
    // Ready: the database answers and this instance hears other instances' changes (live updates).
    const app = createWebApp({ config, core, ready: async () => (await readyStore.ready()) && readyStore.events.listening, log });
    server = serve({ fetch: app.fetch, hostname: config.host, port: config.port });
    await new Promise<void>((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
    log({ level: 'info', msg: 'listening', url, mode: config.mode, ms: Date.now() - started });
    const signIn = credentials
      ? `Sign in as any of the demo team (passwords made for this installation, kept in ${config.dataDir}/demo-credentials.txt):\n${describeCredentials(credentials)}`
      : 'Add people with: npm run users -- add --email you@example.com --name "Your Name" --role recruiter';
    process.stdout.write(`\nShortlist is running at ${url}\n${signIn}\n\n`);
  } catch (error) {
    log({ level: 'error', msg: 'start failed', error: error instanceof Error ? error.message : String(error) });
    await store?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();

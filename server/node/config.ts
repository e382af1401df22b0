/** The server's settings, from the environment, checked once at start. */
import path from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  /** An existing PostgreSQL; without it the server starts its own in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** `demo` seeds the demo team and candidates into an empty database; `production` seeds nothing. */
  mode: 'demo' | 'production';
  demoSize: number;
  /** The built app served beside the API. */
  appDir: string;
  /** Build the app first when it is missing or older than its sources (npm start). */
  buildApp: boolean;
  /** Secure cookies: on unless the server is reached over plain HTTP on this machine. */
  secureCookies: boolean;
  /** Trust X-Forwarded-For/-Proto/-Host from a load balancer in front. */
  trustProxy: boolean;
  logRequests: boolean;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, not "${value}".`);
  return parsed;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST ?? '127.0.0.1';
  const local = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const mode = env.SHORTLIST_MODE ?? 'demo';
  if (mode !== 'demo' && mode !== 'production') throw new Error(`SHORTLIST_MODE must be demo or production, not "${mode}".`);
  return {
    host,
    port: intFrom(env.PORT, 3000, 'PORT'),
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.SHORTLIST_DATA_DIR ?? 'data'),
    mode,
    demoSize: intFrom(env.SHORTLIST_DEMO_SIZE, 60, 'SHORTLIST_DEMO_SIZE'),
    appDir: path.resolve(env.SHORTLIST_APP_DIR ?? 'dist-app'),
    buildApp: env.SHORTLIST_BUILD !== 'off',
    secureCookies: env.SHORTLIST_SECURE_COOKIES ? env.SHORTLIST_SECURE_COOKIES === 'on' : !local,
    trustProxy: env.SHORTLIST_TRUST_PROXY === 'on',
    logRequests: env.SHORTLIST_LOG !== 'off',
  };
}

/**
 * Starts the real server (`server/main.ts`, what `npm start` runs) as a child process on 127.0.0.1, for
 * tests that need a whole server: sign-in, security headers, several instances, restarts, kills.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: string[];
  /** SIGTERM, and wait for it to exit. */
  stop(): Promise<number | null>;
  /** SIGKILL: no shutdown at all. */
  kill(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Starts the server; on a port it chose itself, again on a new one if that port was taken meanwhile
 * (a port found free is released before the server binds it, and the server's own PostgreSQL, or another
 * test's, may get it first).
 */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  if (env.PORT) return startServerOn(Number(env.PORT), env);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startServerOn(await freePort(), env);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !error.message.includes('EADDRINUSE')) throw error;
    }
  }
}

async function startServerOn(port: number, env: Record<string, string>): Promise<ServerProcess> {
  // One process (not the tsx wrapper, which forwards signals to a child): SIGKILL must hit the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SHORTLIST_BUILD: 'off', SHORTLIST_LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (chunk.toString().includes('"msg":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output.join('')}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

interface Credential {
  name: string;
  email: string;
  password: string;
}

export function demoCredentials(dataDir: string): Credential[] {
  return JSON.parse(readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8')) as Credential[];
}

/** A client with its own session cookie, sending the app's Origin as a browser on the app's pages would. */
export class Client {
  cookie: string | null = null;
  constructor(readonly base: string) {}

  async request(method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.base}/api${pathname}`, {
      method,
      headers: {
        Origin: this.base,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('shortlist_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as unknown) : null };
  }

  async signIn(email: string, password: string) {
    const answer = await this.request('POST', '/session', { email, password });
    if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status} ${answer.text}`);
    return answer;
  }
}

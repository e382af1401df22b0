// The real server (`server/main.ts`, what `npm start` runs) as a child process for the server bench:
// start and stop it with timings, sign in, raw HTTP requests (bytes as sent on the wire), and what the
// server and its embedded PostgreSQL cost in memory and CPU, read from /proc.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spawns the server on a free port (one process, not the tsx wrapper, so SIGTERM reaches the server);
 * `nodeArgs` go to node before the script (e.g. `--cpu-prof` to profile it).
 * `startedAt`, `listeningAt` are performance.now() values; `logs` are its JSON log lines.
 */
export async function spawnServer({ root, dataDir, appDir, env = {}, nodeArgs = [] }) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHORTLIST_DATA_DIR: dataDir,
      SHORTLIST_APP_DIR: appDir,
      SHORTLIST_BUILD: 'off',
      SHORTLIST_LOG: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = {
    child,
    pid: child.pid,
    port,
    dataDir,
    url: `http://127.0.0.1:${port}`,
    startedAt,
    listeningAt: null,
    output: [],
    logs: [],
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() }))),
  };
  let pending = '';
  child.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    server.output.push(text);
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        const entry = JSON.parse(line);
        server.logs.push(entry);
        if (entry.msg === 'listening' && server.listeningAt === null) server.listeningAt = performance.now();
      } catch {
        // not a log line
      }
    }
  });
  child.stderr.on('data', (chunk) => server.output.push(chunk.toString()));
  return server;
}

/** Resolves once the server logged "listening"; rejects when it exits first or after the timeout. */
export async function waitForListening(server, timeoutMs = 120_000) {
  const deadline = performance.now() + timeoutMs;
  while (server.listeningAt === null) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`server exited before listening:\n${server.output.join('')}`);
    if (performance.now() > deadline) throw new Error(`server did not log "listening" in ${timeoutMs} ms:\n${server.output.join('')}`);
    await delay(10);
  }
  return server.listeningAt - server.startedAt;
}

/** Polls `GET pathname` until it answers 200; ms from spawn. */
export async function waitForHttp(server, pathname = '/', timeoutMs = 120_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`server exited before answering:\n${server.output.join('')}`);
    try {
      const answer = await request(`${server.url}${pathname}`);
      if (answer.status === 200) return performance.now() - server.startedAt;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error(`GET ${pathname} did not answer 200 in ${timeoutMs} ms:\n${server.output.join('')}`);
    await delay(20);
  }
}

/**
 * SIGTERM (in-flight requests finish, then PostgreSQL stops), and wait for the exit; ms to exit. Past the
 * timeout: SIGKILL, and a fast shutdown of the orphaned PostgreSQL so nothing outlives the bench.
 */
export async function stopServer(server, timeoutMs = 20_000) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return null;
  const from = performance.now();
  server.child.kill('SIGTERM');
  const exited = await Promise.race([server.exited, delay(timeoutMs).then(() => null)]);
  if (exited) return exited.at - from;
  server.child.kill('SIGKILL');
  await server.exited;
  const postmaster = postmasterPid(server.dataDir);
  if (postmaster) {
    try {
      process.kill(postmaster, 'SIGINT');
    } catch {
      // already gone
    }
  }
  throw new Error(`server did not stop within ${timeoutMs} ms of SIGTERM; killed`);
}

export function postmasterPid(dataDir) {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function readCredentials(dataDir) {
  return JSON.parse(readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8'));
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** One HTTP request without any decoding: `body` is the bytes as sent; `ms` from start to last byte. */
export function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const req = http.request(
      url,
      {
        method,
        agent: keepAlive,
        headers: { ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}), ...headers },
      },
      (res) => {
        const chunks = [];
        let firstByte = null;
        res.on('data', (chunk) => {
          firstByte ??= performance.now() - started;
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started, firstByteMs: firstByte }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Signs in with a demo account; returns the `shortlist_session=…` cookie pair. */
export async function signIn(server, email, password) {
  const answer = await request(`${server.url}/api/session`, { method: 'POST', headers: { Origin: server.url }, body: { email, password } });
  const cookie = (answer.headers['set-cookie'] ?? []).find((c) => c.startsWith('shortlist_session='));
  if (answer.status !== 200 || !cookie) throw new Error(`sign-in as ${email} failed: ${answer.status} ${answer.body.toString()}`);
  return cookie.split(';')[0];
}

export function closeConnections() {
  keepAlive.destroy();
}

// /proc ----------------------------------------------------------------------------------------------

function statFields(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After the command name, which may hold spaces and parentheses: state, ppid, … utime (12th), stime.
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** The pid and every process below it. */
export function processTree(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(statFields(name)[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  const tree = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function kB(file, field) {
  try {
    const match = readFileSync(file, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * RSS of the server process (MB), and of the processes below it (the embedded PostgreSQL): their RSS
 * sum counts shared buffers once per process, so their PSS (shared pages split between sharers) too.
 */
export function memoryOf(serverPid) {
  const others = processTree(serverPid).filter((pid) => pid !== serverPid);
  const sum = (field, file) => others.reduce((total, pid) => total + kB(`/proc/${pid}/${file}`, field), 0) / 1024;
  return {
    serverRssMB: kB(`/proc/${serverPid}/status`, 'VmRSS') / 1024,
    serverHwmMB: kB(`/proc/${serverPid}/status`, 'VmHWM') / 1024,
    postgresProcesses: others.length,
    postgresRssMB: sum('VmRSS', 'status'),
    postgresPssMB: sum('Pss', 'smaps_rollup'),
  };
}

const CLOCK_TICKS = 100;

/** CPU seconds used so far by each of the given processes (user + system); exited ones count 0. */
export function cpuSeconds(pids) {
  return pids.reduce((total, pid) => {
    try {
      const fields = statFields(pid);
      return total + (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    } catch {
      return total;
    }
  }, 0);
}

/** CPU seconds the whole machine spent busy and idle so far (all cores). */
export function machineCpuSeconds() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  return { busy: (user + nice + system + irq + softirq + steal) / CLOCK_TICKS, idle: (idle + iowait) / CLOCK_TICKS };
}

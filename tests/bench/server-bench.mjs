#!/usr/bin/env node
// `npm run bench:server` (and the second part of `npm run bench`): the real server on its embedded
// PostgreSQL against docs/architecture.md, "Quality bars". Builds the app for the server (mock off) into dist-bench-server/,
// then, each server in its own temporary data folder:
//  1. first start of the 60-candidate demo (spawn → GET / answers 200) and its restart; first start
//     with a 10,000-candidate seed (spawn → "listening") and, at the end, its restart;
//  2. GET /api/candidates at 10,000 as the recruiter: sequential requests, with and without gzip, and
//     right after a write (the list cache rebuilt);
//  3. moves under load (autocannon, 5/10/20 connections, valid moves with If-Match and Idempotency-Key);
//  4. RSS of the server and its PostgreSQL after the seed and after the load;
//  5. the board's boot in Chromium against it (fresh contexts, signed in by cookie).
// Prints a table with each target, adds a `server` key to tests/bench/results/latest.json (keeping the
// rest) and stops every server with SIGTERM (PostgreSQL stops with it), even on failure.
//
// Options: --size 10000, --duration 10 (s per load run), --connections 5,10,20, --runs 5 (board loads),
// --list-requests 50, --no-build (reuse dist-bench-server/ if there), --no-browser, --also-write <json file>.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, getPriority, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { MoveRotation, movableCandidates, runMoves } from './move-load.mjs';
import { measureBoardBoot } from './server-boot.mjs';
import { closeConnections, cpuSeconds, machineCpuSeconds, memoryOf, processTree, readCredentials, request, signIn, spawnServer, stopServer, waitForHttp, waitForListening } from './server-process.mjs';
import { serverTable, writeResults } from './server-report.mjs';
import { benchInsightsApi, measureInsightsScreen } from './insights-bench.mjs';
import { formatSummary, percentile, summarize } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: options } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '5,10,20' },
    runs: { type: 'string', default: '5' },
    'list-requests': { type: 'string', default: '50' },
    'no-build': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'also-write': { type: 'string' },
  },
});
const SIZE = Number(options.size);
const DURATION = Number(options.duration);
const CONNECTIONS = options.connections.split(',').map(Number);
const RUNS = Math.max(1, Number(options.runs));
const LIST_REQUESTS = Math.max(1, Number(options['list-requests']));
const APP_DIR = join(root, 'dist-bench-server');
const RESULTS = join(root, 'tests', 'bench', 'results', 'latest.json');
const RECRUITER = 'Priya Raman';
const TARGETS = { demoFirstStartMs: 15_000, restartMs: 3_000, listP50Ms: 100, movesP99Ms: 50, movesPerSecond: 300, domNodes: 1_500, insightsMs: 200, exportMs: 2_000 };

const log = (message) => process.stdout.write(`${message}\n`);
const round = (value, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));

// Cleanup on every exit path: servers get SIGTERM (so PostgreSQL stops), temporary folders go.
const running = new Set();
const temporary = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    closeConnections();
    for (const server of running) await stopServer(server).catch((error) => console.error(`server-bench: ${error.message}`));
    running.clear();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`\nserver-bench: ${signal}, stopping servers…`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function start(dataDir, size) {
  const server = await spawnServer({ root, dataDir, appDir: APP_DIR, env: { SHORTLIST_DEMO_SIZE: String(size) } });
  running.add(server);
  return server;
}

async function stop(server) {
  const ms = await stopServer(server);
  running.delete(server);
  return ms;
}

function build() {
  return new Promise((resolve, reject) => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const args = [vite, 'build', '--mode', 'server', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'error'];
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build --mode server exited with ${code}`))));
  });
}

const logMs = (server, msg) => server.logs.find((entry) => entry.msg === msg)?.ms ?? null;
const latencySummary = (samples) => ({ p50: round(percentile(samples, 50)), p99: round(percentile(samples, 99)), min: round(Math.min(...samples)), max: round(Math.max(...samples)), n: samples.length });

/** Sequential list requests as the recruiter: with gzip (as a browser asks), without, and after a write. */
async function benchList(server, cookie, rotation) {
  const url = `${server.url}/api/candidates`;
  const get = async (gzip) => {
    const answer = await request(url, { headers: { Cookie: cookie, Accept: 'application/json', ...(gzip ? { 'Accept-Encoding': 'gzip' } : {}) } });
    if (answer.status !== 200) throw new Error(`GET /api/candidates: ${answer.status} ${answer.body.toString().slice(0, 200)}`);
    return answer;
  };
  for (let i = 0; i < 5; i++) await get(true);
  const gzipped = [];
  const firstByte = [];
  let last;
  for (let i = 0; i < LIST_REQUESTS; i++) {
    last = await get(true);
    gzipped.push(last.ms);
    firstByte.push(last.firstByteMs);
  }
  const compressed = last.headers['content-encoding'] === 'gzip';
  const body = compressed ? gunzipSync(last.body) : last.body;
  const identity = [];
  for (let i = 0; i < 20; i++) identity.push((await get(false)).ms);
  // Each write changes the list stamp: the next read rebuilds the list from PostgreSQL.
  const afterWrite = [];
  for (let i = 0; i < 10; i++) {
    const taken = rotation.take();
    const moved = await request(`${server.url}/api/candidates/${taken.candidate.id}/moves`, {
      method: 'POST',
      headers: { Origin: server.url, Cookie: cookie, 'If-Match': `"${taken.candidate.version}"`, 'Idempotency-Key': `bench-list-${Date.now()}-${i}` },
      body: { toStage: taken.toStage },
    });
    const version = Number(/"(\d+)"/.exec(moved.headers.etag ?? '')?.[1]);
    rotation.settle(taken, { status: moved.status, version });
    afterWrite.push((await get(true)).ms);
  }
  const items = JSON.parse(body.toString()).items;
  return {
    items,
    result: {
      candidates: items.length,
      gzip: { ...latencySummary(gzipped), firstByteP50: round(percentile(firstByte, 50)) },
      identity: latencySummary(identity),
      afterWrite: latencySummary(afterWrite),
      wireBytesGzip: Number(last.headers['content-length']) || last.body.length,
      compressed,
      uncompressedBytes: body.length,
    },
  };
}

/** The load runs, each with the CPU seconds spent by the server, PostgreSQL, this process and the rest. */
async function benchMoves(server, cookie, rotation) {
  await runMoves({ url: server.url, cookie, rotation, connections: 10, durationSeconds: 2 }); // warm-up
  const runs = [];
  for (const connections of CONNECTIONS) {
    const pids = processTree(server.pid);
    const postgres = pids.filter((pid) => pid !== server.pid);
    const before = { server: cpuSeconds([server.pid]), postgres: cpuSeconds(postgres), bench: process.cpuUsage(), machine: machineCpuSeconds(), at: performance.now() };
    const result = await runMoves({ url: server.url, cookie, rotation, connections, durationSeconds: DURATION });
    const wall = (performance.now() - before.at) / 1000;
    const machine = machineCpuSeconds();
    const benchUsage = process.cpuUsage(before.bench);
    const seconds = {
      server: cpuSeconds([server.pid]) - before.server,
      postgres: cpuSeconds(postgres) - before.postgres,
      loadGenerator: (benchUsage.user + benchUsage.system) / 1e6,
      machineBusy: machine.busy - before.machine.busy,
    };
    seconds.other = Math.max(0, seconds.machineBusy - seconds.server - seconds.postgres - seconds.loadGenerator);
    // In % of one core; the machine has cpus().length of them.
    const cpu = Object.fromEntries(Object.entries(seconds).map(([key, value]) => [key, round((value / wall) * 100, 0)]));
    runs.push({ ...result, cpuPercentOfOneCore: cpu });
    log(
      `moves, ${connections} connections: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${round(result.movesPerSecond, 0)} moves/s, ` +
        `statuses ${JSON.stringify(result.statuses)}; CPU (% of a core) server ${cpu.server}, PostgreSQL ${cpu.postgres}, load generator ${cpu.loadGenerator}, other ${cpu.other}`,
    );
  }
  const meeting = runs.filter((r) => r.latency.p99 <= TARGETS.movesP99Ms);
  const best = meeting.length > 0 ? meeting.reduce((a, b) => (b.movesPerSecond > a.movesPerSecond ? b : a)) : runs.reduce((a, b) => (b.latency.p99 < a.latency.p99 ? b : a));
  return { runs, best: best.connections, bestMeetsP99: meeting.length > 0 };
}

async function main() {
  const started = performance.now();
  const load1 = round(loadavg()[0], 2);
  if (!options['no-build'] || !existsSync(join(APP_DIR, 'index.html'))) {
    log(`server-bench: building the app for the server (mock off) into ${relative(root, APP_DIR)}/`);
    await build();
  }
  const tmp = mkdtempSync(join(tmpdir(), 'shortlist-server-bench-'));
  temporary.push(tmp);
  // As root, PostgreSQL runs as the `postgres` user, which must be able to traverse this 0700 folder.
  chmodSync(tmp, 0o711);

  // 1. The 60-candidate demo: first start until the sign-in page answers, then a restart.
  const demoDir = join(tmp, 'demo');
  let server = await start(demoDir, 60);
  const demoFirstStartMs = round(await waitForHttp(server, '/'), 0);
  await waitForListening(server);
  const demoPostgresMs = logMs(server, 'embedded PostgreSQL started');
  await stop(server);
  server = await start(demoDir, 60);
  const demoRestartMs = round(await waitForListening(server), 0);
  await stop(server);
  log(`first start, 60-candidate demo: ${demoFirstStartMs} ms to GET / 200; restart: ${demoRestartMs} ms to listening`);

  // The large seed.
  const bigDir = join(tmp, 'large');
  server = await start(bigDir, SIZE);
  const bigFirstStartMs = round(await waitForListening(server, 170_000), 0);
  const bigPostgresMs = logMs(server, 'embedded PostgreSQL started');
  log(`first start, ${SIZE} candidates: ${bigFirstStartMs} ms to listening`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const afterSeed = memoryOf(server.pid);
  const recruiter = readCredentials(bigDir).find((c) => c.name === RECRUITER);
  const cookie = await signIn(server, recruiter.email, recruiter.password);

  // 2. The list (its answer also gives the movable candidates and their versions).
  const first = await request(`${server.url}/api/candidates`, { headers: { Cookie: cookie } });
  const rotation = new MoveRotation(movableCandidates(JSON.parse(first.body.toString()).items));
  const { result: list } = await benchList(server, cookie, rotation);
  log(`list: gzip p50 ${list.gzip.p50} ms, p99 ${list.gzip.p99} ms; without gzip p50 ${list.identity.p50} ms; after a write p50 ${list.afterWrite.p50} ms`);

  // 2b. Insights and the CSV export of everyone, at the same size.
  const insights = await benchInsightsApi({ server, cookie, request, rotation });
  log(`insights: p50 ${insights.insights.p50} ms, p99 ${insights.insights.p99} ms; after a write p50 ${insights.insightsAfterWrite.p50} ms; export of ${insights.export.rows} rows p50 ${insights.export.p50} ms`);

  // 3. Moves under load, 4. memory.
  log(`moves: ${rotation.idle} candidates in rotation; ${DURATION} s per run at ${CONNECTIONS.join(', ')} connections`);
  const moves = await benchMoves(server, cookie, rotation);
  const afterLoad = memoryOf(server.pid);

  // 5. The board in Chromium.
  let boot = null;
  if (!options['no-browser']) {
    const measured = await measureBoardBoot({ url: `${server.url}/`, email: recruiter.email, password: recruiter.password, runs: RUNS });
    const keys = Object.keys(measured.runs[0]);
    boot = { browserVersion: measured.browserVersion, runs: measured.runs, summary: Object.fromEntries(keys.map((k) => [k, summarize(measured.runs.map((r) => r[k]))])) };
    log(`board boot: first card at ${formatSummary(boot.summary.cardVisible)} ms, ${formatSummary(boot.summary.domSettled)} DOM nodes`);
    insights.screen = await measureInsightsScreen({ url: `${server.url}/`, email: recruiter.email, password: recruiter.password, runs: RUNS });
    log(`insights screen: charts painted at ${insights.screen.median} (${insights.screen.min}–${insights.screen.max}) ms`);
  }

  // 1 (end). Restart of the large installation.
  const bigStopMs = round(await stop(server), 0);
  server = await start(bigDir, SIZE);
  const bigRestartMs = round(await waitForListening(server), 0);
  const bigRestartPostgresMs = logMs(server, 'embedded PostgreSQL started');
  await stop(server);
  log(`restart, ${SIZE} candidates: ${bigRestartMs} ms to listening (shutdown took ${bigStopMs} ms)`);

  const report = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, nice: getPriority(), load1Before: load1, load1After: round(loadavg()[0], 2) },
    settings: { size: SIZE, moveSeconds: DURATION, connections: CONNECTIONS, bootRuns: RUNS, listRequests: LIST_REQUESTS, persona: RECRUITER },
    targets: TARGETS,
    starts: { demoFirstStartMs, demoPostgresMs, demoRestartMs, bigFirstStartMs, bigPostgresMs, bigStopMs, bigRestartMs, bigRestartPostgresMs },
    list,
    insights,
    moves,
    memory: { afterSeed, afterLoad },
    boot,
  };
  report.table = serverTable(report);
  report.durationSeconds = Math.round((performance.now() - started) / 1000);
  log(`\nShortlist server bench, ${report.durationSeconds} s: ${report.machine.cores} cores (${report.machine.cpu}), Node ${report.machine.node}, nice ${report.machine.nice}`);
  // The load average lags by a minute and counts this bench's own processes; the CPU used by other
  // processes during the load runs says whether something else competed for the cores.
  const otherCpu = Math.max(...moves.runs.map((run) => run.cpuPercentOfOneCore.other));
  report.machine.otherWorkCpuPercentMax = otherCpu;
  log(`load average (1 min): ${load1} before, ${report.machine.load1After} after; other processes during the load runs: up to ${otherCpu} % of a core`);
  if (otherCpu > 50) log('WARNING: other work competed for the CPU during the load runs; timings are inflated. Re-run when the machine is idle.');
  log('');
  log(report.table);
  writeResults(RESULTS, report);
  if (options['also-write']) writeResults(options['also-write'], report);
  log(`\nwrote the "server" key of ${relative(root, RESULTS)}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanup());

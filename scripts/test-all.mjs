#!/usr/bin/env node
// Runs every check in order, streaming each one's output, and keeps going after a failure.
// Lint, the type check and the size budget count as one test each; vitest and Playwright tests are
// counted from their JSON reports (a runner that crashed before writing one counts as 1 failed). The last
// line printed is exactly "N passed, N failed"; the exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const VITEST_JSON = join(results, 'vitest.json');
const SERVER_JSON = join(results, 'vitest-server.json');
const E2E_JSON = join(results, 'e2e.json');

/** Runs a command with inherited stdio; resolves with its exit code (a spawn error counts as 1). */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`test-all: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** One pass/fail for a whole command. */
const asOneTest = (code) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, note: '' });

/** Counts from vitest's JSON reporter (Jest-compatible shape). */
const vitestCounts = (file) => (code) => {
  const report = readJson(file);
  if (!report || typeof report.numPassedTests !== 'number') return { passed: 0, failed: 1, skipped: 0, note: 'no JSON report: counted as 1 failed' };
  let failed = report.numFailedTests ?? 0;
  let note = '';
  // A suite that failed to load, an unhandled error, or no tests at all fail the run without failing a test.
  if (failed === 0 && (code !== 0 || report.success === false)) {
    failed = 1;
    note = `exit code ${code} with no failed test: counted as 1 failed`;
  }
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return { passed: report.numPassedTests, failed, skipped, note };
};

/** Counts from Playwright's JSON reporter: expected (incl. test.fail that failed) and flaky pass. */
function playwrightCounts(code) {
  const report = readJson(E2E_JSON);
  const stats = report?.stats;
  if (!stats || typeof stats.expected !== 'number') return { passed: 0, failed: 1, skipped: 0, note: 'no JSON report: counted as 1 failed' };
  let failed = stats.unexpected ?? 0;
  let note = stats.flaky ? `${stats.flaky} flaky (passed on retry)` : '';
  // e.g. the web server did not start, or a spec file did not load: an error outside any test.
  if (failed === 0 && (code !== 0 || (report.errors?.length ?? 0) > 0)) {
    failed = 1;
    note = `exit code ${code}${report.errors?.length ? `, ${report.errors.length} error(s) outside tests` : ''}: counted as 1 failed`;
  }
  return { passed: stats.expected + (stats.flaky ?? 0), failed, skipped: stats.skipped ?? 0, note };
}

const steps = [
  { name: 'lint', command: 'npx', args: ['eslint', '.'], count: asOneTest },
  { name: 'typecheck', command: 'npx', args: ['tsc', '-b'], count: asOneTest },
  {
    name: 'vitest',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join('test-results', 'vitest.json')}`],
    before: () => rmSync(VITEST_JSON, { force: true }),
    count: vitestCounts(VITEST_JSON),
  },
  // The server and the PostgreSQL store, on embedded PostgreSQL: the contract suite against the server,
  // security, two instances on one database, restarts and SIGKILL.
  {
    name: 'server',
    command: 'npx',
    args: ['vitest', 'run', '-c', 'vitest.server.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${join('test-results', 'vitest-server.json')}`],
    before: () => rmSync(SERVER_JSON, { force: true }),
    count: vitestCounts(SERVER_JSON),
  },
  // Bundle budget (docs/architecture.md, "Quality bars"): entry + board JS ≤ 150 kB gzip, no mock backend or bench code in it.
  { name: 'size', command: 'node', args: ['scripts/size-report.mjs'], count: asOneTest },
  // Not a test: its failure shows up as Playwright failing to launch the browser.
  { name: 'chromium', command: 'bash', args: ['scripts/ensure-chromium.sh'], count: null },
  // Not a test either: the app as the server serves it (mock off), for the server's browser tests.
  { name: 'app build', command: 'npm', args: ['run', '--silent', 'build:server'], count: null },
  { name: 'playwright', command: 'npx', args: ['playwright', 'test'], before: () => rmSync(E2E_JSON, { force: true }), count: playwrightCounts },
];

mkdirSync(results, { recursive: true });
const summary = [];
let passed = 0;
let failed = 0;
let skipped = 0;
const started = Date.now();

for (const step of steps) {
  console.log(`\n=== ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  step.before?.();
  const t0 = Date.now();
  const code = await run(step.command, step.args);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (!step.count) {
    summary.push(`${step.name.padEnd(11)} ${code === 0 ? 'ok' : `exit code ${code}`} (${seconds} s)`);
    continue;
  }
  const counts = step.count(code);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  const parts = [`${counts.passed} passed`, `${counts.failed} failed`];
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  summary.push(`${step.name.padEnd(11)} ${parts.join(', ')} (${seconds} s)${counts.note ? ` (${counts.note})` : ''}`);
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
// Skipped tests are reported (lint forbids .skip and .only, so this should read 0), on the line before the
// totals, which CI reads as exactly "N passed, N failed".
console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

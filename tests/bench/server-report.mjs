// The server bench's table (each figure with its target, PASS/MISS) and its place in latest.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatSummary, formatTable } from './stats.mjs';

const num = (value, digits = 0) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok) => (ok === null || ok === undefined ? '' : ok ? 'PASS' : 'MISS');
const atMost = (value, target) => (value === null || value === undefined ? null : value <= target);

/** The most frequent value of a list (the slowest API request of most runs). */
function mode(values) {
  const counts = new Map();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function serverTable(report) {
  const { starts, list, moves, memory, boot, targets, settings } = report;
  const size = num(settings.size);
  const rows = [];
  const row = (metric, target, value, ok = null) => rows.push([metric, target, value, verdict(ok)]);

  row('first start, 60-candidate demo: spawn → GET / 200 (ms)', `≤ ${num(targets.demoFirstStartMs)}`, num(starts.demoFirstStartMs), atMost(starts.demoFirstStartMs, targets.demoFirstStartMs));
  row('  of which embedded PostgreSQL initdb + start (ms)', '', num(starts.demoPostgresMs));
  row('restart, 60-candidate demo: spawn → listening (ms)', `≤ ${num(targets.restartMs)}`, num(starts.demoRestartMs), atMost(starts.demoRestartMs, targets.restartMs));
  row(`first start, ${size} candidates: spawn → listening (ms)`, '', num(starts.bigFirstStartMs));
  row('  of which embedded PostgreSQL initdb + start (ms)', '', num(starts.bigPostgresMs));
  row(`restart, ${size} candidates: spawn → listening (ms)`, `≤ ${num(targets.restartMs)}`, num(starts.bigRestartMs), atMost(starts.bigRestartMs, targets.restartMs));
  row('  of which embedded PostgreSQL start (ms)', '', num(starts.bigRestartPostgresMs));
  row('  shutdown before it, SIGTERM → exit (ms)', '', num(starts.bigStopMs));

  row(`GET /api/candidates at ${num(list.candidates)}, gzip: p50 (ms)`, `≤ ${num(targets.listP50Ms)}`, num(list.gzip.p50, 1), atMost(list.gzip.p50, targets.listP50Ms));
  row('  p99 (ms)', '', num(list.gzip.p99, 1));
  row('  time to first byte, p50 (ms)', '', num(list.gzip.firstByteP50, 1));
  row('  without gzip: p50 / p99 (ms)', '', `${num(list.identity.p50, 1)} / ${num(list.identity.p99, 1)}`);
  row('  right after a write (list rebuilt): p50 / max (ms)', '', `${num(list.afterWrite.p50, 1)} / ${num(list.afterWrite.max, 1)}`);
  row('  size: gzip on the wire / uncompressed (MB)', '', `${num(list.wireBytesGzip / 1e6, 2)} / ${num(list.uncompressedBytes / 1e6, 2)}`);
  const { insights } = report;
  if (insights) {
    row(`GET /api/insights at ${num(list.candidates)}: p50 / p99 (ms)`, `p50 ≤ ${num(targets.insightsMs)}`, `${num(insights.insights.p50, 1)} / ${num(insights.insights.p99, 1)}`, atMost(insights.insights.p50, targets.insightsMs));
    row('  right after a write: p50 / max (ms)', '', `${num(insights.insightsAfterWrite.p50, 1)} / ${num(insights.insightsAfterWrite.max, 1)}`);
    row(`CSV export of ${num(insights.export.rows)} rows: p50 / max (ms)`, `≤ ${num(targets.exportMs)}`, `${num(insights.export.p50, 1)} / ${num(insights.export.max, 1)}`, atMost(insights.export.max, targets.exportMs));
    if (insights.screen) row('Insights screen: navigation → charts painted (ms)', '', `${num(insights.screen.median)} (${num(insights.screen.min)}–${num(insights.screen.max)})`);
  }

  for (const run of moves.runs) {
    const best = run.connections === moves.best;
    const statuses = Object.entries(run.statuses).map(([status, count]) => `${status}: ${num(count)}`);
    if (run.errors) statuses.push(`errors: ${num(run.errors)}`);
    if (run.timeouts) statuses.push(`timeouts: ${num(run.timeouts)}`);
    row(
      `moves, ${run.connections} connections${best ? ' (best)' : ''}: p50 / p99 (ms), moves/s`,
      best ? `p99 ≤ ${targets.movesP99Ms} at ≥ ${targets.movesPerSecond}/s` : '',
      `${num(run.latency.p50)} / ${num(run.latency.p99)}, ${num(run.movesPerSecond)}/s`,
      best ? run.latency.p99 <= targets.movesP99Ms && run.movesPerSecond >= targets.movesPerSecond : null,
    );
    row('  answers by status', '', statuses.join(', '));
    const cpu = run.cpuPercentOfOneCore;
    row('  CPU, % of one core: server / PostgreSQL / autocannon / other work', '', `${cpu.server} / ${cpu.postgres} / ${cpu.loadGenerator} / ${cpu.other}`);
  }

  const mem = (m) => `${num(m.serverRssMB)} MB; PostgreSQL ${num(m.postgresRssMB)} MB RSS, ${num(m.postgresPssMB)} MB PSS (${m.postgresProcesses} processes)`;
  row('server RSS after the seed', '', mem(memory.afterSeed));
  row('server RSS after the load', '', mem(memory.afterLoad));

  if (boot) {
    const s = boot.summary;
    row(`board boot at ${size} in Chromium: navigation → first card visible (ms)`, '', formatSummary(s.cardVisible));
    row('  navigation → board:data-painted mark (ms)', '', formatSummary(s.boardPainted));
    row('  navigation → list requested (ms)', '', formatSummary(s.listRequested));
    row('  list: request → first byte (ms)', '', formatSummary(s.listWaiting));
    row('  list: first byte → last byte (ms)', '', formatSummary(s.listDownload));
    row('  list: last byte → board painted (ms)', '', formatSummary(s.listToPaint));
    row('  navigation → every API answer in (ms)', '', formatSummary(s.apiSettled));
    row(`  slowest API request (${mode(boot.runs.map((r) => r.slowestApi)) ?? '–'}) (ms)`, '', formatSummary(s.slowestApiMs));
    row('  DOM nodes when the first card shows', `≤ ${num(targets.domNodes)}`, formatSummary(s.domAtCard), atMost(s.domAtCard.max, targets.domNodes));
    row('  DOM nodes after settling', `≤ ${num(targets.domNodes)}`, formatSummary(s.domSettled), atMost(s.domSettled.max, targets.domNodes));
  }
  return formatTable(['server metric', 'target', 'value (browser: median (min–max))', 'result'], rows);
}

/** Adds (or replaces) the `server` key of a results file, keeping everything else in it. */
export function writeResults(file, server) {
  let report = {};
  if (existsSync(file)) {
    try {
      report = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      report = {};
    }
  }
  report.server = server;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

// Pure helpers of the benchmark: statistics, grouping of Event Timing entries, budgets and the table.
// Plain JavaScript so `node tests/bench/run-bench.mjs` runs without a build; types in stats.d.mts.

/** The median of finite numbers (mean of the middle two for an even count); null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The p-th percentile (0–100) of finite numbers by the nearest-rank method: the smallest value with at
 * least p % of the values at or below it (p99 of 50 samples is the largest). Null when there are none.
 */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

/** Median, min and max over runs, ignoring runs that did not produce the metric. */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { median: null, min: null, max: null, n: 0 };
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}

const KEY_EVENT_TYPES = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

/**
 * Latency per keystroke from Event Timing entries, as INP counts it: the longest event of each
 * interaction. Entries below the observer's durationThreshold are never reported, so keystrokes with no
 * entry are counted at the threshold (an upper bound); more interactions than keystrokes are kept.
 */
export function keystrokeLatencies(entries, keystrokes, threshold = 16) {
  const byInteraction = new Map();
  for (const entry of entries) {
    if (!entry.interactionId || !KEY_EVENT_TYPES.has(entry.name)) continue;
    byInteraction.set(entry.interactionId, Math.max(byInteraction.get(entry.interactionId) ?? 0, entry.duration));
  }
  const measured = [...byInteraction.values()];
  const unreported = Math.max(0, keystrokes - measured.length);
  return [...measured, ...Array.from({ length: unreported }, () => threshold)];
}

/** Whether a summarized value meets its budget: null when there is no budget or no value. */
export function withinBudget(value, budget) {
  if (budget === undefined || budget === null || value === null || value === undefined) return null;
  return value <= budget;
}

function formatNumber(value, digits) {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** "median (min–max)" */
export function formatSummary(summary, digits = 0) {
  if (!summary || summary.median === null) return '–';
  return `${formatNumber(summary.median, digits)} (${formatNumber(summary.min, digits)}–${formatNumber(summary.max, digits)})`;
}

/** A plain-text table with a header row and columns padded to their widest cell. */
export function formatTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i] ?? '').length)));
  const line = (row) => row.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

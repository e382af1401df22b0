// Pure logic of `npm run size` (scripts/size-report.mjs): which chunks a first load of the board needs,
// which load later, and whether the build keeps its budget. Types in size-budget.d.mts; tests in
// tests/unit/bench/size-budget.test.ts.

/** docs/architecture.md, "Quality bars": entry + board JS ≤ 150 kB gzip (kB = 1,000 bytes, as Vite prints sizes). */
export const BUDGET_GZIP_BYTES = 150_000;

/** Strings only the mock backend contains: MSW's worker setup, the seed data, its storage key. */
export const MOCK_MARKERS = ['setupWorker', 'Northwind Payments', 'shortlist.mock-db'];

/** Left in bundles only by VITE_BENCH=1 builds (`npm run bench`); a production build must have none. */
export const BENCH_MARKERS = ['bench:parse', 'bench:mock-start', 'bench:mock-ready', 'bench:mock-seed'];

/** The insights screen (its route and what only it loads: Chart.js) ≤ 120 kB gzip, loaded when opened. */
export const INSIGHTS_BUDGET_GZIP_BYTES = 120_000;

/**
 * The lazily loaded chunks the report names, by the source module Vite's manifest keys them with. A group
 * with a `budget` fails the check when what it loads beyond the first load is over that many bytes gzip.
 */
export const KNOWN_LAZY = [
  { kind: 'mock backend', src: 'mocks/browser.ts' },
  { kind: 'menus (Radix)', src: 'src/components/menu/MenuImpl.tsx' },
  { kind: 'drag and drop', src: 'node_modules/@atlaskit/pragmatic-drag-and-drop/' },
  { kind: 'DevPanel', src: 'src/features/devtools/DevPanel.tsx' },
  { kind: 'insights', src: 'src/app/routes/InsightsRoute.tsx', budget: INSIGHTS_BUDGET_GZIP_BYTES },
];

/**
 * Strings only mock builds may contain: the mock backend's markers, and the developer panel's `/__mock`
 * requests (design: the `__mock` controls exist only in mock builds). A build with mocking off
 * (`vite build --mode server`, what the server serves) must contain none of them in any chunk.
 */
export const MOCK_ONLY_MARKERS = [...MOCK_MARKERS, '/__mock/'];

/** The known lazy group a manifest key belongs to (a trailing slash matches a whole folder). */
function knownLazy(key, chunk) {
  return KNOWN_LAZY.find(({ src }) => (src.endsWith('/') ? key.startsWith(src) : key === src || chunk.src === src));
}

/** The manifest key of the entry chunk (index.html's script). */
export function entryKey(manifest) {
  const keys = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (keys.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${keys.length}`);
  return keys[0];
}

/** A chunk and every chunk it imports statically, transitively (what loading it executes). */
export function staticClosure(manifest, key) {
  const seen = new Set();
  const queue = [key];
  while (queue.length > 0) {
    const next = queue.shift();
    if (seen.has(next) || !manifest[next]) continue;
    seen.add(next);
    queue.push(...(manifest[next].imports ?? []));
  }
  return [...seen];
}

/**
 * Splits a Vite manifest into what the board's first load needs (the entry and its static imports:
 * the board route is part of the entry) and the lazily loaded groups: each dynamic import with the
 * chunks it needs beyond the eager ones (a chunk shared by two groups is listed in both).
 */
export function classifyChunks(manifest) {
  const entry = entryKey(manifest);
  const eager = staticClosure(manifest, entry);
  const eagerSet = new Set(eager);
  const dynamicKeys = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.dynamicImports ?? []))].filter(
    (key) => manifest[key] && !eagerSet.has(key),
  );
  const lazy = dynamicKeys.map((key) => {
    const known = knownLazy(key, manifest[key]);
    const group = { key, kind: known?.kind ?? 'other lazy', chunks: staticClosure(manifest, key).filter((k) => !eagerSet.has(k)) };
    return known?.budget === undefined ? group : { ...group, budget: known.budget };
  });
  const rank = (kind) => {
    const index = KNOWN_LAZY.findIndex((k) => k.kind === kind);
    return index === -1 ? KNOWN_LAZY.length : index;
  };
  lazy.sort((a, b) => rank(a.kind) - rank(b.kind) || a.key.localeCompare(b.key));
  return { entry, eager, lazy };
}

/** Which of `markers` occur in `code`. */
export function findMarkers(code, markers) {
  return markers.filter((marker) => code.includes(marker));
}

/**
 * Failures of a build against the budget: eager JS over budget, a lazy group over its own budget, mock-backend
 * code in what the first load executes, bench instrumentation anywhere. `eager` and `all` are
 * [{ file, code, gzip }]; `lazy` is [{ kind, gzip, budget? }] (a group's total beyond the first load).
 */
export function checkBudget({ eager, all, lazy = [], budget = BUDGET_GZIP_BYTES }) {
  const failures = [];
  const eagerGzip = eager.reduce((sum, chunk) => sum + chunk.gzip, 0);
  if (eagerGzip > budget) {
    failures.push(`entry + board JS is ${formatKb(eagerGzip)} gzip, over the budget of ${formatKb(budget)}`);
  }
  for (const group of lazy) {
    if (group.budget !== undefined && group.gzip > group.budget) {
      failures.push(`the ${group.kind} chunks are ${formatKb(group.gzip)} gzip, over their budget of ${formatKb(group.budget)}`);
    }
  }
  for (const chunk of eager) {
    const found = findMarkers(chunk.code, MOCK_MARKERS);
    if (found.length > 0) failures.push(`${chunk.file} (loaded on first paint) contains mock-backend code: ${found.map((m) => `"${m}"`).join(', ')}`);
  }
  for (const chunk of all) {
    const found = findMarkers(chunk.code, BENCH_MARKERS);
    if (found.length > 0) failures.push(`${chunk.file} contains bench-only instrumentation (${found.join(', ')}): was it built with VITE_BENCH=1?`);
  }
  return { eagerGzip, failures };
}

/**
 * Failures of a build made with mocking off (`--mode server`): any chunk carrying mock-only code, i.e. the
 * mock backend or the developer panel was built in. `all` is [{ file, code }], every JS file of the build.
 */
export function checkNoMockCode(all) {
  const failures = [];
  for (const chunk of all) {
    const found = findMarkers(chunk.code, MOCK_ONLY_MARKERS);
    if (found.length > 0) failures.push(`${chunk.file} contains mock-only code (${found.map((m) => `"${m}"`).join(', ')}) in a build with mocking off`);
  }
  return failures;
}

/** 146,140 → "146.1 kB" */
export function formatKb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

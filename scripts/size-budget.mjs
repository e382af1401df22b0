// Pure logic of `npm run size` (scripts/size-report.mjs): which chunks a first load of the board needs,
// which load later, and whether the build keeps its budget. Types in size-budget.d.mts; tests in
// tests/unit/bench/size-budget.test.ts.

/** docs/architecture.md, "Quality bars": entry + board JS ≤ 150 kB gzip (kB = 1,000 bytes, as Vite prints sizes). */
export const BUDGET_GZIP_BYTES = 150_000;

/** Strings only the mock backend contains: MSW's worker setup, the seed data, its storage key. */
export const MOCK_MARKERS = ['setupWorker', 'Northwind Payments', 'shortlist.mock-db'];

/** Left in bundles only by VITE_BENCH=1 builds (`npm run bench`); a production build must have none. */
export const BENCH_MARKERS = ['bench:parse', 'bench:mock-start', 'bench:mock-ready', 'bench:mock-seed'];

/** The lazily loaded chunks the report names, by the source module Vite's manifest keys them with. */
export const KNOWN_LAZY = [
  { kind: 'mock backend', src: 'mocks/browser.ts' },
  { kind: 'menus (Radix)', src: 'src/components/menu/MenuImpl.tsx' },
  { kind: 'drag and drop', src: 'node_modules/@atlaskit/pragmatic-drag-and-drop/' },
  { kind: 'DevPanel', src: 'src/features/devtools/DevPanel.tsx' },
];

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
  const lazy = dynamicKeys.map((key) => ({
    key,
    kind: knownLazy(key, manifest[key])?.kind ?? 'other lazy',
    chunks: staticClosure(manifest, key).filter((k) => !eagerSet.has(k)),
  }));
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
 * Failures of a build against the budget: eager JS over budget, mock-backend code in what the first
 * load executes, bench instrumentation anywhere. `eager` and `all` are [{ file, code, gzip }].
 */
export function checkBudget({ eager, all, budget = BUDGET_GZIP_BYTES }) {
  const failures = [];
  const eagerGzip = eager.reduce((sum, chunk) => sum + chunk.gzip, 0);
  if (eagerGzip > budget) {
    failures.push(`entry + board JS is ${formatKb(eagerGzip)} gzip, over the budget of ${formatKb(budget)}`);
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

/** 146,140 → "146.1 kB" */
export function formatKb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

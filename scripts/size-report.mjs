#!/usr/bin/env node
// `npm run size`: gzip sizes of a production build (`vite build` into dist-size/, with a manifest),
// split into what the board's first load executes (the entry chunk and its static imports) and what
// loads later (mock backend, menus, DevPanel, insights, other screens). Exits non-zero when entry + board
// JS is over 150 kB gzip, when the insights screen is over its 120 kB gzip, when the first load carries
// mock-backend code, or when bench-only instrumentation leaked into the build. Also writes test-results/size.json.
//
// Options: --no-build (measure dist-size/ as it is).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGET_GZIP_BYTES, checkBudget, classifyChunks, findMarkers, formatKb, KNOWN_LAZY, MOCK_MARKERS } from './size-budget.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = 'dist-size';
const dist = join(root, OUT_DIR);

if (!process.argv.includes('--no-build')) {
  // A production build as `npm run build` makes it; VITE_BENCH must not leak in from the environment.
  const env = { ...process.env };
  delete env.VITE_BENCH;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`size: vite build failed (exit ${result.status})`);
    process.exit(1);
  }
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const measured = new Map();
/** Size of one manifest chunk's JS file, cached. */
function measure(key) {
  const file = manifest[key].file;
  if (!measured.has(file)) {
    const buffer = readFileSync(join(dist, file));
    measured.set(file, { file, code: buffer.toString('utf8'), raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });
  }
  return measured.get(file);
}

const { entry, eager, lazy } = classifyChunks(manifest);
const eagerChunks = eager.map(measure);
const allChunks = Object.keys(manifest)
  .filter((key) => manifest[key].file.endsWith('.js'))
  .map(measure);
const eagerGzip = eagerChunks.reduce((sum, c) => sum + c.gzip, 0);

const pad = (text, width) => String(text).padEnd(width);
const num = (bytes) => formatKb(bytes).padStart(10);
const lines = [];
lines.push(`Shortlist bundle size: production build in ${OUT_DIR}/, gzip level 9 (1 kB = 1,000 bytes)`);
lines.push('');
lines.push(`${pad('first load: entry + board (static imports)', 62)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
for (const chunk of eagerChunks) {
  lines.push(`  ${pad(`${chunk.file}${chunk.file === manifest[entry].file ? ' (entry)' : ''}`, 60)}${num(chunk.raw)}${num(chunk.gzip)}`);
}
const eagerRaw = eagerChunks.reduce((sum, c) => sum + c.raw, 0);
const headroom = BUDGET_GZIP_BYTES - eagerGzip;
lines.push(
  `  ${pad('total', 60)}${num(eagerRaw)}${num(eagerGzip)}   budget ${formatKb(BUDGET_GZIP_BYTES)}: ` +
    (headroom >= 0 ? `ok, ${formatKb(headroom)} left` : `OVER by ${formatKb(-headroom)}`),
);
lines.push('');
lines.push(`${pad('lazy: loaded on demand (a chunk shared by groups counts in each)', 62)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
const lazyReport = [];
for (const group of lazy) {
  const chunks = group.chunks.map(measure);
  const raw = chunks.reduce((sum, c) => sum + c.raw, 0);
  const gzip = chunks.reduce((sum, c) => sum + c.gzip, 0);
  const module = group.key.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1');
  const label = group.kind === 'other lazy' ? module : `${group.kind}: ${module}`;
  const budget = group.budget === undefined ? '' : `   budget ${formatKb(group.budget)}: ${gzip <= group.budget ? `ok, ${formatKb(group.budget - gzip)} left` : `OVER by ${formatKb(gzip - group.budget)}`}`;
  lines.push(`  ${pad(label, 60)}${num(raw)}${num(gzip)}${budget}`);
  for (const chunk of chunks) lines.push(`    ${pad(chunk.file, 58)}${num(chunk.raw)}${num(chunk.gzip)}`);
  lazyReport.push({
    kind: group.kind,
    module: group.key,
    raw,
    gzip,
    ...(group.budget === undefined ? {} : { budget: group.budget }),
    files: chunks.map(({ file, raw: r, gzip: g }) => ({ file, raw: r, gzip: g })),
  });
}
const { failures } = checkBudget({ eager: eagerChunks, all: allChunks, lazy: lazyReport });
// A budgeted group that is not in the build (its route renamed or moved) would otherwise pass unchecked.
const budgeted = KNOWN_LAZY.filter((known) => known.budget !== undefined);
for (const known of budgeted) {
  if (!lazyReport.some((group) => group.kind === known.kind)) failures.push(`no lazy chunk for ${known.src} (${known.kind}): its budget is not checked`);
}
const css = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))].map((file) => {
  const buffer = readFileSync(join(dist, file));
  return { file, raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
});
lines.push('');
lines.push('CSS (not counted in the JS budget)');
for (const file of css) lines.push(`  ${pad(file.file, 60)}${num(file.raw)}${num(file.gzip)}`);

// Sanity: the markers mean something only if the mock chunk really contains them.
const mockGroup = lazy.find((group) => group.kind === 'mock backend');
const mockMarkersFound = mockGroup ? findMarkers(mockGroup.chunks.map((key) => measure(key).code).join('\n'), MOCK_MARKERS) : [];
lines.push('');
lines.push('checks');
lines.push(`  entry + board JS ≤ ${formatKb(BUDGET_GZIP_BYTES)} gzip: ${eagerGzip <= BUDGET_GZIP_BYTES ? 'ok' : 'FAILED'}`);
for (const known of budgeted) {
  const group = lazyReport.find((g) => g.kind === known.kind);
  lines.push(
    group
      ? `  ${known.kind} ≤ ${formatKb(known.budget)} gzip (${formatKb(group.gzip)}): ${group.gzip <= known.budget ? 'ok' : 'FAILED'}`
      : `  ${known.kind} ≤ ${formatKb(known.budget)} gzip: FAILED, no lazy chunk for ${known.src} in this build`,
  );
}
lines.push(`  no mock-backend code (${MOCK_MARKERS.join(', ')}) in the first load: ${failures.some((f) => f.includes('mock-backend')) ? 'FAILED' : 'ok'}`);
lines.push(
  mockGroup
    ? `  mock backend in its own lazy chunk (markers found there: ${mockMarkersFound.length}/${MOCK_MARKERS.length}): ok`
    : '  mock backend: not in this build (VITE_API_MOCKING=off?)',
);
lines.push(`  no bench-only instrumentation in the build: ${failures.some((f) => f.includes('bench-only')) ? 'FAILED' : 'ok'}`);
console.log(lines.join('\n'));

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results', 'size.json'),
  `${JSON.stringify(
    {
      budgetGzip: BUDGET_GZIP_BYTES,
      eagerGzip,
      eager: eagerChunks.map(({ file, raw, gzip }) => ({ file, raw, gzip })),
      lazy: lazyReport,
      css,
      failures,
    },
    null,
    2,
  )}\n`,
);

if (failures.length > 0) {
  console.error(`\nsize: ${failures.length} failure(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exitCode = 1;
}

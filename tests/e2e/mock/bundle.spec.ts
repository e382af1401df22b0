import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { MOCK_DIST } from '../../../playwright.config';
import { MOCK_ONLY_MARKERS } from '../../../scripts/size-budget.mjs';

/**
 * Checks the production build that Playwright's webServer has just made (`npx vite build` into MOCK_DIST):
 * the mock backend must stay out of what the first page load runs, in a chunk loaded only when mocking.
 */
const DIST = fileURLToPath(new URL(`../../../${MOCK_DIST}/`, import.meta.url));
const MOCK_MARKERS = ['setupWorker', 'Northwind Payments', 'shortlist.mock-db', 'mulberry'];

function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

function indexHtml(): string {
  expect(existsSync(join(DIST, 'index.html')), `${DIST}index.html exists (run npx vite build)`).toBe(true);
  return readDist('index.html');
}

/** dist-relative paths of the module scripts index.html runs, e.g. "assets/index-abc123.js". */
function entryScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
}

/** The entry plus every chunk it imports statically (and modulepreloads): what the first load executes. */
function eagerChunks(html: string): string[] {
  const seen = new Set<string>();
  const queue = [...entryScripts(html), ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''))];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readDist(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not dynamic import("…").
    for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.\.?\/[^"']+\.js)["']/g)) {
      queue.push(new URL(m[1]!, `file:///${dir}`).pathname.slice(1));
    }
  }
  return [...seen];
}

test('the entry script carries none of the mock backend', () => {
  const html = indexHtml();
  const entries = entryScripts(html);
  expect(entries, 'index.html references one module entry script').toHaveLength(1);
  const entry = readDist(entries[0]!);
  for (const marker of MOCK_MARKERS) {
    expect(entry.includes(marker), `entry ${entries[0]} contains "${marker}"`).toBe(false);
  }
  // Nor does anything the entry pulls in statically.
  for (const chunk of eagerChunks(html)) {
    const code = readDist(chunk);
    for (const marker of MOCK_MARKERS) expect(code.includes(marker), `eagerly loaded ${chunk} contains "${marker}"`).toBe(false);
  }
});

test('the mock backend is built into a separate, lazily loaded chunk', () => {
  const html = indexHtml();
  const eager = new Set(eagerChunks(html));
  const chunks = readdirSync(join(DIST, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  const withMockData = chunks.filter((file) => readDist(file).includes('Northwind Payments'));
  expect(withMockData.length, 'a chunk in the build\'s assets contains the mock seed data').toBeGreaterThan(0);
  for (const file of withMockData) expect(eager.has(file), `${file} is loaded on first paint`).toBe(false);
});

// tests/e2e/server/bundle.spec.ts checks that a build with mocking off has none of these: each must be
// in a mock build, or that check would pass because a marker no longer means anything.
test('every mock-only marker occurs in the mock build, and none of them on first paint', () => {
  const html = indexHtml();
  const eager = new Set(eagerChunks(html));
  const chunks = readdirSync(join(DIST, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file: `assets/${file}`, code: readDist(`assets/${file}`) }));
  for (const marker of MOCK_ONLY_MARKERS) {
    const holders = chunks.filter((chunk) => chunk.code.includes(marker)).map((chunk) => chunk.file);
    expect(holders.length, `a chunk of the mock build contains "${marker}"`).toBeGreaterThan(0);
    for (const file of holders) expect(eager.has(file), `${file} (with "${marker}") is loaded on first paint`).toBe(false);
  }
});

test('index.html sets a Content-Security-Policy that allows only same-origin scripts', () => {
  const html = indexHtml();
  const meta = /<meta\b[^>]*\bhttp-equiv="Content-Security-Policy"[^>]*\bcontent="([^"]*)"/i.exec(html);
  expect(meta, 'a <meta http-equiv="Content-Security-Policy"> in index.html').not.toBeNull();
  const policy = meta![1]!;
  expect(policy).toContain("script-src 'self'");
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).not.toMatch(/'unsafe-(inline|eval)'/);
});

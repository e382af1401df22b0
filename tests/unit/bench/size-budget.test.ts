import { describe, expect, it } from 'vitest';
import {
  BUDGET_GZIP_BYTES,
  checkBudget,
  checkNoMockCode,
  classifyChunks,
  entryKey,
  formatKb,
  INSIGHTS_BUDGET_GZIP_BYTES,
  type Manifest,
  staticClosure,
} from '../../../scripts/size-budget.mjs';

/** The shape `vite build --manifest` writes: the entry, shared chunks, and dynamic imports. */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_react-b.js', '_domain-c.js'],
    dynamicImports: ['mocks/browser.ts', 'src/components/menu/MenuImpl.tsx', 'src/app/routes/RoleRoute.tsx', 'src/app/routes/InsightsRoute.tsx'],
    css: ['assets/index-a.css'],
  },
  '_react-b.js': { file: 'assets/react-b.js' },
  '_domain-c.js': { file: 'assets/domain-c.js', imports: ['_react-b.js'] },
  '_shared-d.js': { file: 'assets/shared-d.js', imports: ['_react-b.js', 'index.html'] },
  'mocks/browser.ts': { file: 'assets/browser-e.js', src: 'mocks/browser.ts', isDynamicEntry: true, imports: ['_domain-c.js'] },
  'src/components/menu/MenuImpl.tsx': {
    file: 'assets/MenuImpl-f.js',
    src: 'src/components/menu/MenuImpl.tsx',
    isDynamicEntry: true,
    imports: ['_shared-d.js', 'index.html'],
  },
  'src/app/routes/RoleRoute.tsx': {
    file: 'assets/RoleRoute-g.js',
    src: 'src/app/routes/RoleRoute.tsx',
    isDynamicEntry: true,
    imports: ['_shared-d.js'],
    dynamicImports: ['node_modules/@atlaskit/pragmatic-drag-and-drop/dist/esm/entry-point/element/adapter.js'],
  },
  'node_modules/@atlaskit/pragmatic-drag-and-drop/dist/esm/entry-point/element/adapter.js': {
    file: 'assets/adapter-h.js',
    isDynamicEntry: true,
  },
  'src/app/routes/InsightsRoute.tsx': {
    file: 'assets/InsightsRoute-i.js',
    src: 'src/app/routes/InsightsRoute.tsx',
    isDynamicEntry: true,
    imports: ['_chart-j.js', '_domain-c.js'],
  },
  '_chart-j.js': { file: 'assets/chart-j.js' },
};

describe('size report: which chunks the first load needs', () => {
  it('finds the one entry', () => {
    expect(entryKey(manifest)).toBe('index.html');
    expect(() => entryKey({ a: { file: 'a.js' } })).toThrow(/one entry/);
  });

  it('follows static imports transitively, once each, but not dynamic ones', () => {
    expect(staticClosure(manifest, 'index.html').sort()).toEqual(['_domain-c.js', '_react-b.js', 'index.html']);
  });

  it('splits eager chunks from lazy groups, each lazy group without the eager chunks', () => {
    const { entry, eager, lazy } = classifyChunks(manifest);
    expect(entry).toBe('index.html');
    expect(eager.sort()).toEqual(['_domain-c.js', '_react-b.js', 'index.html']);
    expect(lazy.map((group) => [group.kind, group.chunks])).toEqual([
      ['mock backend', ['mocks/browser.ts']],
      ['menus (Radix)', ['src/components/menu/MenuImpl.tsx', '_shared-d.js']],
      ['drag and drop', ['node_modules/@atlaskit/pragmatic-drag-and-drop/dist/esm/entry-point/element/adapter.js']],
      ['insights', ['src/app/routes/InsightsRoute.tsx', '_chart-j.js']],
      ['other lazy', ['src/app/routes/RoleRoute.tsx', '_shared-d.js']],
    ]);
  });

  it('gives the insights screen its own budget of 120 kB gzip, and no other group one', () => {
    const { lazy } = classifyChunks(manifest);
    expect(INSIGHTS_BUDGET_GZIP_BYTES).toBe(120_000);
    expect(lazy.filter((group) => group.budget !== undefined).map((group) => [group.kind, group.budget])).toEqual([
      ['insights', 120_000],
    ]);
  });
});

describe('size report: the budget check', () => {
  const chunk = (file: string, gzip: number, code = 'export{}') => ({ file, gzip, code });

  it('passes a build within budget with no mock or bench code on the first load', () => {
    const eager = [chunk('index.js', 100_000), chunk('react.js', 50_000)];
    const result = checkBudget({ eager, all: [...eager, chunk('browser.js', 170_000, 'setupWorker("Northwind Payments")')] });
    expect(result).toEqual({ eagerGzip: BUDGET_GZIP_BYTES, failures: [] });
  });

  it('fails when entry + board JS is over budget', () => {
    const eager = [chunk('index.js', 150_001)];
    const { failures } = checkBudget({ eager, all: eager });
    expect(failures).toEqual(['entry + board JS is 150.0 kB gzip, over the budget of 150.0 kB']);
  });

  it('fails when the first load carries mock-backend code', () => {
    const eager = [chunk('index.js', 1_000, 'const key = "shortlist.mock-db"; setupWorker()')];
    const { failures } = checkBudget({ eager, all: eager });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('index.js (loaded on first paint) contains mock-backend code: "setupWorker", "shortlist.mock-db"');
  });

  it('fails when bench-only instrumentation is in any chunk', () => {
    const all = [chunk('index.js', 1_000), chunk('lazy.js', 1_000, 'performance.measure(`bench:parse ${p}`)')];
    const { failures } = checkBudget({ eager: all.slice(0, 1), all });
    expect(failures).toEqual([expect.stringContaining('lazy.js contains bench-only instrumentation')]);
  });

  it('passes a lazy group at or under its own budget, and ignores groups without one', () => {
    const eager = [chunk('index.js', 1_000)];
    const lazy = [
      { kind: 'insights', gzip: INSIGHTS_BUDGET_GZIP_BYTES, budget: INSIGHTS_BUDGET_GZIP_BYTES },
      { kind: 'mock backend', gzip: 500_000 },
    ];
    expect(checkBudget({ eager, all: eager, lazy }).failures).toEqual([]);
  });

  it('fails when a lazy group is over its own budget', () => {
    const eager = [chunk('index.js', 1_000)];
    const lazy = [{ kind: 'insights', gzip: 120_001, budget: INSIGHTS_BUDGET_GZIP_BYTES }];
    expect(checkBudget({ eager, all: eager, lazy }).failures).toEqual(['the insights chunks are 120.0 kB gzip, over their budget of 120.0 kB']);
  });

  it('formats kilobytes as Vite does (1 kB = 1,000 bytes)', () => {
    expect(formatKb(146_140)).toBe('146.1 kB');
  });
});

describe('size report: a build with mocking off', () => {
  it('passes when no chunk carries mock-only code', () => {
    expect(checkNoMockCode([{ file: 'assets/index.js', code: 'fetch("/api/session")' }])).toEqual([]);
  });

  it('fails on the mock backend in any chunk, lazy or not', () => {
    const failures = checkNoMockCode([
      { file: 'assets/index.js', code: 'export{}' },
      { file: 'assets/browser.js', code: 'setupWorker(); const key = "shortlist.mock-db"' },
    ]);
    expect(failures).toEqual(['assets/browser.js contains mock-only code ("setupWorker", "shortlist.mock-db") in a build with mocking off']);
  });

  it('fails on the developer panel\'s /__mock requests', () => {
    const failures = checkNoMockCode([{ file: 'assets/DevPanel.js', code: 'apiRequest({ path: "/__mock/faults" })' }]);
    expect(failures).toEqual([expect.stringContaining('assets/DevPanel.js contains mock-only code ("/__mock/")')]);
  });
});

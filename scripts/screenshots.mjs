#!/usr/bin/env node
// Screenshots of the main screens at 900, 1280, 1440 and 2560 px in both themes, for looking at (not
// compared by any test): test-results/screenshots/<screen>-<width>-<theme>.png (not committed).
//
//   node scripts/screenshots.mjs [--no-build] [--slot=N] [--widths=900,1280] [--themes=dark] [--screens=board,insights]
//
// Builds the mock app into dist-shot-<slot> and serves it with `vite preview` on port 4500+slot (so it can
// run beside other people's runs), signs in as the hiring manager (who sees every screen below) by the
// sign-in screen's persona button, and follows the system theme, emulated per run (the theme choice
// stays "System").
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const slot = Number(arg('slot', process.env.E2E_SLOT ?? '0'));
const widths = arg('widths', '900,1280,1440,2560').split(',').map(Number);
const themes = arg('themes', 'light,dark').split(',');
const screens = arg('screens', 'sign-in,board,legend,candidate,review,insights,table,palette,role').split(',');
const outDir = join(root, 'test-results', 'screenshots');
const dist = `dist-shot-${slot}`;
const port = 4500 + slot;
const base = `http://127.0.0.1:${port}`;
const PERSONA = 'Marcus Okafor';

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const preview = spawn(process.execPath, [vite, 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
});
const stopPreview = () => preview.kill();
process.on('exit', stopPreview);

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

/** Each screen: how to get there from a signed-in board, and what shows it has loaded. */
const SCREENS = {
  board: async () => {},
  legend: async (page) => {
    await page.getByRole('button', { name: 'Legend' }).click();
    await page.getByRole('dialog', { name: 'Card legend' }).waitFor();
  },
  candidate: async (page) => {
    await page.getByRole('region', { name: 'Onsite', exact: true }).getByRole('article').first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Qualifications' }).first().waitFor();
  },
  review: async (page) => {
    await page.goto(`${base}/review`);
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.locator('.queue-row__link').first().click();
    await page.getByRole('table', { name: 'Ratings by qualification and interview' }).waitFor();
  },
  table: async (page) => {
    await page.goto(`${base}/candidates`);
    const grid = page.getByRole('grid');
    await grid.waitFor();
    // Two rows selected, so the bulk bar shows too.
    await grid.getByRole('checkbox').nth(1).check();
    await grid.getByRole('checkbox').nth(2).check();
    await page.waitForTimeout(300);
  },
  palette: async (page) => {
    await page.getByRole('region', { name: 'Applied', exact: true }).getByRole('article').first().focus();
    await page.waitForTimeout(1700);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
  },
  role: async (page) => {
    await page.goto(`${base}/role`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  },
  insights: async (page) => {
    await page.goto(`${base}/insights`);
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await page.waitForTimeout(300);
  },
};

async function run() {
  await waitForServer();
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const taken = [];
  try {
    for (const theme of themes) {
      for (const width of widths) {
        const context = await browser.newContext({ viewport: { width, height: width >= 2000 ? 1300 : 860 }, colorScheme: theme });
        const page = await context.newPage();
        const shoot = async (name) => {
          const file = join(outDir, `${name}-${width}-${theme}.png`);
          await page.screenshot({ path: file });
          taken.push(file);
        };
        await page.goto(base);
        const persona = page.getByRole('button', { name: `Continue as ${PERSONA}` });
        await persona.waitFor();
        if (screens.includes('sign-in')) await shoot('sign-in');
        await persona.click();
        await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
        await page.getByRole('article').first().waitFor();
        for (const name of screens) {
          if (!(name in SCREENS)) continue;
          await page.goto(base);
          await page.getByRole('article').first().waitFor();
          await SCREENS[name](page);
          await shoot(name);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${taken.length} screenshots in ${outDir}`);
}

run()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopPreview);

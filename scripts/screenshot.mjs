// Takes a screenshot of a running Shortlist as a persona: node scripts/screenshot.mjs <url> <out.png> [persona]
import { chromium } from '@playwright/test';

const [, , url = 'http://127.0.0.1:5173/', out = 'docs/screenshot.png', persona = 'Priya Raman'] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(url);
const signIn = page.getByRole('button', { name: `Continue as ${persona}` });
const board = page.getByRole('region', { name: 'Applied' });
await signIn.or(board).first().waitFor();
if (await signIn.isVisible()) await signIn.click();
await page.getByRole('main').waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);

import { chromium } from '@playwright/test';
const [,, url, out, persona = 'Priya Raman', w = '1440', h = '900'] = process.argv;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push('PAGEERROR ' + e.message));
await page.goto(url);
const btn = page.getByRole('button', { name: `Continue as ${persona}` });
try { await btn.click({ timeout: 4000 }); } catch {}
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
console.log(errors.join('\n'));
await browser.close();

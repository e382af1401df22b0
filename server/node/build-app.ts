/** `npm start` builds the app for the server (mock off) when it is missing or older than its sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', '.env.server'];

export function appIsStale(appDir: string, root = process.cwd()): boolean {
  const built = path.join(appDir, 'index.html');
  if (!existsSync(built)) return true;
  const sourcesChanged = Math.max(...SOURCES.map((s) => newestChange(path.join(root, s))));
  return sourcesChanged > statSync(built).mtimeMs;
}

export function buildApp(appDir: string, log: (line: Record<string, unknown>) => void): void {
  const started = Date.now();
  log({ level: 'info', msg: 'building the app', outDir: appDir });
  const result = spawnSync('npx', ['vite', 'build', '--mode', 'server', '--outDir', appDir, '--emptyOutDir'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('Building the app failed (npx vite build --mode server).');
  log({ level: 'info', msg: 'app built', ms: Date.now() - started });
}

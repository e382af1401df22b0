/**
 * One Shortlist process per data folder: an exclusive lock file holding the owner's pid. A lock left by a
 * process that no longer runs is taken over. (PostgreSQL's own `postmaster.pid` is the backstop: a second
 * server on one cluster refuses to start.)
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A process that exited but was not reaped (its parent died; some container inits never reap) still answers kill(0). */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

export async function claimLock(lockPath: string, shownAs: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await fs.writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await fs.readFile(lockPath, 'utf8').catch(() => '')).trim());
    if (owner === process.pid) throw new Error(`This process already uses ${shownAs}.`);
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new Error(`another Shortlist is using ${shownAs} (pid ${owner})`);
    }
    // Empty: maybe its owner is between creating and writing it. Give it a moment before taking it over.
    if (!(Number.isInteger(owner) && owner > 0) && attempt < 2) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    // Stale (its process is gone, or it was left half-written by a crash): take it over.
    await fs.rm(lockPath, { force: true });
  }
  throw new Error(`Could not lock ${shownAs}: ${lockPath} keeps reappearing.`);
}

export async function releaseLock(lockPath: string): Promise<void> {
  const owner = Number((await fs.readFile(lockPath, 'utf8').catch(() => '')).trim());
  if (owner === process.pid) await fs.rm(lockPath, { force: true });
}

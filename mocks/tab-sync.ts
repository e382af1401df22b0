/**
 * Several tabs of the demo share one saved dataset. When another tab saves, this one reloads it and
 * announces what changed as live-update events, so its screens refresh as they would for a colleague's
 * change on the server.
 */
import type { ChangeEvent } from '../server/core/events';
import type { MemoryDatabase } from '../server/stores/memory/memory-database';
import type { MockBackend } from './backend';
import { type KeyValueStorage, loadDatabase, STORAGE_KEY } from './persistence';

/** What differs between two copies of the same dataset, as the events a server would have sent. */
export function changesBetween(before: MemoryDatabase, after: MemoryDatabase): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  const ids = new Set([...before.changes().candidates, ...after.changes().candidates].map((c) => c.id));
  for (const id of ids) {
    if (before.candidate(id)?.version !== after.candidate(id)?.version) events.push({ type: 'candidate', candidateId: id });
  }
  const scorecards = new Set([...before.changes().scorecards, ...after.changes().scorecards].map((s) => s.interviewId));
  for (const interviewId of scorecards) {
    const [was, is] = [before.scorecardFor(interviewId), after.scorecardFor(interviewId)];
    if (is && was?.version !== is.version) events.push({ type: 'scorecard', candidateId: is.candidateId, interviewId, authorId: is.author.id });
  }
  const count = (db: MemoryDatabase) => {
    const perCandidate = new Map<string, number>();
    for (const entry of db.changes().activity) perCandidate.set(entry.candidateId, (perCandidate.get(entry.candidateId) ?? 0) + 1);
    return perCandidate;
  };
  const [was, is] = [count(before), count(after)];
  for (const [candidateId, n] of is) if (was.get(candidateId) !== n) events.push({ type: 'activity', candidateId });
  return events;
}

/** Follows saves made by other tabs. Returns a function that stops following. */
export function followOtherTabs(backend: MockBackend, storage: KeyValueStorage & Storage, onRecipeChanged: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.storageArea !== storage || event.newValue === null) return;
    const before = backend.db;
    const { db: after } = loadDatabase(storage);
    if (after.options.seed !== before.options.seed || after.options.size !== before.options.size || after.options.now.getTime() !== before.options.now.getTime()) {
      onRecipeChanged();
      return;
    }
    const events = changesBetween(before, after);
    backend.replaceDatabase(after);
    for (const change of events) backend.store.events.publish(change);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

import { describe, expect, it } from 'vitest';
import { loadDatabase, saveDatabase, SCHEMA_VERSION, STORAGE_KEY, type KeyValueStorage } from '../../../mocks/persistence';
import { MemoryDatabase } from '../../../server/stores/memory/memory-database';
import { DEFAULT_SEED, DEFAULT_SIZE } from '../../../server/seed/dataset';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const NOW = new Date('2026-01-15T10:00:00.000Z');

function changedDatabase(): MemoryDatabase {
  const db = new MemoryDatabase({ seed: 11, size: 40, now: NOW });
  db.updateCandidate('c00003', (current) => ({ ...current, stage: 'onsite', headline: 'Edited headline' }));
  db.appendActivity({
    candidateId: 'c00003',
    at: '2026-01-15T11:00:00.000Z',
    actor: { id: 'u-marcus', name: 'Marcus Okafor' },
    type: 'note_added',
    text: 'Strong system design answer.',
  });
  db.sessions.set('hash-1', { idHash: 'hash-1', userId: 'u-marcus', createdAt: '2026-01-15T11:00:00.000Z', lastSeenAt: '2026-01-15T11:00:00.000Z' });
  return db;
}

describe('loadDatabase / saveDatabase', () => {
  it('starts fresh, without a notice, when nothing is saved', () => {
    const { db, notice } = loadDatabase(new MemoryStorage());
    expect(notice).toBeNull();
    expect(db.options.seed).toBe(DEFAULT_SEED);
    expect(db.options.size).toBe(DEFAULT_SIZE);
    expect([...db.allCandidates()]).toHaveLength(DEFAULT_SIZE);
  });

  it('keeps changes, appended activity and the session across a save and load', () => {
    const storage = new MemoryStorage();
    const before = changedDatabase();
    saveDatabase(storage, before);

    const { db, notice } = loadDatabase(storage);
    expect(notice).toBeNull();
    expect(db.options).toEqual(before.options);
    expect(db.signedInUserIds()).toEqual(['u-marcus']);
    expect(db.candidate('c00003')).toEqual(before.candidate('c00003'));
    expect(db.candidate('c00003')).toMatchObject({ stage: 'onsite', headline: 'Edited headline', version: 2 });
    expect(db.activityOf('c00003')).toEqual(before.activityOf('c00003'));
    expect(db.activityOf('c00003').at(-1)).toMatchObject({ type: 'note_added', text: 'Strong system design answer.' });
    // Untouched candidates are regenerated identically from the seed.
    expect([...db.allCandidates()]).toEqual([...before.allCandidates()]);
  });

  it('keeps new activity ids unique after a reload', () => {
    const storage = new MemoryStorage();
    saveDatabase(storage, changedDatabase());
    const { db } = loadDatabase(storage);
    const added = db.appendActivity({ candidateId: 'c00003', at: '2026-01-16T09:00:00.000Z', actor: { id: 'u-priya', name: 'Priya Raman' }, type: 'note_added', text: 'Second note' });
    const ids = db.activityOf('c00003').map((a) => a.id);
    expect(ids.filter((id) => id === added.id)).toHaveLength(1);
  });

  it('survives a second save and load with the changes intact', () => {
    const storage = new MemoryStorage();
    saveDatabase(storage, changedDatabase());
    const first = loadDatabase(storage).db;
    first.updateCandidate('c00003', (current) => ({ ...current, stage: 'offer' }));
    saveDatabase(storage, first);
    const second = loadDatabase(storage).db;
    expect(second.candidate('c00003')).toMatchObject({ stage: 'offer', headline: 'Edited headline', version: 3 });
    expect(second.activityOf('c00003').filter((a) => a.type === 'note_added')).toHaveLength(1);
  });

  it.each([
    ['corrupt JSON', '{"schemaVersion": 1, "seed": '],
    ['a wrong schema version', () => JSON.stringify({ ...savedJson(), schemaVersion: SCHEMA_VERSION + 1 })],
    ['a candidate that breaks the contract', () => {
      const saved = savedJson();
      return JSON.stringify({ ...saved, candidates: [{ ...(saved.candidates as object[])[0], links: [{ label: 'x', url: 'javascript:alert(1)' }] }] });
    }],
  ])('resets %s to fresh data with a notice and removes the saved key', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, typeof raw === 'function' ? raw() : raw);
    const { db, notice } = loadDatabase(storage);
    expect(notice).toEqual(expect.any(String));
    expect(notice).not.toBe('');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(db.signedInUserIds()).toEqual([]);
    expect([...db.allCandidates()]).toHaveLength(DEFAULT_SIZE);
    expect(db.candidate('c00003')?.version).toBe(1);
  });

  it('regenerates when a different size or seed is requested', () => {
    const storage = new MemoryStorage();
    saveDatabase(storage, changedDatabase());

    const resized = loadDatabase(storage, { size: 25 });
    expect(resized.notice).toBeNull();
    expect(resized.db.options).toMatchObject({ seed: 11, size: 25 });
    expect([...resized.db.allCandidates()]).toHaveLength(25);
    expect(resized.db.candidate('c00003')?.headline).not.toBe('Edited headline');

    const reseeded = loadDatabase(storage, { seed: 12 });
    expect(reseeded.db.options).toMatchObject({ seed: 12, size: 40 });
  });

  it('loads the saved changes when the same seed and size are requested', () => {
    const storage = new MemoryStorage();
    saveDatabase(storage, changedDatabase());
    const { db } = loadDatabase(storage, { seed: 11, size: 40 });
    expect(db.candidate('c00003')?.headline).toBe('Edited headline');
  });

  it('does not throw when storage refuses the write (quota)', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => saveDatabase(full, changedDatabase())).not.toThrow();
  });
});

function savedJson(): Record<string, unknown> {
  const storage = new MemoryStorage();
  saveDatabase(storage, changedDatabase());
  return JSON.parse(storage.getItem(STORAGE_KEY)!) as Record<string, unknown>;
}

describe('two tabs saving to one storage', () => {
  it('keeps both tabs’ changes when each saves what it changed, one after the other', () => {
    const storage = new MemoryStorage();
    const first = new MemoryDatabase({ seed: 11, size: 40, now: NOW });
    saveDatabase(storage, first);
    const tabA = loadDatabase(storage).db;
    const tabB = loadDatabase(storage).db;

    tabA.updateCandidate('c00003', (c) => ({ ...c, stage: 'onsite' }));
    tabA.appendActivity({ candidateId: 'c00003', at: '2026-01-15T11:00:00.000Z', actor: { id: 'u-priya', name: 'Priya Raman' }, type: 'note_added', text: 'From tab A' });
    saveDatabase(storage, tabA);
    // Tab B never saw A's save (both wrote at the same moment): its own save must not drop A's work.
    tabB.updateCandidate('c00004', (c) => ({ ...c, headline: 'Edited in tab B' }));
    tabB.appendActivity({ candidateId: 'c00004', at: '2026-01-15T11:00:01.000Z', actor: { id: 'u-priya', name: 'Priya Raman' }, type: 'note_added', text: 'From tab B' });
    saveDatabase(storage, tabB);

    const { db } = loadDatabase(storage);
    expect(db.candidate('c00003')).toMatchObject({ stage: 'onsite', version: 2 });
    expect(db.candidate('c00004')).toMatchObject({ headline: 'Edited in tab B', version: 2 });
    expect(db.activityOf('c00003').map((e) => (e.type === 'note_added' ? e.text : e.type))).toContain('From tab A');
    expect(db.activityOf('c00004').map((e) => (e.type === 'note_added' ? e.text : e.type))).toContain('From tab B');
  });

  it('keeps the newer version when both tabs changed the same candidate', () => {
    const storage = new MemoryStorage();
    saveDatabase(storage, new MemoryDatabase({ seed: 11, size: 40, now: NOW }));
    const tabA = loadDatabase(storage).db;
    const tabB = loadDatabase(storage).db;
    tabA.updateCandidate('c00005', (c) => ({ ...c, headline: 'A once' }));
    tabA.updateCandidate('c00005', (c) => ({ ...c, headline: 'A twice' }));
    saveDatabase(storage, tabA);
    tabB.updateCandidate('c00005', (c) => ({ ...c, headline: 'B once' }));
    saveDatabase(storage, tabB);
    expect(loadDatabase(storage).db.candidate('c00005')).toMatchObject({ headline: 'A twice', version: 3 });
  });

  it('never brings back a session signed out in one tab, and keeps a sign-in made in another', () => {
    const storage = new MemoryStorage();
    const first = new MemoryDatabase({ seed: 11, size: 40, now: NOW });
    const session = (idHash: string, userId: string) => ({ idHash, userId, createdAt: NOW.toISOString(), lastSeenAt: NOW.toISOString() });
    first.sessions.set('hash-priya', session('hash-priya', 'u-priya'));
    saveDatabase(storage, first);
    const tabA = loadDatabase(storage).db;
    const tabB = loadDatabase(storage).db;

    // Tab A signs Priya out; at the same moment tab B (which still has her session) signs Marcus in.
    tabA.sessions.delete('hash-priya');
    saveDatabase(storage, tabA);
    tabB.sessions.delete('hash-priya');
    tabB.sessions.set('hash-marcus', session('hash-marcus', 'u-marcus'));
    saveDatabase(storage, tabB);
    // Tab A saves again, without having seen Marcus's sign-in: it must not drop it either.
    tabA.updateCandidate('c00003', (c) => ({ ...c, headline: 'After sign-out' }));
    saveDatabase(storage, tabA);

    const { db } = loadDatabase(storage);
    expect([...db.sessions.keys()]).toEqual(['hash-marcus']);
  });

  it('drops a session signed out here even when another tab saved after it was created', () => {
    const storage = new MemoryStorage();
    saveDatabase(storage, new MemoryDatabase({ seed: 11, size: 40, now: NOW }));
    const tabA = loadDatabase(storage).db;
    const tabB = loadDatabase(storage).db;
    tabA.sessions.set('hash-priya', { idHash: 'hash-priya', userId: 'u-priya', createdAt: NOW.toISOString(), lastSeenAt: NOW.toISOString() });
    saveDatabase(storage, tabA);
    tabB.updateCandidate('c00004', (c) => ({ ...c, headline: 'Tab B' }));
    saveDatabase(storage, tabB);
    tabA.sessions.delete('hash-priya');
    saveDatabase(storage, tabA);
    expect(loadDatabase(storage).db.sessions.size).toBe(0);
  });
});

import type { ActivityEntry, NewActivityEntry } from '../../../src/domain';
import type { ActivityFact } from '../../core/ports';
import { activityFactOf } from '../../core/visibility';

/**
 * The in-memory store's activity log: append-only, oldest first, indexed by candidate (a list of 10,000
 * reads every candidate's), with each candidate's facts for the board cached until their log grows.
 */
export class MemoryActivityLog {
  private readonly entries: ActivityEntry[];
  private readonly byCandidate = new Map<string, ActivityEntry[]>();
  private readonly facts = new Map<string, ActivityFact>();
  /** The seeded entries come first: what follows them is what changed (and is saved). */
  private readonly seededCount: number;
  private nextId = 1;
  /**
   * Part of every new entry's id: two browser tabs each hold a database and append to one saved log, so
   * their ids must never collide.
   */
  private readonly instanceTag = Math.random().toString(36).slice(2, 8);

  constructor(seeded: readonly ActivityEntry[]) {
    this.entries = [...seeded];
    this.seededCount = this.entries.length;
    for (const entry of this.entries) this.index(entry);
  }

  /** Entries saved earlier, replayed after the seed. */
  restore(saved: readonly ActivityEntry[]): void {
    this.entries.push(...saved);
    for (const entry of saved) this.index(entry);
    this.nextId += saved.length;
  }

  /** What was appended since the seed. */
  added(): ActivityEntry[] {
    return this.entries.slice(this.seededCount);
  }

  append(entry: NewActivityEntry): ActivityEntry {
    const full = { ...entry, id: `act-${this.instanceTag}-${this.nextId++}-${entry.candidateId}` } as ActivityEntry;
    this.entries.push(full);
    this.index(full);
    return full;
  }

  /** Takes back an entry (a unit of work that failed after appending it). */
  remove(entry: ActivityEntry): void {
    const index = this.entries.lastIndexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
    const ofCandidate = this.byCandidate.get(entry.candidateId) ?? [];
    const at = ofCandidate.lastIndexOf(entry);
    if (at >= 0) ofCandidate.splice(at, 1);
    this.facts.delete(entry.candidateId);
  }

  of(candidateId: string): ActivityEntry[] {
    return [...(this.byCandidate.get(candidateId) ?? [])];
  }

  factsOf(candidateId: string): ActivityFact {
    let facts = this.facts.get(candidateId);
    if (!facts) this.facts.set(candidateId, (facts = activityFactOf(this.byCandidate.get(candidateId) ?? [])));
    return facts;
  }

  /** The whole log, oldest first (read-only: insights scan it). */
  all(): readonly ActivityEntry[] {
    return this.entries;
  }

  private index(entry: ActivityEntry): void {
    const ofCandidate = this.byCandidate.get(entry.candidateId);
    if (ofCandidate) ofCandidate.push(entry);
    else this.byCandidate.set(entry.candidateId, [entry]);
    this.facts.delete(entry.candidateId);
  }
}

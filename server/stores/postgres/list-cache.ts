/**
 * The board list, cached per store while the list stamp stays the same. Building it for 10,000
 * candidates moves ~67,000 facts through node-postgres and costs 100+ ms (mostly garbage collection);
 * checking the stamp is one tiny query. Every unit of work that changes a listed table changes the stamp
 * in the same transaction, so a list read after a commit, on any instance, never comes from an older cache.
 */
import type pg from 'pg';
import type { ListRow, ListScope } from '../../core/ports';
import { listCandidates } from './list-candidates';

export class ListCache {
  private cached: { stamp: string; rows: Promise<ListRow[]> } | undefined;

  constructor(private readonly pool: pg.Pool) {}

  async list(scope: ListScope): Promise<ListRow[]> {
    const { rows } = await this.pool.query<{ stamp: string }>('select stamp from list_stamp where id = 1');
    const stamp = rows[0]?.stamp;
    if (stamp === undefined) return listCandidates(this.pool, scope);
    if (this.cached?.stamp !== stamp) {
      // The whole pipeline, whatever the scope: interviewers' lists are cut from it. Parallel misses share it.
      const building = listCandidates(this.pool, { kind: 'all' });
      this.cached = { stamp, rows: building };
      building.catch(() => {
        if (this.cached?.rows === building) this.cached = undefined;
      });
    }
    const all = await this.cached.rows;
    // Rows are shared between callers (read-only, as the core uses them); the array is each caller's own.
    if (scope.kind === 'all') return all.slice();
    return all.filter((row) => row.interviews.some((interview) => interview.interviewerId === scope.userId));
  }
}

import type { CandidateSummary, Stage } from '../../domain';
import { type BoardFilters, candidateMatcher, type Columns, groupIntoColumns } from './board-filters';

/** Columns and what they were computed from, so the next grouping can start from them. */
export interface Grouping {
  items: readonly CandidateSummary[];
  filters: BoardFilters;
  columns: Columns;
}

/** Beyond this many changed candidates, grouping from scratch costs about the same. */
const MAX_PATCHED = 64;

/** The order groupIntoColumns sorts a column by: newest arrival first, then by id. */
function newestFirst(a: CandidateSummary, b: CandidateSummary): number {
  return Date.parse(b.stageEnteredAt) - Date.parse(a.stageEnteredAt) || a.id.localeCompare(b.id);
}

/**
 * The same columns as groupIntoColumns(items, filters), derived from the previous grouping when the
 * filters are the same and only a few summaries were replaced (a move replaces one): each change is
 * taken out of its old column and inserted in order into its new one, instead of filtering and sorting
 * every candidate again. Columns nothing changed in keep their arrays.
 */
export function regroupColumns(previous: Grouping | null, items: readonly CandidateSummary[], filters: BoardFilters): Grouping {
  const fromScratch = (): Grouping => ({ items, filters, columns: groupIntoColumns(items, filters) });
  if (!previous || previous.filters !== filters || previous.items.length !== items.length) return fromScratch();
  if (previous.items === items) return previous;

  const changed: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i] === previous.items[i]) continue;
    changed.push(i);
    if (changed.length > MAX_PATCHED) return fromScratch();
  }

  const matches = candidateMatcher(filters);
  const columns: Columns = { ...previous.columns };
  const copied = new Set<Stage>();
  const editable = (stage: Stage): CandidateSummary[] => {
    if (!copied.has(stage)) {
      columns[stage] = columns[stage].slice();
      copied.add(stage);
    }
    return columns[stage];
  };
  for (const i of changed) {
    const before = previous.items[i]!;
    const after = items[i]!;
    if (matches(before)) {
      const column = editable(before.stage);
      const at = column.indexOf(before);
      if (at === -1) return fromScratch();
      column.splice(at, 1);
    }
    if (matches(after)) {
      const column = editable(after.stage);
      let low = 0;
      let high = column.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (newestFirst(column[middle]!, after) <= 0) low = middle + 1;
        else high = middle;
      }
      column.splice(low, 0, after);
    }
  }
  return { items, filters, columns };
}

let last: Grouping | null = null;

/**
 * Columns for the board, regrouped incrementally from the previous call (memoize-one style: the cache
 * holds only a grouping together with the exact inputs it came from, so any caller gets a correct result).
 */
export function boardColumns(items: readonly CandidateSummary[], filters: BoardFilters): Columns {
  last = regroupColumns(last, items, filters);
  return last.columns;
}

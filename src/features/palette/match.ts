/**
 * The palette's candidate search: a cheap matcher over the board's cached list (10,000 names in a few
 * milliseconds), ranked, and capped before anything renders. Names are folded once per list (lower case,
 * accents removed) and kept for as long as the list object lives.
 */

export interface Named {
  id: string;
  name: string;
}

/** "Zoë  O'Brien" → "zoe o'brien": lower case, accents off, runs of spaces as one. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const folded = new WeakMap<readonly Named[], string[]>();

function foldedNames(items: readonly Named[]): string[] {
  let names = folded.get(items);
  if (!names) {
    names = items.map((item) => ` ${fold(item.name)}`);
    folded.set(items, names);
  }
  return names;
}

/**
 * Rank of one folded name (with a leading space) for the folded query's words, or -1: 0 the name starts
 * with the query, 1 a word starts with it, 2 every word of the query starts a word of the name ("ad lo"
 * finds "Ada Lovelace"), 3 the query is inside the name.
 */
function rank(name: string, query: string, words: readonly string[]): number {
  const at = name.indexOf(query);
  if (at === 1) return 0;
  if (at > 0 && name[at - 1] === ' ') return 1;
  if (words.length > 1 && words.every((word) => name.includes(` ${word}`))) return 2;
  return at > 0 ? 3 : -1;
}

/** The best `limit` matches for `query`, best first (in list order within a rank); none for an empty query. */
export function matchCandidates<T extends Named>(items: readonly T[], query: string, limit: number): T[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(' ');
  const names = foldedNames(items);
  const buckets: T[][] = [[], [], [], []];
  for (let i = 0; i < items.length; i++) {
    const r = rank(names[i]!, q, words);
    if (r < 0 || buckets[r]!.length >= limit) continue;
    buckets[r]!.push(items[i]!);
    // Enough of the best kind: nothing later can rank higher.
    if (r === 0 && buckets[0]!.length >= limit) break;
  }
  return buckets.flat().slice(0, limit);
}

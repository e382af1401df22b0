/**
 * The board's view as pure rules, shared by the board (src/features/pipeline) and the server's CSV export
 * (server/core/export-csv.ts): which candidates match the filters, and in which order a view is sorted.
 */
import { type CandidateSummary, type Source, SourceSchema } from './candidate';
import { type CandidateStatus, CandidateStatusSchema } from './stages';
import { type QualificationId, QUALIFICATION_IDS, QualificationIdSchema } from './qualifications';
import { stageIndex } from './stages';

/**
 * What the board shows, as held in the URL:
 * `?q=go&source=referral,linkedin&met=data,async&minMet=5&missing=security&closed=1&status=rejected`.
 */
export interface BoardFilters {
  query: string;
  sources: Source[];
  /** Only these statuses; when any is chosen it decides alone (`showClosed` no longer applies). */
  statuses: CandidateStatus[];
  /** Candidates must meet every one of these. */
  met: QualificationId[];
  /** Candidates must meet at least this many qualifications (0: no minimum). */
  minMet: number;
  /** Candidates must not (fully) meet this qualification: partly met counts as missing. */
  missing: QualificationId | null;
  /** Include hired, rejected and withdrawn candidates. */
  showClosed: boolean;
}

export const EMPTY_FILTERS: BoardFilters = { query: '', sources: [], statuses: [], met: [], minMet: 0, missing: null, showClosed: false };

/** The highest "meets at least" a link may ask for: every qualification of the role. */
export const MAX_MIN_MET = QUALIFICATION_IDS.length;

function parseQualification(value: string | null): QualificationId | null {
  const parsed = QualificationIdSchema.safeParse(value?.trim());
  return parsed.success ? parsed.data : null;
}

function parseMinMet(value: string | null): number {
  if (value === null || !/^\d{1,2}$/.test(value.trim())) return 0;
  const n = Number(value.trim());
  return n >= 1 && n <= MAX_MIN_MET ? n : 0;
}

function listParam<T>(params: URLSearchParams, name: string, parse: (value: string) => T | null): T[] {
  const values = (params.get(name) ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  const parsed = values.map(parse).filter((v): v is T => v !== null);
  return [...new Set(parsed)];
}

/** Unknown values in a shared link are dropped rather than breaking the board. */
export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  return {
    query: Array.from(params.get('q') ?? '').slice(0, 200).join(''),
    sources: listParam(params, 'source', (v) => (SourceSchema.safeParse(v).success ? (v as Source) : null)),
    statuses: listParam(params, 'status', (v) => (CandidateStatusSchema.safeParse(v).success ? (v as CandidateStatus) : null)),
    met: listParam(params, 'met', (v) => (QualificationIdSchema.safeParse(v).success ? (v as QualificationId) : null)),
    minMet: parseMinMet(params.get('minMet')),
    missing: parseQualification(params.get('missing')),
    showClosed: params.get('closed') === '1',
  };
}

/** Writes filters into existing params, keeping unrelated ones (e.g. the mock's settings). */
export function writeBoardFilters(params: URLSearchParams, filters: BoardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  set('q', filters.query);
  set('source', filters.sources.join(','));
  set('status', filters.statuses.join(','));
  set('met', filters.met.join(','));
  set('minMet', filters.minMet > 0 ? String(filters.minMet) : '');
  set('missing', filters.missing ?? '');
  set('closed', filters.showClosed ? '1' : '');
  return next;
}

export function hasActiveFilters(filters: BoardFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.sources.length > 0 ||
    filters.statuses.length > 0 ||
    filters.met.length > 0 ||
    filters.minMet > 0 ||
    filters.missing !== null ||
    filters.showClosed
  );
}

/** Letters that don't decompose into a base letter plus accent, spelled the way people type them. */
const FOLDED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i' };

function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øłđðþæœßı]/g, (letter) => FOLDED[letter] ?? letter);
}

/**
 * The searchable text of a summary, normalized once per summary object: typing re-filters thousands of
 * candidates per keystroke, and summaries are immutable (a changed candidate is a new object).
 */
const haystacks = new WeakMap<CandidateSummary, string>();
function haystackOf(candidate: CandidateSummary): string {
  let haystack = haystacks.get(candidate);
  if (haystack === undefined) {
    haystack = normalize(`${candidate.name} ${candidate.headline} ${candidate.company}`);
    haystacks.set(candidate, haystack);
  }
  return haystack;
}

/**
 * Builds a predicate once per filter change. Search matches every word against name, title and company,
 * ignoring case and accents ("jose garcia" finds "José García").
 */
export function candidateMatcher(filters: BoardFilters): (candidate: CandidateSummary) => boolean {
  const words = normalize(filters.query).split(/\s+/).filter(Boolean);
  const sources = new Set(filters.sources);
  const statuses = new Set(filters.statuses);
  return (candidate) => {
    if (statuses.size > 0 ? !statuses.has(candidate.status) : !filters.showClosed && candidate.status !== 'active') return false;
    if (sources.size > 0 && !sources.has(candidate.source)) return false;
    for (const id of filters.met) if (!candidate.met.includes(id)) return false;
    if (candidate.met.length < filters.minMet) return false;
    if (filters.missing !== null && candidate.met.includes(filters.missing)) return false;
    if (words.length > 0) {
      const haystack = haystackOf(candidate);
      for (const word of words) if (!haystack.includes(word)) return false;
    }
    return true;
  };
}


/** The keys a view may be sorted by: `?sort=name,-days` (a leading `-` reverses that key). */
export const SORT_KEYS = ['name', 'company', 'title', 'stage', 'status', 'days', 'source', 'met', 'scorecards', 'activity'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortTerm {
  key: SortKey;
  descending: boolean;
}

/** Unknown keys are dropped (like unknown filters), repeated keys count once; at most every key once. */
export function parseSort(value: string | null): SortTerm[] {
  const terms: SortTerm[] = [];
  for (const raw of (value ?? '').split(',').map((v) => v.trim()).filter(Boolean)) {
    const descending = raw.startsWith('-');
    const key = (descending ? raw.slice(1) : raw) as SortKey;
    if (SORT_KEYS.includes(key) && !terms.some((t) => t.key === key)) terms.push({ key, descending });
  }
  return terms;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareKey(key: SortKey, a: CandidateSummary, b: CandidateSummary): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'company':
      return collator.compare(a.company, b.company);
    case 'title':
      return collator.compare(a.headline, b.headline);
    case 'stage':
      return stageIndex(a.stage) - stageIndex(b.stage);
    case 'status':
      return a.status.localeCompare(b.status);
    // More days in stage: entered earlier. Compared as instants, not strings.
    case 'days':
      return Date.parse(b.stageEnteredAt) - Date.parse(a.stageEnteredAt);
    case 'source':
      return a.source.localeCompare(b.source);
    case 'met':
      return a.met.length - b.met.length;
    // Submitted scorecards as the caller sees them (none shown counts as zero).
    case 'scorecards':
      return (a.scorecards?.submitted ?? 0) - (b.scorecards?.submitted ?? 0);
    // Never active first, then oldest to newest.
    case 'activity':
      return compareInstants(a.lastActivityAt, b.lastActivityAt);
  }
}

function compareInstants(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return Date.parse(a) - Date.parse(b);
}

/** A comparator for `terms`, ties broken by id so every backend gives the same order. */
export function candidateComparator(terms: readonly SortTerm[]): (a: CandidateSummary, b: CandidateSummary) => number {
  return (a, b) => {
    for (const { key, descending } of terms) {
      const order = compareKey(key, a, b);
      if (order !== 0) return descending ? -order : order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

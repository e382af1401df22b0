import {
  type CandidateSummary,
  type QualificationId,
  QUALIFICATION_IDS,
  QualificationIdSchema,
  type Source,
  SourceSchema,
  type Stage,
  STAGES,
} from '../../domain';

/**
 * What the board shows, as held in the URL:
 * `?q=go&source=referral,linkedin&met=data,async&minMet=5&missing=security&closed=1`.
 */
export interface BoardFilters {
  query: string;
  sources: Source[];
  /** Candidates must meet every one of these. */
  met: QualificationId[];
  /** Candidates must meet at least this many qualifications (0: no minimum). */
  minMet: number;
  /** Candidates must not (fully) meet this qualification: partly met counts as missing. */
  missing: QualificationId | null;
  /** Include hired, rejected and withdrawn candidates. */
  showClosed: boolean;
}

export const EMPTY_FILTERS: BoardFilters = { query: '', sources: [], met: [], minMet: 0, missing: null, showClosed: false };

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
  return (candidate) => {
    if (!filters.showClosed && candidate.status !== 'active') return false;
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

export type Columns = Record<Stage, CandidateSummary[]>;

/** Groups into the four stages, newest arrivals in a stage first, so a card just moved shows at the top. */
export function groupIntoColumns(candidates: readonly CandidateSummary[], filters: BoardFilters): Columns {
  const matches = candidateMatcher(filters);
  // Timestamps are compared as instants, not strings: "…00Z" and "…00.500Z" are both valid ISO 8601.
  const keyed: Record<Stage, { at: number; candidate: CandidateSummary }[]> = { applied: [], screen: [], onsite: [], offer: [] };
  for (const candidate of candidates) {
    if (matches(candidate)) keyed[candidate.stage].push({ at: Date.parse(candidate.stageEnteredAt), candidate });
  }
  const columns: Columns = { applied: [], screen: [], onsite: [], offer: [] };
  for (const stage of STAGES) {
    keyed[stage].sort((a, b) => b.at - a.at || a.candidate.id.localeCompare(b.candidate.id));
    columns[stage] = keyed[stage].map((entry) => entry.candidate);
  }
  return columns;
}

import { type CandidateSummary, type Stage, STAGES } from '../../domain';
import { type BoardFilters, candidateMatcher } from '../../domain/board-filters';

/** The filter rules live in src/domain (the server's CSV export applies the same ones). */
export {
  type BoardFilters,
  candidateMatcher,
  EMPTY_FILTERS,
  hasActiveFilters,
  MAX_MIN_MET,
  parseBoardFilters,
  writeBoardFilters,
} from '../../domain/board-filters';

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

/**
 * `GET /candidates/export.csv`: the board's current view (its filters and sort, the selection or
 * everything) as CSV, only what the caller may see (visibility.ts): interviewers get only their candidates,
 * no contact details, no tally while blind.
 *
 * RFC 4180, UTF-8 with a byte-order mark, formula injection neutralized: the quoting lives in
 * src/domain/csv.ts, shared with the browser's chart downloads.
 *
 * Streamed as a web-standard ReadableStream, 500 rows per chunk, each chunk serialized by csv-stringify's
 * synchronous API (src/domain/csv.ts): its streaming API is a Node `stream.Transform`, which the
 * in-browser mock may not import, and this way the server and the mock share every line.
 */
import {
  candidateComparator,
  candidateMatcher,
  type CandidateSummary,
  canSeeContactDetails,
  CSV_BOM,
  csvLine,
  csvLines,
  daysInStage,
  parseBoardFilters,
  parseSort,
  QUALIFICATIONS,
  RECOMMENDATION_LABELS,
  type ScorecardTally,
  SOURCE_LABELS,
  STAGE_LABELS,
  STATUS_LABELS,
  type User,
} from '../../src/domain';
import type { CoreDeps } from './context';
import { scopeOf } from './queries';
import { summaryFor } from './visibility';

/** Rows per chunk of the stream: the server never holds the whole file as one string. */
export const EXPORT_CHUNK_ROWS = 500;

const LABEL_OF_QUALIFICATION = new Map(QUALIFICATIONS.map((q) => [q.id, q.label]));

function tallyText(tally: ScorecardTally | null): string {
  if (!tally) return '';
  const parts = (['strong_yes', 'yes', 'no', 'definitely_not'] as const)
    .filter((r) => tally[r] > 0)
    .map((r) => `${tally[r]} ${RECOMMENDATION_LABELS[r].toLowerCase()}`);
  if (tally.none > 0) parts.push(`${tally.none} no recommendation`);
  if (tally.pending > 0) parts.push(`${tally.pending} pending`);
  return parts.join('; ');
}

export interface CsvExport {
  filename: string;
  rows: number;
  stream: ReadableStream<Uint8Array>;
}

export function exportCommands({ store, clock }: CoreDeps) {
  return {
    async candidatesCsv(user: User, query: URLSearchParams): Promise<CsvExport> {
      const now = clock.now();
      const matches = candidateMatcher(parseBoardFilters(query));
      const selection = query.has('ids') ? new Set((query.get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean)) : null;
      const summaries: CandidateSummary[] = [];
      for (const row of await store.listCandidates(scopeOf(user))) {
        if (selection && !selection.has(row.base.id)) continue;
        const summary = summaryFor(user, row);
        if (matches(summary)) summaries.push(summary);
      }
      summaries.sort(candidateComparator(parseSort(query.get('sort'))));

      const contacts = canSeeContactDetails(user.role);
      const header = ['Name', 'Current title', 'Company', 'Stage', 'Status', 'Days in stage', 'Source', 'Qualifications met', 'Which qualifications', 'Scorecards', 'Last activity'];
      if (contacts) header.push('Email', 'Phone');
      const encoder = new TextEncoder();
      let next = 0;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(`${CSV_BOM}${csvLine(header)}`));
        },
        async pull(controller) {
          const chunk = summaries.slice(next, next + EXPORT_CHUNK_ROWS);
          next += chunk.length;
          if (chunk.length === 0) return controller.close();
          // Contact details are not in the list's rows: one read per chunk, and only for who may see them.
          const details = contacts ? await store.contactDetails(chunk.map((c) => c.id)) : new Map<string, { email?: string; phone?: string }>();
          const rows: (string | number)[][] = [];
          for (const c of chunk) {
            const cells: (string | number)[] = [
              c.name,
              c.headline,
              c.company,
              STAGE_LABELS[c.stage],
              STATUS_LABELS[c.status],
              daysInStage(c.stageEnteredAt, now),
              SOURCE_LABELS[c.source],
              c.met.length,
              c.met.map((id) => LABEL_OF_QUALIFICATION.get(id) ?? id).join('; '),
              tallyText(c.scorecards),
              // ISO 8601 in UTC, as the API gives it: spreadsheets read it, and it sorts as text.
              c.lastActivityAt ?? '',
            ];
            if (contacts) cells.push(details.get(c.id)?.email ?? '', details.get(c.id)?.phone ?? '');
            rows.push(cells);
          }
          controller.enqueue(encoder.encode(csvLines(rows)));
        },
      });
      return { filename: `shortlist-candidates-${now.toISOString().slice(0, 10)}.csv`, rows: summaries.length, stream };
    },
  };
}

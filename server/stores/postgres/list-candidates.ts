/**
 * The board list: every candidate in scope with what review state and last activity are computed from. It
 * must stay fast at 10,000 candidates (≈ 30,000 interviews, 27,000 scorecards), so it is hand-written:
 * - four queries in parallel on the pool, rows as arrays;
 * - `met`/`partial` from their columns, not from the assessments document;
 * - interviews and scorecards packed into one string per candidate by PostgreSQL (fields split by
 *   U+001F, items by U+001E: ids and enum values cannot hold control characters), so node-postgres parses
 *   10,000 rows instead of 67,000;
 * - timestamps as PostgreSQL's plain text in UTC, turned into ISO 8601 by string slicing (to_char costs
 *   more in PostgreSQL, `new Date(…).toISOString()` more in node).
 */
import type pg from 'pg';
import type { QualificationId } from '../../../src/domain';
import type { ActivityFact, InterviewFact, ListRow, ListScope, ScorecardFact } from '../../core/ports';

const FIELD = '\u001f';
const ITEM = '\u001e';
// `YYYY-MM-DD HH:MM:SS[.ffffff]` in the default DateStyle (ISO), which node-postgres relies on as well.
const utcText = (column: string) => `(${column} at time zone 'UTC')::text`;

/** `2026-02-14 11:21:20.93` → `2026-02-14T11:21:20.930Z`, exactly what `Date#toISOString()` gives. */
export function isoFromUtcText(text: string): string {
  if (text.length < 19 || text[10] !== ' ') return new Date(`${text}Z`).toISOString();
  const fraction = text.length > 20 ? `${text.slice(20, 23)}00`.slice(0, 3) : '000';
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction}Z`;
}

function scoped(scope: ListScope, column: string): { where: string; values: string[] } {
  if (scope.kind === 'all') return { where: '', values: [] };
  return { where: `where ${column} in (select candidate_id from interviews where interviewer_id = $1)`, values: [scope.userId] };
}

type CandidateTuple = [string, number, string, string, string, string, string, string, string, string, string];
type PackedTuple = [candidateId: string, packed: string];
type ActivityTuple = [candidateId: string, lastAt: string, lastOpenAt: string | null];

const NO_ACTIVITY: ActivityFact = { lastAt: null, lastOpenAt: null };

/**
 * Every row of the result survives until the response is sent, so each object allocated here is copied
 * by the garbage collector: values with few distinct forms (stages, user ids, met/partial lists) are
 * shared instead of allocated once per row.
 */
class Interner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, QualificationId[]>();

  string(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  ids(list: string): QualificationId[] {
    let known = this.lists.get(list);
    if (!known) this.lists.set(list, (known = list === '' ? [] : (list.split(',') as QualificationId[])));
    return known;
  }
}

function unpack<T>(rows: readonly PackedTuple[], item: (fields: string[]) => T): Map<string, T[]> {
  const byCandidate = new Map<string, T[]>();
  for (const [candidateId, packed] of rows) byCandidate.set(candidateId, packed.split(ITEM).map((text) => item(text.split(FIELD))));
  return byCandidate;
}

export async function listCandidates(client: pg.Pool | pg.PoolClient, scope: ListScope): Promise<ListRow[]> {
  const candidateScope = scoped(scope, 'c.id');
  const factScope = scoped(scope, 'candidate_id');
  const [candidateRows, interviewRows, scorecardRows, activityRows] = await Promise.all([
    client.query<CandidateTuple>({
      text: `select c.id, c.version, c.name, c.headline, c.company, c.source, c.stage, c.status,
               ${utcText('c.stage_entered_at')}, array_to_string(c.met, ','), array_to_string(c.partial, ',')
             from candidates c ${candidateScope.where} order by c.id`,
      values: candidateScope.values,
      rowMode: 'array',
    }),
    client.query<PackedTuple>({
      text: `select candidate_id, string_agg(id || E'\\x1f' || stage || E'\\x1f' || interviewer_id, E'\\x1e' order by seq)
             from interviews ${factScope.where} group by candidate_id`,
      values: factScope.values,
      rowMode: 'array',
    }),
    client.query<PackedTuple>({
      text: `select candidate_id, string_agg(interview_id || E'\\x1f' || status || E'\\x1f' || coalesce(recommendation, '')
               || E'\\x1f' || coalesce(${utcText('submitted_at')}, ''), E'\\x1e')
             from scorecards ${factScope.where} group by candidate_id`,
      values: factScope.values,
      rowMode: 'array',
    }),
    // The two facts of visibility.ts: the newest entry, and the newest that is neither a note nor a submission.
    client.query<ActivityTuple>({
      text: `select candidate_id, ${utcText('max(at)')},
               ${utcText(`max(at) filter (where kind not in ('note_added', 'scorecard_submitted'))`)}
             from activity ${factScope.where} group by candidate_id`,
      values: factScope.values,
      rowMode: 'array',
    }),
  ]);

  const shared = new Interner();
  const interviewsOf = unpack<InterviewFact>(interviewRows.rows, ([id = '', stage = '', interviewerId = '']) => ({
    id,
    stage: shared.string(stage) as InterviewFact['stage'],
    interviewerId: shared.string(interviewerId),
  }));
  const scorecardsOf = unpack<ScorecardFact>(scorecardRows.rows, ([interviewId = '', status = '', recommendation, submittedAt]) => ({
    interviewId,
    status: shared.string(status) as ScorecardFact['status'],
    recommendation: recommendation ? (shared.string(recommendation) as ScorecardFact['recommendation']) : null,
    submittedAt: submittedAt ? isoFromUtcText(submittedAt) : null,
  }));
  const activityOf = new Map<string, ActivityFact>();
  for (const [candidateId, lastAt, lastOpenAt] of activityRows.rows) {
    activityOf.set(candidateId, { lastAt: isoFromUtcText(lastAt), lastOpenAt: lastOpenAt === null ? null : isoFromUtcText(lastOpenAt) });
  }

  return candidateRows.rows.map(([id, version, name, headline, company, source, stage, status, stageEnteredAt, met, partial]) => {
    const interviews = interviewsOf.get(id) ?? [];
    const scorecards = scorecardsOf.get(id) ?? [];
    // In the order of the interviews, as the candidate's page lists them.
    if (scorecards.length > 1) scorecards.sort((a, b) => position(interviews, a.interviewId) - position(interviews, b.interviewId));
    return {
      base: {
        id,
        version,
        name,
        headline,
        company,
        source: shared.string(source) as ListRow['base']['source'],
        stage: shared.string(stage) as ListRow['base']['stage'],
        status: shared.string(status) as ListRow['base']['status'],
        stageEnteredAt: isoFromUtcText(stageEnteredAt),
        met: shared.ids(met),
        partial: shared.ids(partial),
      },
      interviews,
      scorecards,
      activity: activityOf.get(id) ?? NO_ACTIVITY,
    };
  });
}

function position(interviews: readonly InterviewFact[], interviewId: string): number {
  return interviews.findIndex((interview) => interview.id === interviewId);
}

import {
  type CandidateScorecards,
  INTERVIEW_KINDS,
  type Interview,
  QUALIFICATION_IDS,
  type QualificationId,
  type Rating,
  type Recommendation,
  RECOMMENDATION_LABELS,
  type Scorecard,
  type ScorecardTally,
  STAGES,
  STAGE_LABELS,
  INTERVIEW_KIND_LABELS,
  type Candidate,
} from '../../domain';

/** One column of the review matrix: a submitted scorecard and its interview. */
export interface MatrixColumn {
  interview: Interview;
  scorecard: Scorecard;
}

/** Submitted scorecards joined to their interviews, screen before onsite, each stage in plan order. */
export function matrixColumns(data: Pick<CandidateScorecards, 'interviews' | 'scorecards'>): MatrixColumn[] {
  const submitted = new Map(data.scorecards.filter((s) => s.status === 'submitted').map((s) => [s.interviewId, s]));
  return data.interviews
    .filter((interview) => submitted.has(interview.id))
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || INTERVIEW_KINDS.indexOf(a.kind) - INTERVIEW_KINDS.indexOf(b.kind))
    .map((interview) => ({ interview, scorecard: submitted.get(interview.id)! }));
}

/** Interviews planned for this candidate whose scorecard is not in (yet). */
/**
 * Why a candidate is not waiting for a decision (the queue's rule: active in Onsite, every onsite scorecard
 * in), one sentence each; empty when they are.
 */
export function advanceGaps(candidate: Pick<Candidate, 'stage'>, data: Pick<CandidateScorecards, 'interviews' | 'scorecards'>): string[] {
  const onsite = data.interviews.filter((i) => i.stage === 'onsite');
  const missing = pendingInterviews({ ...data, interviews: onsite });
  return [
    ...(candidate.stage === 'onsite' ? [] : [`They are in ${STAGE_LABELS[candidate.stage]}, not Onsite.`]),
    ...(onsite.length === 0 ? ['No onsite interview is planned.'] : []),
    ...missing.map((i) => `${i.interviewerName}’s ${INTERVIEW_KIND_LABELS[i.kind]} scorecard is not in.`),
  ];
}

export function pendingInterviews(data: Pick<CandidateScorecards, 'interviews' | 'scorecards'>): Interview[] {
  const submitted = new Set(data.scorecards.filter((s) => s.status === 'submitted').map((s) => s.interviewId));
  return data.interviews.filter((i) => !submitted.has(i.id));
}

const POSITIVE = new Set<Rating | Recommendation>(['yes', 'strong_yes']);
const NEGATIVE = new Set<Rating | Recommendation>(['no', 'definitely_not']);

export type Verdict = 'none' | 'single' | 'agree' | 'leaning' | 'split';

export interface QualificationAgreement {
  id: QualificationId;
  /** Rated cells, in column order. */
  ratings: { column: number; rating: Rating }[];
  positive: number;
  negative: number;
  mixed: number;
  verdict: Verdict;
  /** Which way the ratings go when they agree or lean: positive, negative or mixed. */
  direction: 'positive' | 'negative' | 'mixed' | null;
  /** For people: "Agree: yes", "Split: 2 yes, 1 no", "Not assessed". */
  label: string;
}

function directionLabel(direction: 'positive' | 'negative' | 'mixed'): string {
  return direction === 'positive' ? 'yes' : direction === 'negative' ? 'no' : 'mixed';
}

/** Per qualification, in the role's order: do the interviewers who rated it agree? */
export function qualificationAgreement(columns: readonly MatrixColumn[]): QualificationAgreement[] {
  return QUALIFICATION_IDS.map((id) => {
    const ratings = columns.flatMap(({ scorecard }, column) => {
      const rating = scorecard.ratings[id];
      return rating ? [{ column, rating }] : [];
    });
    const positive = ratings.filter((r) => POSITIVE.has(r.rating)).length;
    const negative = ratings.filter((r) => NEGATIVE.has(r.rating)).length;
    const mixed = ratings.length - positive - negative;
    const counts = `${positive} yes, ${negative} no${mixed ? `, ${mixed} mixed` : ''}`;
    if (ratings.length === 0) return { id, ratings, positive, negative, mixed, verdict: 'none', direction: null, label: 'Not assessed' };
    const only = positive === ratings.length ? 'positive' : negative === ratings.length ? 'negative' : mixed === ratings.length ? 'mixed' : null;
    if (ratings.length === 1) {
      return { id, ratings, positive, negative, mixed, verdict: 'single', direction: only, label: `One rating: ${directionLabel(only ?? 'mixed')}` };
    }
    if (only) return { id, ratings, positive, negative, mixed, verdict: 'agree', direction: only, label: `Agree: ${directionLabel(only)}` };
    if (positive > 0 && negative > 0) return { id, ratings, positive, negative, mixed, verdict: 'split', direction: null, label: `Split: ${counts}` };
    const direction = positive > 0 ? 'positive' : 'negative';
    return { id, ratings, positive, negative, mixed, verdict: 'leaning', direction, label: `Mostly ${directionLabel(direction)}: ${counts}` };
  });
}

export interface OverallAgreement {
  total: number;
  hire: number;
  /** Those on the minority side (or, on a tie, those not recommending), named with their recommendation. */
  dissent: { name: string; recommendation: Recommendation | null }[];
  /** "4 of 5 recommend hiring; Dana Whitfield: No". */
  sentence: string;
}

function recommendationWord(recommendation: Recommendation | null): string {
  return recommendation ? RECOMMENDATION_LABELS[recommendation] : 'No decision';
}

/**
 * Each person once, with their recommendations: someone who held two interviews is one voice with two
 * answers ("Mei Lin: Yes in both interviews", "Mei Lin: Yes, No"), not a name said twice.
 */
function namedOnce(columns: readonly MatrixColumn[]): string {
  const byPerson = new Map<string, { name: string; words: string[] }>();
  for (const { scorecard } of columns) {
    const person = byPerson.get(scorecard.author.id) ?? { name: scorecard.author.name, words: [] };
    person.words.push(recommendationWord(scorecard.recommendation));
    byPerson.set(scorecard.author.id, person);
  }
  return [...byPerson.values()]
    .map(({ name, words }) => {
      const same = words.every((w) => w === words[0]);
      const said = words.length === 1 ? words[0] : same ? `${words[0]} in ${words.length === 2 ? 'both' : `all ${words.length}`} interviews` : words.join(', ');
      return `${name}: ${said}`;
    })
    .join(', ');
}

/** The overall recommendations, summed up the way a hiring manager reads them. */
export function overallAgreement(columns: readonly MatrixColumn[]): OverallAgreement {
  const total = columns.length;
  const hireSide = columns.filter(({ scorecard }) => scorecard.recommendation !== null && POSITIVE.has(scorecard.recommendation));
  const otherSide = columns.filter((c) => !hireSide.includes(c));
  const hire = hireSide.length;
  if (total === 0) return { total, hire, dissent: [], sentence: 'No submitted scorecards yet' };
  const minority = hire * 2 >= total ? otherSide : hireSide;
  const dissent = minority.map(({ scorecard }) => ({ name: scorecard.author.name, recommendation: scorecard.recommendation }));
  const head = hire === total ? `All ${total} recommend hiring` : hire === 0 ? `None of ${total} recommend hiring` : `${hire} of ${total} recommend hiring`;
  const tail = dissent.length > 0 && dissent.length < total ? `; ${namedOnce(minority)}` : '';
  return { total, hire, dissent, sentence: `${head}${tail}` };
}

/** Qualifications anyone rated No or Definitely not: pre-checked as unmet when rejecting. */
export function concernQualifications(columns: readonly MatrixColumn[]): QualificationId[] {
  return QUALIFICATION_IDS.filter((id) => columns.some(({ scorecard }) => {
    const rating = scorecard.ratings[id];
    return rating !== undefined && NEGATIVE.has(rating);
  }));
}

/** "5 of 7 recommend hiring" from the queue's tally. */
export function tallySentence(tally: ScorecardTally): string {
  const hire = tally.yes + tally.strong_yes;
  return `${hire} of ${tally.submitted} recommend hiring`;
}

/** The neighbours of a candidate in the queue (for J/K, and where to go after a decision). */
export function queueNeighbours(ids: readonly string[], current: string): { index: number; previous: string | null; next: string | null } {
  const index = ids.indexOf(current);
  if (index === -1) return { index, previous: ids[ids.length - 1] ?? null, next: ids[0] ?? null };
  return { index, previous: ids[index - 1] ?? null, next: ids[index + 1] ?? null };
}

/** Where to go once a candidate has been decided: the next one waiting, else the one before, else the queue. */
export function afterDecision(ids: readonly string[], decided: string): string | null {
  const { index, previous, next } = queueNeighbours(ids, decided);
  if (index === -1) return ids[0] ?? null;
  return next ?? previous;
}

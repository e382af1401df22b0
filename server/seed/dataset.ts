import {
  type ActivityEntry,
  type Actor,
  type Assessment,
  type AssessmentStatus,
  type Assessments,
  type Candidate,
  type Interview,
  type InterviewKind,
  type Rating,
  type Recommendation,
  type Scorecard,
  type QualificationId,
  QUALIFICATION_IDS,
  REJECTION_REASONS,
  type Role,
  type Source,
  type Stage,
  STAGES,
  type User,
  stageIndex,
  WITHDRAWAL_REASONS,
} from '../../src/domain';
import { createRandom, type Random } from './prng';
import {
  BROKERS, CLOUDS, COMPANIES, DATASTORES, FIRST_NAMES, HEADLINES, LANGUAGES, LAST_NAMES, LOCATIONS,
  SEEDED_ROLE, SEEDED_USERS,
} from './seed-data';

// The seed uses the API's own reason lists (not "Other", which needs a note).
const SEED_REJECTION_REASONS = REJECTION_REASONS.filter((r) => r !== 'Other');
const SEED_WITHDRAWAL_REASONS = WITHDRAWAL_REASONS.filter((r) => r !== 'Other');

export const DEFAULT_SEED = 20_261_123;
export const DEFAULT_SIZE = 60;

export interface Dataset {
  role: Role;
  users: User[];
  candidates: Candidate[];
  interviews: Interview[];
  scorecards: Scorecard[];
  activity: ActivityEntry[];
}

export interface DatasetOptions {
  seed: number;
  size: number;
  /** The moment the data is generated "as of": dates are laid out backwards from it. */
  now: Date;
}

const DAY_MS = 86_400_000;

const INTERVIEW_PLAN: Record<'screen' | 'onsite', readonly (readonly [InterviewKind, readonly QualificationId[]])[]> = {
  screen: [
    ['recruiter_screen', ['communication', 'autonomy', 'experience']],
    ['technical_screen', ['language', 'distributed-systems', 'data']],
  ],
  onsite: [
    ['coding', ['language', 'async']],
    ['system_design', ['distributed-systems', 'async', 'data']],
    ['data_reliability', ['data', 'security']],
    ['values', ['communication', 'autonomy']],
    ['hiring_manager', ['experience', 'security', 'communication']],
  ],
};

const SOURCE_WEIGHTS: readonly (readonly [Source, number])[] = [
  ['linkedin', 30], ['careers_site', 25], ['referral', 18], ['sourced', 15], ['agency', 7], ['conference', 5],
];
const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['applied', 38], ['screen', 27], ['onsite', 22], ['offer', 13],
];

function actorOf(user: User): Actor {
  return { id: user.id, name: user.name };
}

function userById(id: string): User {
  const user = SEEDED_USERS.find((u) => u.id === id);
  if (!user) throw new Error(`No seeded user ${id}`);
  return user;
}

const recruiter = actorOf(userById('u-priya'));
const hiringManager = actorOf(userById('u-marcus'));
const INTERVIEWER_POOL = SEEDED_USERS.filter((u) => u.role === 'interviewer');

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Profile {
  years: number;
  language: readonly [string, 'met' | 'partial'];
  company: string;
  datastore: string;
  broker: string;
  cloud: string;
  strength: number;
}

/** Evidence in a recruiter's voice, specific to the candidate's background. */
function evidenceFor(id: QualificationId, status: AssessmentStatus, p: Profile): string {
  if (status === 'unknown') return '';
  const lang = p.language[0];
  const text: Record<QualificationId, Record<Exclude<AssessmentStatus, 'unknown'>, string>> = {
    experience: {
      met: `${p.years} years building backend services, most recently at ${p.company} through a period of rapid growth.`,
      partial: `${p.years} years in total, but only part of it on backend systems at scale.`,
      not_met: `${p.years} years of experience, mostly on internal tools; below the senior bar.`,
    },
    language: {
      met: `Primary language is ${lang}; code sample was idiomatic and well tested.`,
      partial: `Strong in ${lang}; no production work yet in Go, Java or Ruby.`,
      not_met: `Mostly scripting in ${lang}; little evidence of production backend code.`,
    },
    'distributed-systems': {
      met: `Split a monolith into services on ${p.cloud} at ${p.company}; owned on-call for them.`,
      partial: `Has worked inside a microservice estate on ${p.cloud} but did not design one.`,
      not_met: 'Experience limited to a single-service deployment.',
    },
    data: {
      met: `Designed ${p.datastore} schemas for a high-write ledger and explained isolation levels clearly.`,
      partial: `Comfortable with ${p.datastore} queries; thinner on consistency trade-offs.`,
      not_met: 'Could not explain when to prefer strong over eventual consistency.',
    },
    async: {
      met: `Built idempotent consumers on ${p.broker} with retries and dead-letter handling.`,
      partial: `Has used ${p.broker} and a cache, but through a platform team's abstractions.`,
      not_met: 'No hands-on work with queues or caching layers.',
    },
    security: {
      met: 'Led PCI scope reduction and tokenization of card data; thinks in threat models.',
      partial: 'Aware of encryption and access control basics; no payments-specific work.',
      not_met: 'Security treated as another team\u2019s job.',
    },
    communication: {
      met: 'Writes design docs others reuse; explained a trade-off crisply to a non-engineer.',
      partial: 'Clear with engineers; answers to non-technical questions wandered.',
      not_met: 'Hard to follow on the phone screen; answers lacked structure.',
    },
    autonomy: {
      met: 'Has worked fully remote for years across time zones; drove an ambiguous project end to end.',
      partial: 'Some remote experience; prefers well-specified work.',
      not_met: 'Looking for a structured, office-based team.',
    },
  };
  return text[id][status];
}

function assessmentStatus(id: QualificationId, p: Profile, stage: Stage, random: Random): AssessmentStatus {
  if (id === 'experience') return p.years >= 5 ? 'met' : p.years === 4 ? 'partial' : 'not_met';
  if (id === 'language') return p.language[1];
  // Early in the process most qualifications are still unknown; later, interviews have shown them.
  const knownChance = [0.3, 0.65, 0.95, 1][stageIndex(stage)] ?? 1;
  if (!random.chance(knownChance)) return 'unknown';
  const roll = random.next() * 0.6 + p.strength * 0.6;
  return roll > 0.75 ? 'met' : roll > 0.5 ? 'partial' : 'not_met';
}

function buildAssessments(p: Profile, stage: Stage, appliedAt: number, now: number, random: Random): Assessments {
  const entries = QUALIFICATION_IDS.map((id): [QualificationId, Assessment] => {
    const status = assessmentStatus(id, p, stage, random);
    if (status === 'unknown') return [id, { status, evidence: '', updatedBy: null, updatedAt: null }];
    const at = appliedAt + random.next() * (now - appliedAt);
    return [
      id,
      {
        status,
        evidence: evidenceFor(id, status, p),
        updatedBy: stageIndex(stage) >= 2 && random.chance(0.4) ? hiringManager : recruiter,
        updatedAt: new Date(at).toISOString(),
      },
    ];
  });
  return Object.fromEntries(entries) as Assessments;
}

const RATING_SCORE: Record<Rating, number> = { definitely_not: -2, no: -1, mixed: 0, yes: 1, strong_yes: 2 };

function ratingFor(status: AssessmentStatus, strength: number, random: Random): Rating {
  const base = { met: 1.4, partial: 0.1, not_met: -1.3, unknown: strength * 2.4 - 1 }[status];
  const score = Math.round(base + (random.next() - 0.5) * 1.2);
  return (['definitely_not', 'no', 'mixed', 'yes', 'strong_yes'] as const)[Math.max(0, Math.min(4, score + 2))]!;
}

function recommendationFor(ratings: Rating[]): Recommendation {
  const mean = ratings.reduce((sum, r) => sum + RATING_SCORE[r], 0) / Math.max(1, ratings.length);
  return mean >= 1.3 ? 'strong_yes' : mean >= 0.35 ? 'yes' : mean >= -0.7 ? 'no' : 'definitely_not';
}

const TAKEAWAYS: Record<InterviewKind, readonly [positive: string, negative: string]> = {
  recruiter_screen: [
    'Clear, motivated story about moving toward payments infrastructure; comfortable with fully remote work.',
    'Motivation for the role was vague and the answers stayed at a high level.',
  ],
  technical_screen: [
    'Talked through a production incident in depth; good instincts on retries and timeouts.',
    'Struggled to go below the surface on how their services handle failure.',
  ],
  coding: [
    'Clean, well-tested solution; handled the idempotency follow-up without prompting.',
    'Got to a working solution late, with little testing and some tangled control flow.',
  ],
  system_design: [
    'Designed a ledger service with sensible partitioning and a clear story for exactly-once processing.',
    'Design stayed monolithic; consistency and failure modes were not addressed.',
  ],
  data_reliability: [
    'Strong on isolation levels and on reconciling double-entry records after a partial failure.',
    'Unsure how to keep balances consistent across a queue and a database.',
  ],
  values: [
    'Writes things down, disagrees openly and kindly, and has mentored others through ambiguity.',
    'Examples of collaboration were thin; prefers to work alone on well-defined tasks.',
  ],
  hiring_manager: [
    'Would raise the bar on the team; ready to lead a project in the first quarter.',
    'Not yet at the senior bar for scope and ownership.',
  ],
};

/** What an interviewer tells only the hiring team (never other interviewers). */
const PRIVATE_NOTES: Record<InterviewKind, string> = {
  recruiter_screen: 'Salary expectations sit at the top of the band; flag it before any offer.',
  technical_screen: 'Would like a second opinion on the depth here.',
  coding: 'Needed one hint on the retry edge case; otherwise fully independent.',
  system_design: 'Strong on partitioning; probe failure handling harder in the next round.',
  data_reliability: 'Hesitated on isolation levels at first, then recovered well.',
  values: 'Mentioned friction with a previous manager twice; worth a reference check.',
  hiring_manager: 'Compare with the other finalist before deciding.',
};

/**
 * Scorecards for a candidate's interviews: stages already passed have every scorecard in; the current
 * stage has a mix of submitted, draft and missing ones (some onsite candidates are complete: they need
 * a decision).
 */
function scorecardsFor(
  candidate: Candidate,
  candidateInterviews: readonly Interview[],
  profile: Profile,
  stepTimes: readonly number[],
  nowMs: number,
  random: Random,
): Scorecard[] {
  const complete = candidate.stage === 'onsite' && random.chance(0.45);
  const result: Scorecard[] = [];
  for (const interview of candidateInterviews) {
    const stagePassed = stageIndex(interview.stage) < stageIndex(candidate.stage);
    const roll = random.next();
    const progress: 'missing' | 'draft' | 'submitted' =
      stagePassed || complete || candidate.status !== 'active' ? 'submitted' : roll < 0.45 ? 'submitted' : roll < 0.7 ? 'draft' : 'missing';
    if (progress === 'missing') continue;
    const heldAt = stepTimes[stageIndex(interview.stage)]!;
    const nextStepAt = stepTimes[stageIndex(interview.stage) + 1] ?? nowMs;
    const writtenAt = heldAt + (nextStepAt - heldAt) * (0.2 + random.next() * 0.6);
    const allRatings = interview.focus.map((q) => [q, ratingFor(candidate.assessments[q].status, profile.strength, random)] as const);
    const ratings = progress === 'submitted' ? allRatings : allRatings.slice(0, random.int(0, allRatings.length));
    const recommendation = recommendationFor(allRatings.map(([, r]) => r));
    const [positive, negative] = TAKEAWAYS[interview.kind];
    const takeaways = recommendation === 'yes' || recommendation === 'strong_yes' ? positive : negative;
    result.push({
      id: `${interview.id}-sc`,
      interviewId: interview.id,
      candidateId: candidate.id,
      author: { id: interview.interviewerId, name: interview.interviewerName },
      version: 1,
      status: progress,
      ratings: Object.fromEntries(ratings),
      recommendation: progress === 'submitted' ? recommendation : random.chance(0.5) ? recommendation : null,
      takeaways: progress === 'submitted' ? takeaways : random.chance(0.5) ? takeaways.split(';')[0]! : '',
      // Every submitted scorecard has private notes, so blind review's blanking of them is visible (and
      // testable); drafts sometimes. The draw comes first either way: the PRNG stream stays as it was.
      privateNotes: random.chance(0.3) || progress === 'submitted' ? PRIVATE_NOTES[interview.kind] : '',
      updatedAt: new Date(writtenAt).toISOString(),
      submittedAt: progress === 'submitted' ? new Date(writtenAt).toISOString() : null,
    });
  }
  return result;
}

function interviewsFor(candidateId: string, stage: Stage, random: Random): Interview[] {
  const stagesWithInterviews = STAGES.slice(1, stageIndex(stage) + 1).filter(
    (s): s is 'screen' | 'onsite' => s === 'screen' || s === 'onsite',
  );
  return stagesWithInterviews.flatMap((s) =>
    INTERVIEW_PLAN[s].map(([kind, focus]) => {
      const interviewer =
        kind === 'recruiter_screen' ? recruiter : kind === 'hiring_manager' ? hiringManager : actorOf(random.pick(INTERVIEWER_POOL));
      return { id: `${candidateId}-${kind}`, candidateId, stage: s, kind, interviewerId: interviewer.id, interviewerName: interviewer.name, focus: [...focus] };
    }),
  );
}

/**
 * A deterministic dataset: the same seed, size and `now` always give the same candidates, interviews,
 * assessments and activity. Each candidate draws from its own PRNG stream, so candidate #7 is the same
 * person whatever the size.
 */
export function generateDataset({ seed, size, now }: DatasetOptions): Dataset {
  const nowMs = now.getTime();
  const candidates: Candidate[] = [];
  const interviews: Interview[] = [];
  const scorecards: Scorecard[] = [];
  const activity: ActivityEntry[] = [];

  for (let index = 0; index < size; index += 1) {
    const random = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
    const id = `c${String(index + 1).padStart(5, '0')}`;
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const stage = random.weighted(STAGE_WEIGHTS);
    const stageAt = stageIndex(stage);
    const profile: Profile = {
      years: Math.min(18, random.int(3, 8) + random.int(0, 8) * (random.chance(0.5) ? 1 : 0)),
      language: random.pick(LANGUAGES),
      company: random.pick(COMPANIES),
      datastore: random.pick(DATASTORES),
      broker: random.pick(BROKERS),
      cloud: random.pick(CLOUDS),
      strength: Math.min(1, Math.max(0, 0.25 + 0.17 * stageAt + (random.next() - 0.5) * 0.6)),
    };

    const appliedAt = nowMs - random.int(2 + stageAt * 8, 20 + stageAt * 18) * DAY_MS - random.int(0, 86_399) * 1000;
    // Each step forward happened some time after the last, and the last one before now.
    const stepTimes: number[] = [appliedAt];
    for (let step = 1; step <= stageAt; step += 1) {
      const previous = stepTimes[step - 1]!;
      const remaining = nowMs - previous;
      stepTimes.push(previous + remaining * (0.25 + random.next() * 0.5) * (step / (stageAt + 0.5)));
    }
    const stageEnteredAt = stepTimes[stageAt]!;

    let status: Candidate['status'] = 'active';
    let statusReason: string | null = null;
    const statusRoll = random.next();
    if (stage === 'offer' && statusRoll < 0.3) {
      status = 'hired';
      statusReason = 'Offer accepted';
    } else if (statusRoll < [0.15, 0.2, 0.18, 0.05][stageAt]!) {
      status = 'rejected';
      statusReason = random.pick(SEED_REJECTION_REASONS);
    } else if (statusRoll > [0.96, 0.95, 0.95, 0.9][stageAt]!) {
      status = 'withdrawn';
      statusReason = random.pick(SEED_WITHDRAWAL_REASONS);
    }
    const decidedAt = stageEnteredAt + (nowMs - stageEnteredAt) * random.next();
    const decidedBy = status === 'hired' ? hiringManager : recruiter;
    const assessments = buildAssessments(profile, stage, appliedAt, nowMs, random);

    const handle = slug(`${first}-${last}-${index + 1}`);
    candidates.push({
      id,
      version: 1,
      name,
      headline: random.pick(HEADLINES),
      company: profile.company,
      location: random.pick(LOCATIONS),
      yearsExperience: profile.years,
      source: random.weighted(SOURCE_WEIGHTS),
      links: [
        { label: 'LinkedIn', url: `https://www.linkedin.com/in/${handle}` },
        ...(random.chance(0.6) ? [{ label: 'GitHub', url: `https://github.com/${handle}` }] : []),
      ],
      email: `${slug(first)}.${slug(last)}${index + 1}@mail.example.com`,
      phone: `+1 555 ${String(random.int(100, 999))} ${String(random.int(1000, 9999))}`,
      stage,
      status,
      statusChange:
        statusReason === null
          ? null
          : {
              reason: statusReason,
              note: '',
              unmetQualifications: status === 'rejected' ? QUALIFICATION_IDS.filter((q) => assessments[q].status === 'not_met') : [],
              at: new Date(decidedAt).toISOString(),
              by: decidedBy,
            },
      appliedAt: new Date(appliedAt).toISOString(),
      stageEnteredAt: new Date(stageEnteredAt).toISOString(),
      assessments,
    });

    const candidateInterviews = interviewsFor(id, stage, random);
    interviews.push(...candidateInterviews);

    activity.push({ id: `${id}-a0`, candidateId: id, at: new Date(appliedAt).toISOString(), actor: recruiter, type: 'created' });
    // Every assessment the checklist shows has its entry in the log, as the API's own command would write it.
    for (const qualificationId of QUALIFICATION_IDS) {
      const assessment = assessments[qualificationId];
      if (assessment.status === 'unknown' || !assessment.updatedBy || !assessment.updatedAt) continue;
      activity.push({
        id: `${id}-q-${qualificationId}`,
        candidateId: id,
        at: assessment.updatedAt,
        actor: assessment.updatedBy,
        type: 'assessment_changed',
        qualificationId,
        from: 'unknown',
        to: assessment.status,
        evidence: assessment.evidence,
      });
    }
    for (let step = 1; step <= stageAt; step += 1) {
      activity.push({
        id: `${id}-a${step}`,
        candidateId: id,
        at: new Date(stepTimes[step]!).toISOString(),
        actor: STAGES[step] === 'offer' ? hiringManager : recruiter,
        type: 'stage_changed',
        from: STAGES[step - 1]!,
        to: STAGES[step]!,
      });
    }
    if (status !== 'active') {
      activity.push({
        id: `${id}-s`,
        candidateId: id,
        at: new Date(decidedAt).toISOString(),
        actor: decidedBy,
        type: 'status_changed',
        from: 'active',
        to: status,
        reason: statusReason,
      });
    }

    // Drawn last, so adding scorecards left every earlier detail of a candidate unchanged.
    const candidate = candidates[candidates.length - 1]!;
    for (const scorecard of scorecardsFor(candidate, candidateInterviews, profile, stepTimes, nowMs, random)) {
      scorecards.push(scorecard);
      if (scorecard.status === 'submitted') {
        const interview = candidateInterviews.find((i) => i.id === scorecard.interviewId)!;
        activity.push({
          id: `${scorecard.id}-sub`,
          candidateId: id,
          at: scorecard.submittedAt!,
          actor: scorecard.author,
          type: 'scorecard_submitted',
          interviewId: interview.id,
          interviewKind: interview.kind,
          recommendation: scorecard.recommendation,
        });
      }
    }
  }

  return { role: SEEDED_ROLE, users: SEEDED_USERS, candidates, interviews, scorecards, activity };
}

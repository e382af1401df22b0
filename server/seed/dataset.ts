import {
  type ActivityEntry,
  type Candidate,
  type Interview,
  QUALIFICATION_IDS,
  REJECTION_REASONS,
  type Role,
  type Scorecard,
  type Source,
  type Stage,
  STAGES,
  type User,
  stageIndex,
  WITHDRAWAL_REASONS,
} from '../../src/domain';
import { buildAssessments, type Profile } from './assessments';
import { interviewsFor, scorecardsFor } from './interviews';
import { createRandom } from './prng';
import {
  BROKERS, CLOUDS, COMPANIES, DATASTORES, FIRST_NAMES, HEADLINES, LANGUAGES, LAST_NAMES, LOCATIONS,
  SEEDED_ROLE, SEEDED_USERS,
} from './seed-data';
import { hiringManager, recruiter, slug } from './team';

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

const SOURCE_WEIGHTS: readonly (readonly [Source, number])[] = [
  ['linkedin', 30], ['careers_site', 25], ['referral', 18], ['sourced', 15], ['agency', 7], ['conference', 5],
];
const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['applied', 38], ['screen', 27], ['onsite', 22], ['offer', 13],
];

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
    // Every assessment the checklist shows has its entry in the log, as the API's own command would write it
    // (tests/unit/server/seed-through-commands.test.ts replays this history through the commands).
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

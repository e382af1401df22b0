/** A generated candidate's background, and the qualification assessments (with evidence) it leads to. */
import {
  type Assessment,
  type AssessmentStatus,
  type Assessments,
  type QualificationId,
  QUALIFICATION_IDS,
  type Stage,
  stageIndex,
} from '../../src/domain';
import type { Random } from './prng';
import { hiringManager, recruiter } from './team';

export interface Profile {
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

export function buildAssessments(p: Profile, stage: Stage, appliedAt: number, now: number, random: Random): Assessments {
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

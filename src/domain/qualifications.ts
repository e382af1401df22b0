import * as z from 'zod/mini';

/** The role's eight qualifications, in the order the role lists them. Ids are stable API values. */
export const QUALIFICATION_IDS = [
  'experience',
  'language',
  'distributed-systems',
  'data',
  'async',
  'security',
  'communication',
  'autonomy',
] as const;

export const QualificationIdSchema = z.enum(QUALIFICATION_IDS);
export type QualificationId = z.infer<typeof QualificationIdSchema>;

export interface QualificationDefinition {
  id: QualificationId;
  /** A few words, for chips and matrix headers. */
  label: string;
  /** Two or three letters, for the compact coverage strip on a card. */
  short: string;
  /** What meeting it looks like, in the team's own words. */
  description: string;
}

export const QUALIFICATIONS: readonly QualificationDefinition[] = [
  {
    id: 'experience',
    label: 'Backend experience',
    short: 'Exp',
    description:
      'Five or more years building backend systems professionally, ideally somewhere that grew fast or ran at large scale.',
  },
  {
    id: 'language',
    label: 'Backend language',
    short: 'Lng',
    description:
      'Writes clean, idiomatic code in at least one modern backend language such as Go, Java or Ruby.',
  },
  {
    id: 'distributed-systems',
    label: 'Distributed systems',
    short: 'Dst',
    description:
      'Has built and operated distributed systems and microservices on cloud infrastructure, not only read about them.',
  },
  {
    id: 'data',
    label: 'Data & consistency',
    short: 'DB',
    description:
      'Designs schemas, tunes queries and reasons about consistency models across SQL and NoSQL stores.',
  },
  {
    id: 'async',
    label: 'Async processing',
    short: 'Asy',
    description: 'Has shipped systems with message brokers, caching layers and asynchronous job processing.',
  },
  {
    id: 'security',
    label: 'Security & privacy',
    short: 'Sec',
    description:
      'Treats security and data privacy rigorously, with an understanding of what handling money demands.',
  },
  {
    id: 'communication',
    label: 'Communication',
    short: 'Com',
    description:
      'Explains complex technical ideas clearly, in writing and aloud, to engineers and non-engineers alike.',
  },
  {
    id: 'autonomy',
    label: 'Autonomy',
    short: 'Aut',
    description: 'Self-starter who finds a way through ambiguity and delivers in a fully remote, distributed team.',
  },
];

const byId = new Map(QUALIFICATIONS.map((q) => [q.id, q]));

export function qualificationById(id: QualificationId): QualificationDefinition {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown qualification: ${id}`);
  return found;
}

export const ASSESSMENT_STATUSES = ['met', 'partial', 'not_met', 'unknown'] as const;
export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

/** Sorts qualification ids into the role's order, dropping duplicates. */
export function inRoleOrder(ids: Iterable<QualificationId>): QualificationId[] {
  const wanted = new Set(ids);
  return QUALIFICATION_IDS.filter((id) => wanted.has(id));
}

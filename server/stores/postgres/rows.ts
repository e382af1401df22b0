/**
 * Rows ⇄ domain records. What leaves here must pass the contract schemas in src/domain: optional fields
 * absent rather than null, timestamps as ISO 8601 strings.
 */
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import {
  type ActivityEntry,
  type Candidate,
  type Interview,
  type NewActivityEntry,
  QUALIFICATION_IDS,
  type Scorecard,
  type User,
} from '../../../src/domain';
import type { ActivityDetails, activity, candidates, interviews, scorecards, users } from './schema';

/** A drizzle handle on the pool (reads outside a unit of work) or on one transaction's client. */
export type Db = NodePgDatabase;

export type CandidateRow = typeof candidates.$inferSelect;
export type InterviewRow = typeof interviews.$inferSelect;
export type ScorecardRow = typeof scorecards.$inferSelect;
export type ActivityRow = typeof activity.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export function candidateToRow(candidate: Candidate): typeof candidates.$inferInsert {
  return {
    id: candidate.id,
    version: candidate.version,
    name: candidate.name,
    headline: candidate.headline,
    company: candidate.company,
    location: candidate.location,
    yearsExperience: candidate.yearsExperience,
    source: candidate.source,
    links: candidate.links,
    email: candidate.email ?? null,
    phone: candidate.phone ?? null,
    stage: candidate.stage,
    status: candidate.status,
    statusChange: candidate.statusChange,
    appliedAt: new Date(candidate.appliedAt),
    stageEnteredAt: new Date(candidate.stageEnteredAt),
    assessments: candidate.assessments,
    met: QUALIFICATION_IDS.filter((id) => candidate.assessments[id].status === 'met'),
    partial: QUALIFICATION_IDS.filter((id) => candidate.assessments[id].status === 'partial'),
  };
}

export function candidateFromRow(row: CandidateRow): Candidate {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    headline: row.headline,
    company: row.company,
    location: row.location,
    yearsExperience: row.yearsExperience,
    source: row.source,
    links: row.links,
    ...(row.email === null ? {} : { email: row.email }),
    ...(row.phone === null ? {} : { phone: row.phone }),
    stage: row.stage,
    status: row.status,
    statusChange: row.statusChange,
    appliedAt: row.appliedAt.toISOString(),
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    assessments: row.assessments,
  };
}

export function interviewToRow(interview: Interview): typeof interviews.$inferInsert {
  return {
    id: interview.id,
    candidateId: interview.candidateId,
    stage: interview.stage,
    kind: interview.kind,
    interviewerId: interview.interviewerId,
    interviewerName: interview.interviewerName,
    focus: interview.focus,
  };
}

export function interviewFromRow(row: InterviewRow): Interview {
  return {
    id: row.id,
    candidateId: row.candidateId,
    stage: row.stage,
    kind: row.kind,
    interviewerId: row.interviewerId,
    interviewerName: row.interviewerName,
    focus: row.focus,
  };
}

export function scorecardToRow(scorecard: Scorecard): typeof scorecards.$inferInsert {
  return {
    interviewId: scorecard.interviewId,
    id: scorecard.id,
    candidateId: scorecard.candidateId,
    authorId: scorecard.author.id,
    authorName: scorecard.author.name,
    version: scorecard.version,
    status: scorecard.status,
    ratings: scorecard.ratings,
    recommendation: scorecard.recommendation,
    takeaways: scorecard.takeaways,
    privateNotes: scorecard.privateNotes,
    updatedAt: new Date(scorecard.updatedAt),
    submittedAt: scorecard.submittedAt === null ? null : new Date(scorecard.submittedAt),
  };
}

export function scorecardFromRow(row: ScorecardRow): Scorecard {
  return {
    id: row.id,
    interviewId: row.interviewId,
    candidateId: row.candidateId,
    author: { id: row.authorId, name: row.authorName },
    version: row.version,
    status: row.status,
    ratings: row.ratings,
    recommendation: row.recommendation,
    takeaways: row.takeaways,
    privateNotes: row.privateNotes,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt === null ? null : row.submittedAt.toISOString(),
  };
}

/** The part of an entry kept in the `entry` document: everything but what has its own column. */
export function activityDetails(entry: NewActivityEntry | ActivityEntry): ActivityDetails {
  const { candidateId: _candidateId, at: _at, ...rest } = entry;
  if ('id' in rest) {
    const { id: _id, ...details } = rest;
    return details as ActivityDetails;
  }
  return rest as ActivityDetails;
}

export function activityFromRow(row: Pick<ActivityRow, 'id' | 'candidateId' | 'at' | 'entry'>): ActivityEntry {
  return { id: row.id, candidateId: row.candidateId, at: row.at.toISOString(), ...row.entry } as ActivityEntry;
}

export function userFromRow(row: Pick<UserRow, 'id' | 'name' | 'title' | 'role'>): User {
  return { id: row.id, name: row.name, title: row.title, role: row.role };
}

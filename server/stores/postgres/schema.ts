/**
 * The PostgreSQL schema of the server store. `drizzle-kit generate` turns it into the versioned SQL
 * migrations beside it; the store applies them at start.
 *
 * Documents the store never queries into (links, assessments, ratings, activity details, bodies) are
 * `json`, not `jsonb`: `json` keeps the text as written, so records come back with their keys in the
 * order they were saved (jsonb would sort them) and an idempotent replay is byte-for-byte the first answer.
 * What the board list filters or shows (`met`, `partial`) is kept in columns, written with the document.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  ActivityEntry,
  Assessments,
  Candidate,
  Interview,
  QualificationId,
  Ratings,
  Role,
  Scorecard,
  StatusChange,
  UserRole,
} from '../../../src/domain';
import type { ChangeEvent } from '../../core/events';

// `mode: 'date'` everywhere: `mode: 'string'` returns `2026-01-01 00:00:00+00`, which is not ISO 8601.
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An activity entry without what has its own column (per entry type: the union stays a union). */
export type ActivityDetails = DistributiveOmit<ActivityEntry, 'id' | 'candidateId' | 'at'>;

export const roles = pgTable('roles', {
  id: text('id').primaryKey(),
  doc: json('doc').$type<Role>().notNull(),
});

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    // The order users were added in: the directory lists them so.
    seq: integer('seq').generatedAlwaysAsIdentity().notNull(),
    /** Lower-cased on write; null for a user who cannot sign in. */
    email: text('email'),
    name: text('name').notNull(),
    title: text('title').notNull(),
    role: text('role').$type<UserRole>().notNull(),
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

export const candidates = pgTable(
  'candidates',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    headline: text('headline').notNull(),
    company: text('company').notNull(),
    location: text('location').notNull(),
    yearsExperience: doublePrecision('years_experience').notNull(),
    source: text('source').$type<Candidate['source']>().notNull(),
    links: json('links').$type<Candidate['links']>().notNull(),
    email: text('email'),
    phone: text('phone'),
    stage: text('stage').$type<Candidate['stage']>().notNull(),
    status: text('status').$type<Candidate['status']>().notNull(),
    statusChange: json('status_change').$type<StatusChange>(),
    appliedAt: timestamptz('applied_at').notNull(),
    stageEnteredAt: timestamptz('stage_entered_at').notNull(),
    assessments: json('assessments').$type<Assessments>().notNull(),
    /** Qualification ids assessed met / partial, in the role's order: the board list reads only these. */
    met: text('met').array().$type<QualificationId[]>().notNull(),
    partial: text('partial').array().$type<QualificationId[]>().notNull(),
  },
  (t) => [
    // One candidate per email address, compared case-insensitively: of two parallel creations with the same
    // address, the second inserts nothing (see unit-of-work.ts). Several candidates may have none (null).
    uniqueIndex('candidates_email_lower_key').on(sql`lower(${t.email})`),
    // The review queue and stage filters: onsite + active, oldest first.
    index('candidates_stage_status_idx').on(t.stage, t.status, t.stageEnteredAt),
  ],
);

export const interviews = pgTable(
  'interviews',
  {
    id: text('id').primaryKey(),
    // Insertion order: a candidate's interviews are listed in the order they were planned.
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    stage: text('stage').$type<Interview['stage']>().notNull(),
    kind: text('kind').$type<Interview['kind']>().notNull(),
    interviewerId: text('interviewer_id').notNull(),
    interviewerName: text('interviewer_name').notNull(),
    focus: json('focus').$type<QualificationId[]>().notNull(),
  },
  (t) => [index('interviews_candidate_idx').on(t.candidateId, t.seq), index('interviews_interviewer_idx').on(t.interviewerId)],
);

export const scorecards = pgTable(
  'scorecards',
  {
    // One scorecard per interview: the primary key makes a parallel first save lose cleanly.
    interviewId: text('interview_id')
      .primaryKey()
      .references(() => interviews.id),
    id: text('id').notNull().unique(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<Scorecard['status']>().notNull(),
    ratings: json('ratings').$type<Ratings>().notNull(),
    recommendation: text('recommendation').$type<NonNullable<Scorecard['recommendation']>>(),
    takeaways: text('takeaways').notNull(),
    privateNotes: text('private_notes').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    submittedAt: timestamptz('submitted_at'),
  },
  (t) => [index('scorecards_candidate_idx').on(t.candidateId)],
);

export const activity = pgTable(
  'activity',
  {
    /** Seeded entries keep their ids; new ones are `act-<seq>`. */
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    at: timestamptz('at').notNull(),
    entry: json('entry').$type<ActivityDetails>().notNull(),
    /**
     * Insights read every stage event of the log: the entry's type, and the stage or status it moved to,
     * kept in columns by PostgreSQL itself, so that read parses no JSON (~10x faster at 100,000 entries).
     */
    kind: text('kind')
      .$type<ActivityEntry['type']>()
      .generatedAlwaysAs(sql`(entry ->> 'type')`),
    movedTo: text('moved_to').generatedAlwaysAs(sql`(case when (entry ->> 'type') in ('stage_changed', 'status_changed') then (entry ->> 'to') end)`),
  },
  (t) => [index('activity_candidate_idx').on(t.candidateId, t.seq)],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: text('user_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    // Null only inside the unit of work that reserved the key: nobody else can see the row until it commits.
    status: integer('status'),
    body: json('body'),
    version: integer('version'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: timestamptz('at').notNull(),
  },
  (t) => [index('sign_in_failures_key_at_idx').on(t.key, t.at)],
);

export const events = pgTable('events', {
  // Allocated under a lock taken just before commit, so ids grow in commit order (see unit-of-work.ts).
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  payload: json('payload').$type<ChangeEvent>().notNull(),
  at: timestamptz('at').notNull().defaultNow(),
});

/**
 * One row whose stamp changes (to a new random uuid) in every transaction that changes what the board
 * list shows: candidates, interviews, scorecards. Each store caches the list and re-reads it only when
 * the stamp moved. Written last thing before commit, under the events lock (see unit-of-work.ts), so it
 * never takes part in a deadlock; a TRUNCATE of a listed table changes it too (see the migrations).
 */
export const listStamp = pgTable('list_stamp', {
  id: integer('id').primaryKey().default(1),
  stamp: uuid('stamp').notNull().defaultRandom(),
});

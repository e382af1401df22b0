import * as z from 'zod/mini';
import { AssessmentStatusSchema, QualificationIdSchema } from './qualifications';
import { SOURCES } from './candidate';

const requiredText = (label: string, max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, `Enter the candidate's ${label}.`),
    z.maxLength(max, `Keep the ${label} under ${max} characters.`),
  );

/** A new candidate, as the add form sends it and the API validates it. */
export const CandidateDraftSchema = z.object({
  name: requiredText('name', 120),
  email: z.email('Enter an email address like name@example.com.'),
  phone: z.optional(
    z.string().check(z.trim(), z.maxLength(40, 'Keep the phone number under 40 characters.'), z.regex(/^[+()\d\s.-]*$/, 'Use digits, spaces and + ( ) - only.')),
  ),
  headline: requiredText('current title', 120),
  company: requiredText('current company', 120),
  location: requiredText('location', 120),
  yearsExperience: z.number('Enter the years of experience as a number.').check(
    z.int('Use whole years.'),
    z.gte(0, 'Years of experience cannot be negative.'),
    z.lte(60, 'Years of experience must be 60 or fewer.'),
  ),
  source: z.enum(SOURCES, 'Choose where the candidate came from.'),
  links: z
    .array(
      z.object({
        label: z.string().check(z.trim(), z.maxLength(80, 'Keep link labels under 80 characters.')),
        url: z.httpUrl('Enter a full web address that starts with https:// or http://.'),
      }),
    )
    .check(z.maxLength(5, 'Add at most five links.')),
});
export type CandidateDraft = z.infer<typeof CandidateDraftSchema>;

export const EmailLookupSchema = z.object({
  match: z.nullable(z.object({ id: z.string(), name: z.string() })),
});
export type EmailLookup = z.infer<typeof EmailLookupSchema>;

export const AssessmentUpdateSchema = z.object({
  status: AssessmentStatusSchema,
  evidence: z.string().check(z.trim(), z.maxLength(2000, 'Keep the evidence under 2,000 characters.')),
});
export type AssessmentUpdate = z.infer<typeof AssessmentUpdateSchema>;

export const REJECTION_REASONS = [
  'Does not meet required qualifications',
  'Not enough depth in distributed systems',
  'Below the experience bar for senior',
  'Coding interview did not meet the bar',
  'System design did not meet the bar',
  'Compensation expectations out of range',
  'Role filled by another candidate',
  'Other',
] as const;

export const WITHDRAWAL_REASONS = [
  'Accepted another offer',
  'Staying with current employer',
  'Timing does not work right now',
  'Role not the right fit for their goals',
  'Other',
] as const;

const note = z.string().check(z.trim(), z.maxLength(2000, 'Keep the note under 2,000 characters.'));

/** "Other" is only a reason once it is explained. */
const otherNeedsNote = z.refine<{ reason: string; note: string }>((value) => value.reason !== 'Other' || value.note.trim() !== '', {
  message: 'Say what the reason is in a note.',
  path: ['note'],
});

/** A change of status. Restoring returns the candidate to `active` in the stage they left from. */
export const StatusActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('reject'),
    reason: z.enum(REJECTION_REASONS, 'Choose a reason.'),
    note,
    unmetQualifications: z.array(QualificationIdSchema),
  }).check(otherNeedsNote),
  z.object({ action: z.literal('withdraw'), reason: z.enum(WITHDRAWAL_REASONS, 'Choose a reason.'), note }).check(otherNeedsNote),
  z.object({ action: z.literal('restore') }),
  z.object({ action: z.literal('hire'), note }),
]);
export type StatusAction = z.infer<typeof StatusActionSchema>;
export type StatusActionKind = StatusAction['action'];

export const NoteRequestSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1, 'Write something first.'), z.maxLength(5000, 'Keep notes under 5,000 characters.')),
});
export type NoteRequest = z.infer<typeof NoteRequestSchema>;

export const RoleStatsSchema = z.object({
  activeTotal: z.number().check(z.int(), z.gte(0)),
  qualifications: z.array(
    z.object({ id: QualificationIdSchema, met: z.number().check(z.int(), z.gte(0)), partial: z.number().check(z.int(), z.gte(0)) }),
  ),
});
export type RoleStats = z.infer<typeof RoleStatsSchema>;

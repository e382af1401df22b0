import * as z from 'zod/mini';
import { AssessmentStatusSchema, QUALIFICATION_IDS, QualificationIdSchema } from './qualifications';
import { SOURCES } from './candidate';
import { emailAddress, optionalText, requiredText, TEXT_LIMITS, uniqueList, webAddress } from './text-fields';
import { hasVisibleText } from './text-safety';

const candidateText = (label: string) =>
  requiredText(TEXT_LIMITS.name, { empty: `Enter the candidate's ${label}.`, tooLong: `Keep the ${label} under ${TEXT_LIMITS.name} characters.` });

/** A new candidate, as the add form sends it and the API validates it. */
export const CandidateDraftSchema = z.object({
  name: candidateText('name'),
  email: emailAddress('Enter an email address like name@example.com.'),
  phone: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(TEXT_LIMITS.phone, 'Keep the phone number under 40 characters.'),
      z.regex(/^[+()\d\s.-]*$/, 'Use digits, spaces and + ( ) - only.'),
    ),
  ),
  headline: candidateText('current title'),
  company: candidateText('current company'),
  location: candidateText('location'),
  yearsExperience: z.number('Enter the years of experience as a number.').check(
    z.int('Use whole years.'),
    z.gte(0, 'Years of experience cannot be negative.'),
    z.lte(60, 'Years of experience must be 60 or fewer.'),
  ),
  source: z.enum(SOURCES, 'Choose where the candidate came from.'),
  links: uniqueList(
    z.object({
      label: optionalText(TEXT_LIMITS.linkLabel, 'Keep link labels under 80 characters.'),
      url: webAddress('Enter a full web address that starts with https:// or http://.'),
    }),
    5,
    { tooMany: 'Add at most five links.', repeated: 'This link is already in the list.' },
    // The same address is the same link, whatever its label.
    (link) => link.url,
    ['url'],
  ),
});
export type CandidateDraft = z.infer<typeof CandidateDraftSchema>;

/** Who a candidate is, by id and name: what the duplicate checks report. */
export const CandidateRefSchema = z.object({ id: z.string(), name: z.string() });
export type CandidateRef = z.infer<typeof CandidateRefSchema>;

export const EmailLookupSchema = z.object({
  match: z.nullable(CandidateRefSchema),
});
export type EmailLookup = z.infer<typeof EmailLookupSchema>;

/** The 409 of `POST /candidates` when the email address is taken: the problem names who has it. */
export const DuplicateCandidateProblemSchema = z.object({ existing: CandidateRefSchema });

export const AssessmentUpdateSchema = z.object({
  status: AssessmentStatusSchema,
  evidence: optionalText(TEXT_LIMITS.evidence, 'Keep the evidence under 2,000 characters.'),
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

const note = optionalText(TEXT_LIMITS.statusNote, 'Keep the note under 2,000 characters.');

/** "Other" is only a reason once it is explained, in visible words (not spaces or zero-width characters). */
const otherNeedsNote = z.refine<{ reason: string; note: string }>((value) => value.reason !== 'Other' || hasVisibleText(value.note), {
  message: 'Say what the reason is in a note.',
  path: ['note'],
});

/** A change of status. Restoring returns the candidate to `active` in the stage they left from. */
export const StatusActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('reject'),
    reason: z.enum(REJECTION_REASONS, 'Choose a reason.'),
    note,
    unmetQualifications: uniqueList(QualificationIdSchema, QUALIFICATION_IDS.length, {
      tooMany: `There are only ${QUALIFICATION_IDS.length} qualifications.`,
      repeated: 'Each qualification can be listed once.',
    }),
  }).check(otherNeedsNote),
  z.object({ action: z.literal('withdraw'), reason: z.enum(WITHDRAWAL_REASONS, 'Choose a reason.'), note }).check(otherNeedsNote),
  z.object({ action: z.literal('restore') }),
  z.object({ action: z.literal('hire'), note }),
]);
export type StatusAction = z.infer<typeof StatusActionSchema>;
export type StatusActionKind = StatusAction['action'];

export const NoteRequestSchema = z.object({
  text: requiredText(TEXT_LIMITS.note, { empty: 'Write something first.', tooLong: 'Keep notes under 5,000 characters.' }),
});
export type NoteRequest = z.infer<typeof NoteRequestSchema>;

export const RoleStatsSchema = z.object({
  activeTotal: z.number().check(z.int(), z.gte(0)),
  qualifications: z.array(
    z.object({ id: QualificationIdSchema, met: z.number().check(z.int(), z.gte(0)), partial: z.number().check(z.int(), z.gte(0)) }),
  ),
});
export type RoleStats = z.infer<typeof RoleStatsSchema>;

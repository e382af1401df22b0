import * as z from 'zod/mini';
import { QualificationIdSchema } from './qualifications';
import { StageSchema } from './stages';

export const INTERVIEW_KINDS = [
  'recruiter_screen',
  'technical_screen',
  'coding',
  'system_design',
  'data_reliability',
  'values',
  'hiring_manager',
] as const;
export const InterviewKindSchema = z.enum(INTERVIEW_KINDS);
export type InterviewKind = z.infer<typeof InterviewKindSchema>;

export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  recruiter_screen: 'Recruiter screen',
  technical_screen: 'Technical screen',
  coding: 'Coding',
  system_design: 'System design',
  data_reliability: 'Data and reliability',
  values: 'Values and collaboration',
  hiring_manager: 'Hiring manager',
};

export const InterviewSchema = z.object({
  id: z.string(),
  candidateId: z.string(),
  stage: StageSchema,
  kind: InterviewKindSchema,
  interviewerId: z.string(),
  interviewerName: z.string(),
  focus: z.array(QualificationIdSchema),
});
export type Interview = z.infer<typeof InterviewSchema>;

import * as z from 'zod/mini';
import { labelledEnum } from './labelled-enum';
import { QualificationIdSchema } from './qualifications';
import { StageSchema } from './stages';

const kinds = labelledEnum({
  recruiter_screen: 'Recruiter screen',
  technical_screen: 'Technical screen',
  coding: 'Coding',
  system_design: 'System design',
  data_reliability: 'Data and reliability',
  values: 'Values and collaboration',
  hiring_manager: 'Hiring manager',
});
export const INTERVIEW_KINDS = kinds.values;
export const InterviewKindSchema = kinds.schema;
export type InterviewKind = z.infer<typeof InterviewKindSchema>;
export const INTERVIEW_KIND_LABELS = kinds.labels;

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

import { INTERVIEW_KINDS, type MyInterview, STAGES } from '../../domain';

export interface MyInterviewGroups {
  /** No scorecard yet. */
  toWrite: MyInterview[];
  /** Started, not submitted. */
  drafts: MyInterview[];
  submitted: MyInterview[];
}

const byStageThenName = (a: MyInterview, b: MyInterview) =>
  STAGES.indexOf(b.interview.stage) - STAGES.indexOf(a.interview.stage) ||
  a.candidate.name.localeCompare(b.candidate.name) ||
  INTERVIEW_KINDS.indexOf(a.interview.kind) - INTERVIEW_KINDS.indexOf(b.interview.kind);

const newestFirst = (a: MyInterview, b: MyInterview) => (b.scorecard.updatedAt ?? '').localeCompare(a.scorecard.updatedAt ?? '') || byStageThenName(a, b);

/**
 * "My interviews", by what is left to do: scorecards to write (later stages first: those candidates are
 * waiting on them), drafts (most recently touched first), submitted (newest first).
 */
export function groupMyInterviews(items: readonly MyInterview[]): MyInterviewGroups {
  return {
    toWrite: items.filter((i) => i.scorecard.progress === 'missing').sort(byStageThenName),
    drafts: items.filter((i) => i.scorecard.progress === 'draft').sort(newestFirst),
    submitted: items.filter((i) => i.scorecard.progress === 'submitted').sort(newestFirst),
  };
}

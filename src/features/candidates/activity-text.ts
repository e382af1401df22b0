import {
  type ActivityEntry,
  INTERVIEW_KIND_LABELS,
  type InterviewKind,
  qualificationById,
  RECOMMENDATION_LABELS,
  type Recommendation,
  STAGE_LABELS,
  STATUS_LABELS,
} from '../../domain';
import { ASSESSMENT_META } from './labels';

export type ActivityGroup = 'notes' | 'assessments' | 'progress';

/** A line of the timeline as plain text: what happened, and any longer text (a note, evidence) beside it. */
export interface ActivityText {
  /** A one-line summary after the actor's name, e.g. "moved them from Screen to Onsite". */
  summary: string;
  /** A reason or outcome, shown after the summary. */
  detail?: string;
  /** Longer text written by a person (note, evidence), shown as a quote that keeps its line breaks. */
  quote?: string;
  /** A mark for the line's icon (decorative; the summary says it in words). */
  mark: string;
  group: ActivityGroup;
}

function interviewLabel(kind: string): string {
  return kind in INTERVIEW_KIND_LABELS ? INTERVIEW_KIND_LABELS[kind as InterviewKind] : kind.replaceAll('_', ' ');
}

function recommendationLabel(recommendation: string | null): string {
  if (recommendation === null) return 'no recommendation';
  return recommendation in RECOMMENDATION_LABELS ? RECOMMENDATION_LABELS[recommendation as Recommendation] : recommendation;
}

export function describeActivity(entry: ActivityEntry): ActivityText {
  switch (entry.type) {
    case 'created':
      return { summary: 'added the candidate', mark: '+', group: 'progress' };
    case 'stage_changed':
      return { summary: `moved them from ${STAGE_LABELS[entry.from]} to ${STAGE_LABELS[entry.to]}`, mark: '→', group: 'progress' };
    case 'status_changed': {
      const quote = entry.note?.trim() ? entry.note : undefined;
      const detail = entry.reason ?? undefined;
      switch (entry.to) {
        case 'rejected':
          return { summary: 'rejected them', detail, quote, mark: '✕', group: 'progress' };
        case 'withdrawn':
          return { summary: 'marked them withdrawn', detail, quote, mark: '↩', group: 'progress' };
        case 'hired':
          return { summary: 'marked them hired', detail, quote, mark: '✓', group: 'progress' };
        case 'active':
          return { summary: `restored them (they were ${STATUS_LABELS[entry.from].toLowerCase()})`, quote, mark: '↺', group: 'progress' };
      }
      break;
    }
    case 'assessment_changed': {
      const label = qualificationById(entry.qualificationId).label;
      return {
        summary: `assessed ${label}: ${ASSESSMENT_META[entry.from].label} → ${ASSESSMENT_META[entry.to].label}`,
        quote: entry.evidence?.trim() ? entry.evidence : undefined,
        mark: ASSESSMENT_META[entry.to].mark,
        group: 'assessments',
      };
    }
    case 'note_added':
      return { summary: 'added a note', quote: entry.text, mark: '✎', group: 'notes' };
    case 'scorecard_submitted':
      return {
        summary: `submitted the ${interviewLabel(entry.interviewKind)} scorecard`,
        detail: `Recommendation: ${recommendationLabel(entry.recommendation)}`,
        mark: '★',
        group: 'assessments',
      };
  }
  // Unreachable with the contract as it is; a new entry type still renders as something readable.
  return { summary: 'changed the candidate', mark: '•', group: 'progress' };
}

export const ACTIVITY_FILTERS: readonly { value: ActivityGroup | 'all'; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'notes', label: 'Notes' },
  { value: 'assessments', label: 'Assessments' },
  { value: 'progress', label: 'Stage and status' },
];

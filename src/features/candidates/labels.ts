import type { AssessmentStatus, CandidateStatus } from '../../domain';

/** How an assessment status reads: a mark and words, never color alone. */
export const ASSESSMENT_META: Record<AssessmentStatus, { label: string; mark: string }> = {
  met: { label: 'Met', mark: '✓' },
  partial: { label: 'Partial', mark: '◐' },
  not_met: { label: 'Not met', mark: '✕' },
  unknown: { label: 'Unknown', mark: '?' },
};

export const CANDIDATE_STATUS_MARKS: Record<CandidateStatus, string> = {
  active: '●',
  hired: '✓',
  rejected: '✕',
  withdrawn: '↩',
};

export function formatYears(years: number): string {
  return years === 1 ? '1 year' : `${years} years`;
}

/** Only http(s) links are ever rendered as links (the contract says so too; this is belt and braces). */
export function safeHttpUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

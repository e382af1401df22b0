import { EMPTY_SCORECARD_CONTENT, type QualificationId, type Scorecard, type ScorecardContent } from '../../domain';
import { type LocalDraft, sameScorecardContent } from '../../lib/local-drafts';

/** The part of a scorecard its author writes. */
export function contentOf(scorecard: Pick<Scorecard, 'ratings' | 'recommendation' | 'takeaways' | 'privateNotes'> | null): ScorecardContent {
  if (!scorecard) return EMPTY_SCORECARD_CONTENT;
  const { ratings, recommendation, takeaways, privateNotes } = scorecard;
  return { ratings, recommendation, takeaways, privateNotes };
}

/** Ratings of the interview's focus qualifications only (the API drops the rest). */
export function keepFocusRatings(content: ScorecardContent, focus: readonly QualificationId[]): ScorecardContent {
  const ratings: ScorecardContent['ratings'] = {};
  for (const id of focus) {
    const rating = content.ratings[id];
    if (rating) ratings[id] = rating;
  }
  return { ...content, ratings };
}

/**
 * What the form starts from, given what this device kept and what the server has:
 * - `server`: nothing kept here (or the server already has it): start from the server's draft;
 * - `restore`: edits made here on top of the server's current version never reached it: restore and save;
 * - `conflict`: edits made here on top of an older version, and the server has moved on since (another tab
 *   or device saved): restore them and let the person choose; nothing is overwritten silently.
 */
export type RestoreDecision =
  | { kind: 'server'; content: ScorecardContent; baseVersion: number | null }
  | { kind: 'restore'; content: ScorecardContent; baseVersion: number | null; savedAt: string }
  | { kind: 'conflict'; content: ScorecardContent; baseVersion: number | null; savedAt: string; current: Scorecard };

export function decideRestore(local: LocalDraft | null, server: Scorecard | null, focus: readonly QualificationId[]): RestoreDecision {
  const onServer = contentOf(server);
  const serverVersion = server?.version ?? null;
  if (!local || server?.status === 'submitted') return { kind: 'server', content: onServer, baseVersion: serverVersion };
  const mine = keepFocusRatings(local.content, focus);
  if (sameScorecardContent(mine, onServer)) return { kind: 'server', content: onServer, baseVersion: serverVersion };
  if (!server || local.baseVersion === server.version) {
    return { kind: 'restore', content: mine, baseVersion: serverVersion, savedAt: local.savedAt };
  }
  return { kind: 'conflict', content: mine, baseVersion: local.baseVersion, savedAt: local.savedAt, current: server };
}

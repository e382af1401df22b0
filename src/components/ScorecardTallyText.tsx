import { memo } from 'react';
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type ScorecardTally } from '../domain';
import { NO_DECISION_GLYPH, RATING_GLYPHS } from './ScorecardMarks';

/** Strongest first, as a hiring manager scans it. */
const ORDER = [...RECOMMENDATIONS].reverse();

export function describeTally(tally: ScorecardTally): string {
  const parts = ORDER.filter((r) => tally[r] > 0).map((r) => `${tally[r]} ${RECOMMENDATION_LABELS[r].toLowerCase()}`);
  if (tally.none > 0) parts.push(`${tally.none} no decision`);
  if (tally.pending > 0) parts.push(`${tally.pending} pending`);
  return `Scorecards: ${parts.join(', ') || 'none yet'}.`;
}

/**
 * Submitted scorecards by recommendation, then how many are still to come: "++1 +2 −1 · 2 pending".
 * Glyphs for the eye, a sentence for screen readers; three elements, because boards render many.
 */
export const ScorecardTallyText = memo(function ScorecardTallyText({ tally }: { tally: ScorecardTally }) {
  const marks = ORDER.filter((r) => tally[r] > 0).map((r) => `${RATING_GLYPHS[r]}${tally[r]}`);
  if (tally.none > 0) marks.push(`${NO_DECISION_GLYPH}${tally.none}`);
  const text = [marks.join(' '), tally.pending > 0 ? `${tally.pending} pending` : ''].filter(Boolean).join(' · ');
  const sentence = describeTally(tally);
  return (
    <span className="tally" title={sentence}>
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{sentence}</span>
    </span>
  );
});

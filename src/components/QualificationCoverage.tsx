import { memo } from 'react';
import { QUALIFICATIONS, type QualificationId } from '../domain';

interface QualificationCoverageProps {
  met: readonly QualificationId[];
  partial: readonly QualificationId[];
}

/**
 * Eight small cells in the role's order: filled with a check when met, half with a tilde when partly met.
 * The count is written out, and each cell has a text alternative, so nothing relies on color.
 */
export const QualificationCoverage = memo(function QualificationCoverage({ met, partial }: QualificationCoverageProps) {
  const metSet = new Set(met);
  const partialSet = new Set(partial);
  const metLabels = QUALIFICATIONS.filter((q) => metSet.has(q.id)).map((q) => q.label);
  const summary = `Meets ${met.length} of ${QUALIFICATIONS.length}${metLabels.length ? `: ${metLabels.join(', ')}` : ''}`;
  return (
    <div className="coverage" title={summary}>
      <span className="coverage__count" aria-hidden="true">
        {met.length}/{QUALIFICATIONS.length}
      </span>
      <span className="visually-hidden">{summary}</span>
      <span className="coverage__cells" aria-hidden="true">
        {QUALIFICATIONS.map((q) => {
          const state = metSet.has(q.id) ? 'met' : partialSet.has(q.id) ? 'partial' : 'none';
          return (
            // One element per cell (the ✓ / ~ mark is drawn by CSS): a board shows dozens of these strips.
            <span key={q.id} className={`coverage__cell coverage__cell--${state}`}>
              {q.short}
            </span>
          );
        })}
      </span>
    </div>
  );
});

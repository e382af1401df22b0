import { type Rating, RATING_LABELS, type Recommendation, RECOMMENDATION_LABELS } from '../domain';

/**
 * Ratings and recommendations as a glyph and words, never color alone: ++ Strong yes, + Yes, ± Mixed,
 * − No, −− Definitely not. Styles live in src/styles/scorecards.css (loaded with the screens that use them).
 */
export const RATING_GLYPHS: Record<Rating, string> = {
  definitely_not: '−−',
  no: '−',
  mixed: '±',
  yes: '+',
  strong_yes: '++',
};

export const NO_DECISION_GLYPH = '–';

export type Leaning = 'positive' | 'negative' | 'mixed';

export function leaningOf(rating: Rating | Recommendation): Leaning {
  if (rating === 'yes' || rating === 'strong_yes') return 'positive';
  if (rating === 'no' || rating === 'definitely_not') return 'negative';
  return 'mixed';
}

interface MarkProps {
  /** Smaller, for dense places such as matrix cells and chips. */
  compact?: boolean;
  className?: string;
}

export function RatingMark({ rating, compact = false, className = '' }: MarkProps & { rating: Rating }) {
  return (
    <span className={`mark mark--${rating}${compact ? ' mark--compact' : ''} ${className}`.trim()}>
      <span className="mark__glyph" aria-hidden="true">
        {RATING_GLYPHS[rating]}
      </span>
      <span className="mark__text">{RATING_LABELS[rating]}</span>
    </span>
  );
}

export function RecommendationMark({ recommendation, compact = false, className = '' }: MarkProps & { recommendation: Recommendation | null }) {
  if (recommendation === null) {
    return (
      <span className={`mark mark--none${compact ? ' mark--compact' : ''} ${className}`.trim()}>
        <span className="mark__glyph" aria-hidden="true">
          {NO_DECISION_GLYPH}
        </span>
        <span className="mark__text">No decision</span>
      </span>
    );
  }
  return (
    <span className={`mark mark--${recommendation}${compact ? ' mark--compact' : ''} ${className}`.trim()}>
      <span className="mark__glyph" aria-hidden="true">
        {RATING_GLYPHS[recommendation]}
      </span>
      <span className="mark__text">{RECOMMENDATION_LABELS[recommendation]}</span>
    </span>
  );
}

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

/** A mark as glyph plus text: never color alone. `tone` picks the color (a rating, a recommendation, none). */
function Mark({ tone, glyph, label, compact = false, className = '' }: MarkProps & { tone: string; glyph: string; label: string }) {
  return (
    <span className={`mark mark--${tone}${compact ? ' mark--compact' : ''} ${className}`.trim()}>
      <span className="mark__glyph" aria-hidden="true">
        {glyph}
      </span>
      <span className="mark__text">{label}</span>
    </span>
  );
}

export function RatingMark({ rating, ...props }: MarkProps & { rating: Rating }) {
  return <Mark tone={rating} glyph={RATING_GLYPHS[rating]} label={RATING_LABELS[rating]} {...props} />;
}

export function RecommendationMark({ recommendation, ...props }: MarkProps & { recommendation: Recommendation | null }) {
  return recommendation === null ? (
    <Mark tone="none" glyph={NO_DECISION_GLYPH} label="No decision" {...props} />
  ) : (
    <Mark tone={recommendation} glyph={RATING_GLYPHS[recommendation]} label={RECOMMENDATION_LABELS[recommendation]} {...props} />
  );
}

import { NO_DECISION_GLYPH, RATING_GLYPHS } from '../../components/ScorecardMarks';
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type ScorecardTally } from '../../domain';
import { tallySentence } from './agreement';

/** Submitted recommendations by kind, strongest yes first: glyph, count and words (not color alone). */
export function RecommendationTally({ tally }: { tally: ScorecardTally }) {
  const kinds = [...RECOMMENDATIONS].reverse().filter((kind) => tally[kind] > 0);
  return (
    <div className="rec-tally">
      <p className="rec-tally__sentence">{tallySentence(tally)}</p>
      <ul className="rec-tally__list" aria-label="Recommendations">
        {kinds.map((kind) => (
          <li key={kind} className={`mark mark--${kind} mark--compact`}>
            <span className="mark__glyph" aria-hidden="true">
              {RATING_GLYPHS[kind]}
            </span>
            <span className="mark__text">
              {tally[kind]} {RECOMMENDATION_LABELS[kind]}
            </span>
          </li>
        ))}
        {tally.none > 0 ? (
          <li className="mark mark--none mark--compact">
            <span className="mark__glyph" aria-hidden="true">
              {NO_DECISION_GLYPH}
            </span>
            <span className="mark__text">{tally.none} No decision</span>
          </li>
        ) : null}
      </ul>
      {tally.pending > 0 ? <p className="rec-tally__pending muted small">{tally.pending} still to come</p> : null}
    </div>
  );
}

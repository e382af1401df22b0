import { RatingMark, RecommendationMark } from '../../components/ScorecardMarks';
import { type Interview, qualificationById, type Scorecard } from '../../domain';

interface ScorecardViewProps {
  interview: Interview;
  scorecard: Scorecard;
  /** Heading level of the parts ("Ratings", "Key takeaways"), under the caller's own heading. */
  headingLevel?: 3 | 4;
  compact?: boolean;
}

/** A scorecard, read-only: ratings of the focus qualifications, recommendation, takeaways, private notes. */
export function ScorecardView({ interview, scorecard, headingLevel = 3, compact = false }: ScorecardViewProps) {
  const Heading = `h${headingLevel}` as const;
  if (compact) {
    // Dense, for lists of scorecards: the recommendation is shown by the caller, beside the interview's name.
    return (
      <div className="scorecard-view scorecard-view--compact">
        <ul className="scorecard-view__chips" aria-label="Ratings">
          {interview.focus.map((id) => {
            const rating = scorecard.ratings[id];
            return (
              <li key={id} className="scorecard-view__chip">
                <span className="scorecard-view__qualification">{qualificationById(id).label}</span>
                {rating ? <RatingMark rating={rating} compact /> : <span className="muted small">Not rated</span>}
              </li>
            );
          })}
        </ul>
        <p className="prewrap scorecard-view__text">{scorecard.takeaways || <span className="muted">No takeaways written.</span>}</p>
        {scorecard.privateNotes ? (
          <p className="prewrap scorecard-view__text scorecard-view__text--private">
            <span className="scorecard-view__private-label">Private note: </span>
            {scorecard.privateNotes}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className={`scorecard-view${compact ? ' scorecard-view--compact' : ''}`}>
      <div className="scorecard-view__overall">
        <Heading className="scorecard-view__label">Overall recommendation</Heading>
        <RecommendationMark recommendation={scorecard.recommendation} />
      </div>
      <div>
        <Heading className="scorecard-view__label">Focus qualifications</Heading>
        <ul className="scorecard-view__ratings">
          {interview.focus.map((id) => {
            const rating = scorecard.ratings[id];
            return (
              <li key={id}>
                <span className="scorecard-view__qualification">{qualificationById(id).label}</span>
                {rating ? <RatingMark rating={rating} compact /> : <span className="muted small">Not rated</span>}
              </li>
            );
          })}
        </ul>
      </div>
      <div>
        <Heading className="scorecard-view__label">Key takeaways</Heading>
        <p className="prewrap scorecard-view__text">{scorecard.takeaways || <span className="muted">None written.</span>}</p>
      </div>
      {scorecard.privateNotes ? (
        <div>
          <Heading className="scorecard-view__label">
            Private notes <span className="scorecard-view__private">(author, recruiters and the hiring manager only)</span>
          </Heading>
          <p className="prewrap scorecard-view__text scorecard-view__text--private">{scorecard.privateNotes}</p>
        </div>
      ) : null}
    </div>
  );
}

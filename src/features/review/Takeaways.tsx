import { RecommendationMark } from '../../components/ScorecardMarks';
import { INTERVIEW_KIND_LABELS, STAGE_LABELS } from '../../domain';
import { formatDateTime } from '../../lib/format';
import type { MatrixColumn } from './agreement';

/** Each interviewer's takeaways and private note, as text (never HTML), one card per scorecard. */
export function Takeaways({ columns }: { columns: MatrixColumn[] }) {
  return (
    <section className="takeaways" aria-labelledby="takeaways-title">
      <h2 id="takeaways-title" className="section-title">
        Takeaways
      </h2>
      <ul className="takeaway-grid">
        {columns.map(({ interview, scorecard }) => (
          <li key={interview.id} className="takeaway-card" aria-labelledby={`takeaway-${interview.id}`}>
            <div className="takeaway-card__head">
              <div>
                <h3 id={`takeaway-${interview.id}`} className="takeaway-card__who">
                  {scorecard.author.name}
                </h3>
                <p className="takeaway-card__kind">
                  {INTERVIEW_KIND_LABELS[interview.kind]} · {STAGE_LABELS[interview.stage]}
                  {scorecard.submittedAt ? ` · ${formatDateTime(scorecard.submittedAt)}` : ''}
                </p>
              </div>
              <RecommendationMark recommendation={scorecard.recommendation} compact />
            </div>
            <p className="prewrap takeaway-card__text">{scorecard.takeaways}</p>
            {scorecard.privateNotes ? (
              <div className="takeaway-card__private">
                <h4 className="takeaway-card__private-title">Private note</h4>
                <p className="prewrap">{scorecard.privateNotes}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

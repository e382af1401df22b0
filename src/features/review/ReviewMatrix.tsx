import { RatingMark, RecommendationMark } from '../../components/ScorecardMarks';
import { INTERVIEW_KIND_LABELS, qualificationById, STAGE_LABELS } from '../../domain';
import { formatDateTime } from '../../lib/format';
import type { MatrixColumn, OverallAgreement, QualificationAgreement, Verdict } from './agreement';

const VERDICT_GLYPHS: Record<Verdict, string> = {
  none: '–',
  single: '·',
  agree: '✓',
  leaning: '↗',
  split: '⇄',
};

function glyphOf({ verdict, direction }: QualificationAgreement): string {
  if (verdict === 'agree' || verdict === 'single') return direction === 'positive' ? '✓' : direction === 'negative' ? '✕' : '±';
  if (verdict === 'leaning') return direction === 'negative' ? '↘' : '↗';
  return VERDICT_GLYPHS[verdict];
}

export function VerdictMark({ agreement }: { agreement: QualificationAgreement }) {
  const glyph = glyphOf(agreement);
  return (
    <span className={`verdict verdict--${agreement.verdict}${agreement.direction ? ` verdict--${agreement.direction}` : ''}`}>
      <span className="verdict__glyph" aria-hidden="true">
        {glyph}
      </span>
      {agreement.label}
    </span>
  );
}

interface ReviewMatrixProps {
  columns: readonly MatrixColumn[];
  agreements: readonly QualificationAgreement[];
  overall: OverallAgreement;
}

/**
 * Every submitted scorecard side by side: qualifications (rows, in the role's order) × interviews (columns),
 * each rated cell as glyph and words; then the overall recommendations. Unrated cells stay empty.
 */
export function ReviewMatrix({ columns, agreements, overall }: ReviewMatrixProps) {
  return (
    <div className="matrix-scroll" role="region" aria-labelledby="matrix-title" tabIndex={0}>
      <table className="matrix">
        <caption id="matrix-title" className="matrix__caption">
          Ratings by qualification and interview
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              Qualification
            </th>
            {columns.map(({ interview, scorecard }) => (
              <th key={interview.id} scope="col" className="matrix__interview">
                <span className="matrix__who">{scorecard.author.name}</span>
                <span className="matrix__kind">
                  {INTERVIEW_KIND_LABELS[interview.kind]}
                  <span className="matrix__stage"> · {STAGE_LABELS[interview.stage]}</span>
                </span>
              </th>
            ))}
            <th scope="col" className="matrix__agreement-head">
              Agreement
            </th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => {
            const qualification = qualificationById(agreement.id);
            return (
              <tr key={agreement.id} className={`matrix__row matrix__row--${agreement.verdict}`}>
                <th scope="row" className="matrix__qualification" title={qualification.description}>
                  {qualification.label}
                </th>
                {columns.map(({ interview, scorecard }) => {
                  const rating = scorecard.ratings[agreement.id];
                  const focused = interview.focus.includes(agreement.id);
                  return (
                    <td key={interview.id} className={`matrix__cell${rating ? ` matrix__cell--${rating}` : ' matrix__cell--empty'}`}>
                      {rating ? (
                        <RatingMark rating={rating} compact />
                      ) : focused ? (
                        <span className="matrix__unrated">Not rated</span>
                      ) : (
                        <span className="visually-hidden">Not assessed</span>
                      )}
                    </td>
                  );
                })}
                <td className="matrix__agreement">
                  <VerdictMark agreement={agreement} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="matrix__overall">
            <th scope="row" className="matrix__qualification">
              Overall recommendation
            </th>
            {columns.map(({ interview, scorecard }) => (
              <td key={interview.id} className="matrix__cell" title={scorecard.submittedAt ? `Submitted ${formatDateTime(scorecard.submittedAt)}` : undefined}>
                <RecommendationMark recommendation={scorecard.recommendation} compact />
              </td>
            ))}
            <td className="matrix__agreement">
              <span className="verdict">
                {overall.hire} of {overall.total} yes
              </span>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

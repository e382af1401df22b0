import { RatingMark } from '../../components/ScorecardMarks';
import { type Interview, INTERVIEW_KIND_LABELS } from '../../domain';
import { pluralize } from '../../lib/format';
import { type MatrixColumn, overallAgreement, qualificationAgreement } from './agreement';
import { ReviewMatrix } from './ReviewMatrix';

/** Which scorecards are still to come, then every submitted one side by side (qualification × interview). */
export function MatrixSection({ columns, pending }: { columns: MatrixColumn[]; pending: readonly Interview[] }) {
  return (
    <>
      {pending.length > 0 ? (
        <p className="notice">
          <span aria-hidden="true">⚠ </span>
          Still to come: {pending.map((i) => `${INTERVIEW_KIND_LABELS[i.kind]} (${i.interviewerName})`).join(', ')}.
        </p>
      ) : null}
      <section className="panel matrix-panel" aria-labelledby="matrix-section-title">
        <div className="panel__header">
          <h2 id="matrix-section-title" className="panel__title">
            Scorecards side by side
          </h2>
          <p className="panel__summary">
            {pluralize(columns.length, 'scorecard')} · ratings shown as{' '}
            <RatingMark rating="strong_yes" compact /> <RatingMark rating="yes" compact /> <RatingMark rating="mixed" compact />{' '}
            <RatingMark rating="no" compact /> <RatingMark rating="definitely_not" compact />
          </p>
        </div>
        <ReviewMatrix columns={columns} agreements={qualificationAgreement(columns)} overall={overallAgreement(columns)} />
      </section>
    </>
  );
}

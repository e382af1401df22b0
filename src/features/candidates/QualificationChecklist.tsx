import { type ReactNode, useRef, useState } from 'react';
import { type Assessment, type Candidate, QUALIFICATIONS, type QualificationDefinition, type QualificationId } from '../../domain';
import { formatDateTime, formatRelative } from '../../lib/format';
import { AssessmentEditor } from './AssessmentEditor';
import { ASSESSMENT_META } from './labels';
import { sinceNow } from '../../lib/now';

/** Renders interview ratings of one qualification beside its assessment (filled in by the scorecards work). */
export type QualificationRatingsSlot = (qualificationId: QualificationId) => ReactNode;

export function AssessmentPill({ assessment }: { assessment: Pick<Assessment, 'status'> }) {
  const meta = ASSESSMENT_META[assessment.status];
  return (
    <span className={`assessment-pill assessment-pill--${assessment.status}`}>
      <span aria-hidden="true" className="assessment-pill__mark">{meta.mark}</span> {meta.label}
    </span>
  );
}

interface RowProps {
  candidateId: string;
  qualification: QualificationDefinition;
  index: number;
  assessment: Assessment;
  canEdit: boolean;
  now: number;
  ratings: ReactNode;
}

function QualificationRow({ candidateId, qualification, index, assessment, canEdit, now, ratings }: RowProps) {
  const [editingFrom, setEditingFrom] = useState<Assessment | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const titleId = `qualification-${qualification.id}`;

  const stopEditing = () => {
    setEditingFrom(null);
    // Back to where the person started, once the button is rendered again.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li className={`checklist__item checklist__item--${assessment.status}${editingFrom ? ' is-editing' : ''}`} aria-labelledby={titleId}>
      <div className="checklist__status">
        <AssessmentPill assessment={assessment} />
      </div>
      <div className="checklist__body">
        <div className="checklist__heading">
          <h3 id={titleId} className="checklist__title">
            <span className="checklist__number" aria-hidden="true">{index + 1}</span>
            {qualification.label}
          </h3>
          {canEdit && !editingFrom ? (
            <button
              ref={editButton}
              type="button"
              className="button button--small button--ghost checklist__edit"
              aria-label={`Edit ${qualification.label}`}
              onClick={() => setEditingFrom(assessment)}
            >
              <span aria-hidden="true">✎</span> Edit
            </button>
          ) : null}
        </div>
        <p className="checklist__description">{qualification.description}</p>
        {editingFrom ? (
          <AssessmentEditor candidateId={candidateId} qualification={qualification} initial={editingFrom} onDone={stopEditing} />
        ) : (
          <>
            {assessment.evidence ? (
              <p className="checklist__evidence">{assessment.evidence}</p>
            ) : (
              <p className="checklist__evidence is-empty">No evidence recorded yet.</p>
            )}
            {assessment.updatedBy && assessment.updatedAt ? (
              <p className="checklist__by">
                {assessment.updatedBy.name} ·{' '}
                <time dateTime={assessment.updatedAt} title={formatDateTime(assessment.updatedAt)}>
                  {formatRelative(assessment.updatedAt, sinceNow(assessment.updatedAt, now))}
                </time>
              </p>
            ) : null}
          </>
        )}
        {ratings ? <div className="checklist__ratings">{ratings}</div> : null}
      </div>
    </li>
  );
}

interface QualificationChecklistProps {
  candidate: Candidate;
  canEdit: boolean;
  now: number;
  /** Interview ratings of each qualification, shown beside the assessment as a signal. */
  renderRatings?: QualificationRatingsSlot;
}

/** The role's eight qualifications in order, each with its status (mark and words), evidence, who and when. */
export function QualificationChecklist({ candidate, canEdit, now, renderRatings }: QualificationChecklistProps) {
  const counts = { met: 0, partial: 0, not_met: 0, unknown: 0 };
  for (const q of QUALIFICATIONS) counts[candidate.assessments[q.id].status] += 1;
  return (
    <section className="panel" aria-labelledby="qualifications-heading">
      <header className="panel__header">
        <h2 id="qualifications-heading">Qualifications</h2>
        <p className="panel__summary">
          <strong>
            {counts.met} of {QUALIFICATIONS.length} met
          </strong>
          {counts.partial ? ` · ${counts.partial} partial` : ''}
          {counts.not_met ? ` · ${counts.not_met} not met` : ''}
          {counts.unknown ? ` · ${counts.unknown} unknown` : ''}
        </p>
      </header>
      {!canEdit ? (
        <p className="panel__note muted small">
          Recruiters and the hiring manager record these. You rate qualifications in your scorecard.
        </p>
      ) : null}
      <ol className="checklist">
        {QUALIFICATIONS.map((qualification, index) => (
          <QualificationRow
            key={qualification.id}
            candidateId={candidate.id}
            qualification={qualification}
            index={index}
            assessment={candidate.assessments[qualification.id]}
            canEdit={canEdit}
            now={now}
            ratings={renderRatings?.(qualification.id)}
          />
        ))}
      </ol>
    </section>
  );
}

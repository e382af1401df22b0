import { useEffect, useId, useRef, useState } from 'react';
import {
  type Assessment,
  ASSESSMENT_STATUSES,
  type AssessmentStatus,
  AssessmentUpdateSchema,
  type QualificationDefinition,
} from '../../domain';
import { Field, Form, FormError } from '../../components/form/Field';
import { announce } from '../../components/LiveAnnouncer';
import { describeError } from '../../lib/api-errors';
import { changedBySomeoneElse } from '../../lib/writes/failure';
import { formatDateTime } from '../../lib/format';
import { useSaveAssessment } from './api';
import { AssessmentConflictError } from './assessment-save';
import { ASSESSMENT_META } from './labels';

const EVIDENCE_LIMIT = 2000;

interface AssessmentEditorProps {
  candidateId: string;
  qualification: QualificationDefinition;
  /** The assessment as it was when editing began: the base a conflict is measured against. */
  initial: Assessment;
  onDone: () => void;
}

/** Their value, beside the form, when someone else changed this qualification while it was being edited. */
function TheirChange({ theirs }: { theirs: Assessment }) {
  const meta = ASSESSMENT_META[theirs.status];
  return (
    <div className="conflict__theirs">
      <p className="conflict__who">
        {theirs.updatedBy?.name ?? 'Someone else'}
        {theirs.updatedAt ? <> set it <time dateTime={theirs.updatedAt}>{formatDateTime(theirs.updatedAt)}</time></> : null} to
      </p>
      <p>
        <span className={`assessment-pill assessment-pill--${theirs.status}`}>
          <span aria-hidden="true">{meta.mark}</span> {meta.label}
        </span>
      </p>
      {theirs.evidence ? <p className="quote">{theirs.evidence}</p> : <p className="muted small">No evidence written.</p>}
    </div>
  );
}

/**
 * Edits one qualification in place: a radio group of the four statuses and the evidence. Save with the
 * button or Ctrl/Cmd+Enter, cancel with Escape. What was typed survives every failure.
 */
export function AssessmentEditor({ candidateId, qualification, initial, onDone }: AssessmentEditorProps) {
  const save = useSaveAssessment(candidateId);
  // Form state: starts from the assessment on screen and is the person's own from then on.
  const [status, setStatus] = useState<AssessmentStatus>(initial.status);
  const [evidence, setEvidence] = useState(initial.evidence);
  const [base, setBase] = useState(initial);
  const [validation, setValidation] = useState<string | null>(null);
  const firstRadio = useRef<HTMLInputElement>(null);
  const checkedRadio = useRef<HTMLInputElement>(null);
  const id = useId();
  const evidenceId = `${id}-evidence`;
  const errorId = `${id}-error`;

  useEffect(() => {
    (checkedRadio.current ?? firstRadio.current)?.focus();
  }, []);

  const conflict = save.error instanceof AssessmentConflictError ? save.error : null;
  const failure = save.error && !conflict ? describeError(save.error) : null;

  const submit = (from: Assessment = base) => {
    const parsed = AssessmentUpdateSchema.safeParse({ status, evidence });
    if (!parsed.success) {
      setValidation(parsed.error.issues[0]?.message ?? 'Check the evidence.');
      return;
    }
    setValidation(null);
    save.mutate(
      { qualificationId: qualification.id, update: parsed.data, base: from },
      {
        onSuccess: () => {
          announce(`${qualification.label}: saved as ${ASSESSMENT_META[parsed.data.status].label}.`);
          onDone();
        },
        onError: (error) => {
          if (error instanceof AssessmentConflictError) {
            announce(`${qualification.label} was changed by ${error.theirs.updatedBy?.name ?? 'someone else'} while you were editing. Your text is kept.`, { assertive: true });
          } else {
            announce(`Could not save ${qualification.label}: ${describeError(error)} Your text is kept.`, { assertive: true });
          }
        },
      },
    );
  };

  const overwrite = () => {
    if (!conflict) return;
    const theirs = conflict.theirs;
    setBase(theirs);
    submit(theirs);
  };

  const discardMine = () => {
    announce(`Kept ${conflict?.theirs.updatedBy?.name ?? 'their'} version of ${qualification.label}.`);
    onDone();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!save.isPending) submit();
    }
  };

  return (
    <Form className="assessment-editor" aria-label={`Assess ${qualification.label}`} onKeyDown={onKeyDown} onSubmit={() => (conflict ? overwrite() : submit())}>
      <div className={conflict ? 'assessment-editor__body has-conflict' : 'assessment-editor__body'}>
        <div className="assessment-editor__mine">
          <fieldset className="segmented">
            <legend className="field__label">{conflict ? 'Your status' : 'Status'}</legend>
            <div className="segmented__options">
              {ASSESSMENT_STATUSES.map((value, index) => (
                <label key={value} className={`segmented__option segmented__option--${value}`}>
                  <input
                    ref={value === status ? checkedRadio : index === 0 ? firstRadio : undefined}
                    type="radio"
                    name={`${id}-status`}
                    value={value}
                    checked={status === value}
                    onChange={() => setStatus(value)}
                  />
                  <span aria-hidden="true" className="segmented__mark">{ASSESSMENT_META[value].mark}</span>
                  {ASSESSMENT_META[value].label}
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            id={evidenceId}
            label={conflict ? 'Your evidence' : 'Evidence'}
            hint={`${evidence.length.toLocaleString('en')} / ${EVIDENCE_LIMIT.toLocaleString('en')} characters · Ctrl+Enter saves · Esc cancels`}
            hintBelow
            hintClassName={`field__hint${evidence.length > EVIDENCE_LIMIT ? ' error-text' : ''}`}
            describedBy={validation || failure ? errorId : undefined}
          >
            {(control) => (
              <textarea
                {...control}
                // The message is the form's (it also reports failed saves), below: invalid only when it is about the text.
                aria-invalid={validation ? true : undefined}
                className="textarea"
                rows={3}
                value={evidence}
                placeholder="What did you see or hear that shows it? e.g. “Designed the ledger schema at Acme; explained isolation levels.”"
                onChange={(event) => setEvidence(event.target.value)}
              />
            )}
          </Field>
        </div>
        {conflict ? (
          <div className="conflict" role="alert">
            <p className="conflict__title">
              <span aria-hidden="true">⚠ </span>
              {changedBySomeoneElse(qualification.label)} while you were editing
            </p>
            <TheirChange theirs={conflict.theirs} />
            <p className="muted small">Your version is kept in the form. Save yours over theirs, or keep theirs.</p>
          </div>
        ) : null}
      </div>
      {validation || failure ? <FormError id={errorId}>{validation ?? `Not saved: ${failure} Your text is kept; try again.`}</FormError> : null}
      <div className="button-row">
        {conflict ? (
          <>
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Overwrite with mine'}
            </button>
            <button type="button" className="button" onClick={discardMine} disabled={save.isPending}>
              Discard mine
            </button>
          </>
        ) : (
          <>
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save'}
            </button>
            <button type="button" className="button" onClick={onDone} disabled={save.isPending}>
              Cancel
            </button>
          </>
        )}
      </div>
    </Form>
  );
}

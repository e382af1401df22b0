import { type ReactNode, useId, useState } from 'react';
import {
  checkStatusFields,
  QUALIFICATIONS,
  type QualificationDefinition,
  type QualificationId,
  type StatusAction,
  type StatusFieldErrors,
  withQualificationTicked,
} from '../domain';
import { controlProps, Field } from './form/Field';

/**
 * The fields of a status change (reject, withdraw, hire), wherever it is made (the candidate's page, the
 * review page): a reason from a fixed list, the qualifications not met, and a note; checked with the
 * contract's schema before anything is sent.
 */
export interface StatusForm {
  /** The form's `useId()`: the select is `${id}-reason`, the note `${id}-note`. */
  id: string;
  reason: string;
  note: string;
  unmet: ReadonlySet<QualificationId>;
  /** The ticked qualifications in role order, as sent. */
  unmetList: QualificationId[];
  errors: StatusFieldErrors;
  setReason: (reason: string) => void;
  setNote: (note: string) => void;
  toggle: (id: QualificationId, ticked: boolean) => void;
  /** The change `body` describes, or null: then each message is beside its field and focus is on the first. */
  check: (body: unknown) => StatusAction | null;
}

export function useStatusForm(initiallyUnmet: () => Iterable<QualificationId>): StatusForm {
  const id = useId();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [unmet, setUnmet] = useState<ReadonlySet<QualificationId>>(() => new Set(initiallyUnmet()));
  const [errors, setErrors] = useState<StatusFieldErrors>({});
  return {
    id,
    reason,
    note,
    unmet,
    unmetList: QUALIFICATIONS.filter((q) => unmet.has(q.id)).map((q) => q.id),
    errors,
    setReason,
    setNote,
    toggle: (qid, ticked) => setUnmet((current) => withQualificationTicked(current, qid, ticked)),
    check: (body) => {
      const { action, errors: found } = checkStatusFields(body, reason, note);
      setErrors(found);
      if (action && Object.keys(found).length === 0) return action;
      document.getElementById(found.reason ? `${id}-reason` : `${id}-note`)?.focus();
      return null;
    },
  };
}

interface StatusFieldsProps {
  form: StatusForm;
  /** The reasons to choose from; none, no reason field (hiring). */
  reasons: readonly string[];
  /** "Qualifications not met", for a rejection: its hint, the BEM block of its list, what follows each label. */
  unmet?: { hint: string; block: string; renderDetail: (qualification: QualificationDefinition) => ReactNode };
  /** What follows "Note" in its label, and the textarea's size and placeholder. */
  note: { qualifier: ReactNode; rows?: number; placeholder?: string };
}

export function StatusFields({ form, reasons, unmet, note }: StatusFieldsProps) {
  const { id, errors } = form;
  const group = controlProps(`${id}-unmet`, { hint: true });
  return (
    <>
      {reasons.length > 0 ? (
        <Field
          id={`${id}-reason`}
          label={
            <>
              Reason <span className="required">(required)</span>
            </>
          }
          error={errors.reason}
        >
          {(control) => (
            <select {...control} className="input select" value={form.reason} onChange={(event) => form.setReason(event.target.value)}>
              <option value="">Choose a reason…</option>
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {unmet ? (
        <fieldset className="field dialog__fieldset" {...group}>
          <legend className="field__label">Qualifications not met</legend>
          <p id={`${group.id}-hint`} className="field__hint">
            {unmet.hint}
          </p>
          <ul className={unmet.block}>
            {QUALIFICATIONS.map((q) => (
              <li key={q.id}>
                <label className={`checkbox ${unmet.block}__item`}>
                  <input type="checkbox" checked={form.unmet.has(q.id)} onChange={(event) => form.toggle(q.id, event.target.checked)} />
                  <span className={`${unmet.block}__label`}>{q.label}</span>
                  {unmet.renderDetail(q)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <Field id={`${id}-note`} label={<>Note {note.qualifier}</>} error={errors.note}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={note.rows}
            value={form.note}
            placeholder={note.placeholder}
            onChange={(event) => form.setNote(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}

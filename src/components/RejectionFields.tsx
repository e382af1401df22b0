import type { ReactNode } from 'react';
import { QUALIFICATIONS, type QualificationDefinition, type QualificationId } from '../domain';
import { FieldError } from './FieldError';

interface ReasonFieldProps {
  /** The form's `useId()`: the select is `${id}-reason`, its message `${id}-reason-error`. */
  id: string;
  reasons: readonly string[];
  value: string;
  error: string | undefined;
  onChange: (reason: string) => void;
}

/** Required reason, chosen from a fixed list. */
export function ReasonField({ id, reasons, value, error, onChange }: ReasonFieldProps) {
  return (
    <div className="field">
      <label htmlFor={`${id}-reason`} className="field__label">
        Reason <span className="required">(required)</span>
      </label>
      <select
        id={`${id}-reason`}
        className="input select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-reason-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose a reason…</option>
        {reasons.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-reason-error`} message={error} />
    </div>
  );
}

interface UnmetQualificationsFieldProps {
  /** The form's `useId()`: the hint is `${id}-unmet-hint`. */
  id: string;
  hint: string;
  /** BEM block of the list: `${block}`, `${block}__item`, `${block}__label`. */
  block: string;
  unmet: ReadonlySet<QualificationId>;
  onToggle: (id: QualificationId, ticked: boolean) => void;
  /** Shown after each qualification's label, inside its label. */
  renderDetail: (qualification: QualificationDefinition) => ReactNode;
}

/** "Qualifications not met": one checkbox per qualification. */
export function UnmetQualificationsField({ id, hint, block, unmet, onToggle, renderDetail }: UnmetQualificationsFieldProps) {
  return (
    <fieldset className="field dialog__fieldset" aria-describedby={`${id}-unmet-hint`}>
      <legend className="field__label">Qualifications not met</legend>
      <p id={`${id}-unmet-hint`} className="field__hint">
        {hint}
      </p>
      <ul className={block}>
        {QUALIFICATIONS.map((q) => (
          <li key={q.id}>
            <label className={`checkbox ${block}__item`}>
              <input type="checkbox" checked={unmet.has(q.id)} onChange={(event) => onToggle(q.id, event.target.checked)} />
              <span className={`${block}__label`}>{q.label}</span>
              {renderDetail(q)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface NoteFieldProps {
  /** The form's `useId()`: the textarea is `${id}-note`, its message `${id}-note-error`. */
  id: string;
  /** What follows "Note" in the label. */
  qualifier: ReactNode;
  value: string;
  error: string | undefined;
  onChange: (note: string) => void;
  rows?: number;
  placeholder?: string;
}

/** Free-text note, with its message. */
export function NoteField({ id, qualifier, value, error, onChange, rows, placeholder }: NoteFieldProps) {
  return (
    <div className="field">
      <label htmlFor={`${id}-note`} className="field__label">
        Note {qualifier}
      </label>
      <textarea
        id={`${id}-note`}
        className="textarea"
        rows={rows}
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-note-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-note-error`} message={error} />
    </div>
  );
}

import type { InputHTMLAttributes, ReactNode, RefObject } from 'react';
import { Link } from 'react-router';
import { Field } from '../../components/form/Field';
import { type CandidateRef, SOURCE_LABELS, SOURCES } from '../../domain';
import { type CandidateFormValues, FIELD_LABELS, type FieldErrors, type FieldName, inputIdFor, MAX_LINKS, orderedErrors } from './candidate-form';

/** "github.com/ada" is what people type: complete it to https:// once they leave the field (visibly). */
function withScheme(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '' || /^[a-z][a-z\d+.-]*:/i.test(trimmed) || !/^[^\s/]+\.[^\s/]+/.test(trimmed)) return url;
  return `https://${trimmed}`;
}

interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  /** The key of its message in the form's errors ("email", "links.0.url"); its id is `inputIdFor(key)`. */
  fieldKey: string;
  label: ReactNode;
  errors: FieldErrors;
  hint?: string;
  describedBy?: string;
  fieldClassName?: string;
}

/** One input of the add form, with its label, hint and message. */
function InputField({ fieldKey, label, errors, hint, describedBy, fieldClassName, ...input }: InputFieldProps) {
  return (
    <Field id={inputIdFor(fieldKey)} className={fieldClassName} label={label} hint={hint} hintBelow error={errors[fieldKey]} describedBy={describedBy}>
      {(control) => <input className="input" {...input} {...control} />}
    </Field>
  );
}

interface TextFieldProps extends Omit<InputFieldProps, 'fieldKey' | 'label' | 'value' | 'onChange'> {
  name: FieldName;
  values: CandidateFormValues;
  onChange: (name: FieldName, value: string) => void;
}

/** A text field of the person: required unless said "(optional)". */
export function TextField({ name, values, onChange, required = false, ...rest }: TextFieldProps) {
  return (
    <InputField
      {...rest}
      fieldKey={name}
      name={name}
      fieldClassName={`field--${name}`}
      label={
        required ? (
          FIELD_LABELS[name]
        ) : (
          <>
            {FIELD_LABELS[name]} <span className="optional">(optional)</span>
          </>
        )
      }
      value={values[name] as string}
      aria-required={required || undefined}
      onChange={(event) => onChange(name, event.target.value)}
    />
  );
}

export function SourceField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  return (
    <Field id={inputIdFor('source')} label={FIELD_LABELS.source} error={error}>
      {(control) => (
        <select {...control} className="input select" value={value} aria-required onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose…</option>
          {SOURCES.map((source) => (
            <option key={source} value={source}>
              {SOURCE_LABELS[source]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface LinkRowsProps {
  links: CandidateFormValues['links'];
  errors: FieldErrors;
  onChange: (index: number, patch: Partial<{ label: string; url: string }>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** Up to MAX_LINKS links, each a label and an address. */
export function LinkRows({ links, errors, onChange, onAdd, onRemove }: LinkRowsProps) {
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">
        Links <span className="optional">(optional, up to {MAX_LINKS})</span>
      </legend>
      <p className="field__hint">Profiles, portfolio or code: web addresses starting with https:// or http://.</p>
      {links.length > 0 ? (
        <ul className="link-rows">
          {links.map((link, index) => (
            <li key={link.id} className="link-row">
              <InputField
                fieldKey={`links.${index}.label`}
                label={`Link ${index + 1} label`}
                errors={errors}
                value={link.label}
                placeholder="GitHub"
                onChange={(event) => onChange(index, { label: event.target.value })}
              />
              <InputField
                fieldKey={`links.${index}.url`}
                fieldClassName="link-row__url"
                label={`Link ${index + 1} address`}
                errors={errors}
                type="url"
                value={link.url}
                placeholder="https://github.com/…"
                spellCheck={false}
                onChange={(event) => onChange(index, { url: event.target.value })}
                onBlur={(event) => {
                  const completed = withScheme(event.target.value);
                  if (completed !== event.target.value) onChange(index, { url: completed });
                }}
              />
              <button type="button" className="button button--ghost link-row__remove" onClick={() => onRemove(index)}>
                Remove <span className="visually-hidden">link {index + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {links.length < MAX_LINKS ? (
        <button id="add-link" type="button" className="button button--small" onClick={onAdd}>
          <span aria-hidden="true">+ </span>Add a link
        </button>
      ) : null}
    </fieldset>
  );
}

/** Every message of a failed attempt, each a link to its field; focused so it is read first. */
export function ErrorSummary({ errors, summaryRef }: { errors: FieldErrors; summaryRef: RefObject<HTMLDivElement | null> }) {
  const list = orderedErrors(errors);
  if (list.length === 0) return null;
  return (
    <div ref={summaryRef} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {list.length === 1 ? 'One thing to fix before adding' : `${list.length} things to fix before adding`}
      </h2>
      <ul>
        {list.map((item) => (
          <li key={item.key}>
            <a
              href={`#${inputIdFor(item.key)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(inputIdFor(item.key))?.focus();
              }}
            >
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const DUPLICATE_WARNING_ID = 'candidate-email-duplicate';

/** The email belongs to someone already (from the lookup while typing, or the server's 409). */
export function DuplicateWarning({ existing }: { existing: CandidateRef }) {
  return (
    <p id={DUPLICATE_WARNING_ID} className="field__warning form-grid__full" role="status">
      <span aria-hidden="true">⚠ </span>
      <Link to={`/candidates/${encodeURIComponent(existing.id)}`}>{existing.name}</Link> already has this email address. Open their page
      instead of adding them twice.
    </p>
  );
}

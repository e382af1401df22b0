import { useEffect, useRef, useState } from 'react';
import { FieldError } from '../../components/FieldError';
import { Link, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { SOURCE_LABELS, SOURCES } from '../../domain';
import { announce } from '../../components/LiveAnnouncer';
import { showToast } from '../../components/toast/toast-store';
import { describeError, isApiError } from '../../lib/api-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { useCreateCandidate, useEmailLookup } from './api';
import {
  type CandidateFormValues,
  EMPTY_FORM,
  errorsFromProblem,
  type FieldErrors,
  type FieldName,
  inputIdFor,
  MAX_LINKS,
  orderedErrors,
  validateCandidateForm,
} from './candidate-form';

const LOOKUP_DELAY_MS = 350;
const EmailSchema = z.email();
const ExistingSchema = z.object({ id: z.string(), name: z.string() });

/** "github.com/ada" is what people type: complete it to https:// once they leave the field (visibly). */
function withScheme(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '' || /^[a-z][a-z\d+.-]*:/i.test(trimmed) || !/^[^\s/]+\.[^\s/]+/.test(trimmed)) return url;
  return `https://${trimmed}`;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

interface TextFieldProps {
  name: FieldName;
  label: string;
  values: CandidateFormValues;
  errors: FieldErrors;
  onChange: (name: FieldName, value: string) => void;
  required?: boolean;
  hint?: string;
  /** Extra ids for aria-describedby, e.g. the duplicate warning. */
  describedBy?: string;
  inputProps?: React.InputHTMLAttributes<HTMLInputElement>;
}

function TextField({ name, label, values, errors, onChange, required = false, hint, describedBy, inputProps }: TextFieldProps) {
  const id = inputIdFor(name);
  const error = errors[name];
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, describedBy ?? null].filter(Boolean).join(' ');
  return (
    <div className={`field field--${name}`}>
      <label htmlFor={id} className="field__label">
        {label} {required ? null : <span className="optional">(optional)</span>}
      </label>
      <input
        id={id}
        name={name}
        className="input"
        value={values[name] as string}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids || undefined}
        onChange={(event) => onChange(name, event.target.value)}
        {...inputProps}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * Adds a candidate: checked with the API's own schema before sending, a message per field, a warning
 * (with a link) when the email already belongs to someone, and one idempotency key per submission so a
 * retry never creates two people. Nothing typed is lost when sending fails.
 */
export function AddCandidateForm({ cancelTo }: { cancelTo: string }) {
  const navigate = useNavigate();
  const create = useCreateCandidate();
  const { keyFor, forget } = useIdempotencyKey();
  const [values, setValues] = useState<CandidateFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverDuplicate, setServerDuplicate] = useState<{ email: string; id: string; name: string } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const nextLinkId = useRef(1);

  const email = values.email.trim().toLowerCase();
  const debouncedEmail = useDebounced(email, LOOKUP_DELAY_MS);
  const lookupEmail = EmailSchema.safeParse(debouncedEmail).success ? debouncedEmail : null;
  const lookup = useEmailLookup(lookupEmail);
  const duplicate =
    serverDuplicate && serverDuplicate.email === email
      ? serverDuplicate
      : lookupEmail === email && lookup.data
        ? lookup.data
        : null;

  const update = (next: CandidateFormValues) => {
    setValues(next);
    // After a first attempt, errors follow the typing, so a fixed field stops being flagged at once.
    if (submitted) setErrors(validateCandidateForm(next).errors ?? {});
  };
  const setField = (name: FieldName, value: string) => update({ ...values, [name]: value });
  const setLink = (index: number, patch: Partial<{ label: string; url: string }>) =>
    update({ ...values, links: values.links.map((link, i) => (i === index ? { ...link, ...patch } : link)) });
  const addLink = () => {
    const id = nextLinkId.current++;
    update({ ...values, links: [...values.links, { id, label: '', url: '' }] });
    requestAnimationFrame(() => document.getElementById(inputIdFor(`links.${values.links.length}.url`))?.focus());
  };
  const removeLink = (index: number) => {
    update({ ...values, links: values.links.filter((_, i) => i !== index) });
    requestAnimationFrame(() => document.getElementById('add-link')?.focus());
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = () => {
    if (create.isPending) return;
    setSubmitted(true);
    const result = validateCandidateForm(values);
    if (result.errors) {
      showErrors(result.errors);
      announce(`${Object.keys(result.errors).length === 1 ? 'One field needs' : `${Object.keys(result.errors).length} fields need`} attention.`, { assertive: true });
      return;
    }
    setErrors({});
    const { draft } = result;
    create.mutate(
      { draft, idempotencyKey: keyFor(draft) },
      {
        onSuccess: (candidate) => {
          forget();
          const message = `Added ${candidate.name} to Applied.`;
          showToast({ tone: 'success', title: message });
          announce(message);
          void navigate(`/candidates/${encodeURIComponent(candidate.id)}`);
        },
        onError: (error) => {
          if (isApiError(error) && (error.status === 409 || error.status === 422)) {
            const existing = ExistingSchema.safeParse(error.problem.existing);
            if (existing.success) setServerDuplicate({ email: draft.email.toLowerCase(), ...existing.data });
            const found = errorsFromProblem(values, error.problem.errors);
            if (Object.keys(found).length > 0) showErrors(found);
          }
          announce(`The candidate was not added: ${describeError(error)}`, { assertive: true });
        },
      },
    );
  };

  const list = orderedErrors(errors);
  const failure = create.error && !(isApiError(create.error) && Object.keys(errors).length > 0) ? describeError(create.error) : null;
  const common = { values, errors, onChange: setField };

  return (
    <div className="form-page">
      <Link to={cancelTo} className="back-link">
        <span aria-hidden="true">← </span>Back to pipeline
      </Link>
      <div className="form-page__heading">
        <h1>Add a candidate</h1>
        <p className="muted">For Senior Backend Engineer. They start in Applied; you can assess qualifications on their page.</p>
      </div>
      <form
        className="form-card"
        noValidate
        aria-labelledby="add-candidate-title"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id="add-candidate-title" className="visually-hidden">
          New candidate
        </h2>
        {list.length > 0 ? (
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
        ) : null}

        <fieldset className="form-section">
          <legend className="form-section__title">Person</legend>
          <div className="form-grid">
            <TextField {...common} name="name" label="Full name" required inputProps={{ autoComplete: 'off' }} />
            <TextField
              {...common}
              name="email"
              label="Email"
              required
              describedBy={duplicate ? 'candidate-email-duplicate' : undefined}
              inputProps={{ type: 'email', autoComplete: 'off', spellCheck: false }}
            />
            {duplicate ? (
              <p id="candidate-email-duplicate" className="field__warning form-grid__full" role="status">
                <span aria-hidden="true">⚠ </span>
                <Link to={`/candidates/${encodeURIComponent(duplicate.id)}`}>{duplicate.name}</Link> already has this email
                address. Open their page instead of adding them twice.
              </p>
            ) : null}
            <TextField {...common} name="phone" label="Phone" inputProps={{ type: 'tel', autoComplete: 'off' }} />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__title">Background</legend>
          <div className="form-grid">
            <TextField {...common} name="headline" label="Current title" required />
            <TextField {...common} name="company" label="Current company" required />
            <TextField {...common} name="location" label="Location" required hint="City and country, or “Remote”." />
            <TextField
              {...common}
              name="yearsExperience"
              label="Years of experience"
              required
              inputProps={{ inputMode: 'numeric', className: 'input input--short' }}
            />
            <div className="field">
              <label htmlFor={inputIdFor('source')} className="field__label">
                Source
              </label>
              <select
                id={inputIdFor('source')}
                className="input select"
                value={values.source}
                aria-required
                aria-invalid={errors.source ? true : undefined}
                aria-describedby={errors.source ? `${inputIdFor('source')}-error` : undefined}
                onChange={(event) => setField('source', event.target.value)}
              >
                <option value="">Choose…</option>
                {SOURCES.map((source) => (
                  <option key={source} value={source}>
                    {SOURCE_LABELS[source]}
                  </option>
                ))}
              </select>
              <FieldError id={`${inputIdFor('source')}-error`} message={errors.source} />
            </div>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__title">
            Links <span className="optional">(optional, up to {MAX_LINKS})</span>
          </legend>
          <p className="field__hint">Profiles, portfolio or code: web addresses starting with https:// or http://.</p>
          {values.links.length > 0 ? (
            <ul className="link-rows">
              {values.links.map((link, index) => {
                const urlKey = `links.${index}.url`;
                const labelKey = `links.${index}.label`;
                return (
                  <li key={link.id} className="link-row">
                    <div className="field">
                      <label htmlFor={inputIdFor(labelKey)} className="field__label">
                        Link {index + 1} label
                      </label>
                      <input
                        id={inputIdFor(labelKey)}
                        className="input"
                        value={link.label}
                        placeholder="GitHub"
                        aria-invalid={errors[labelKey] ? true : undefined}
                        aria-describedby={errors[labelKey] ? `${inputIdFor(labelKey)}-error` : undefined}
                        onChange={(event) => setLink(index, { label: event.target.value })}
                      />
                      <FieldError id={`${inputIdFor(labelKey)}-error`} message={errors[labelKey]} />
                    </div>
                    <div className="field link-row__url">
                      <label htmlFor={inputIdFor(urlKey)} className="field__label">
                        Link {index + 1} address
                      </label>
                      <input
                        id={inputIdFor(urlKey)}
                        className="input"
                        type="url"
                        value={link.url}
                        placeholder="https://github.com/…"
                        spellCheck={false}
                        aria-invalid={errors[urlKey] ? true : undefined}
                        aria-describedby={errors[urlKey] ? `${inputIdFor(urlKey)}-error` : undefined}
                        onChange={(event) => setLink(index, { url: event.target.value })}
                        onBlur={(event) => {
                          const completed = withScheme(event.target.value);
                          if (completed !== event.target.value) setLink(index, { url: completed });
                        }}
                      />
                      <FieldError id={`${inputIdFor(urlKey)}-error`} message={errors[urlKey]} />
                    </div>
                    <button type="button" className="button button--ghost link-row__remove" onClick={() => removeLink(index)}>
                      Remove <span className="visually-hidden">link {index + 1}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
          {values.links.length < MAX_LINKS ? (
            <button id="add-link" type="button" className="button button--small" onClick={addLink}>
              <span aria-hidden="true">+ </span>Add a link
            </button>
          ) : null}
        </fieldset>

        {failure ? (
          <p className="form-error" role="alert">
            <span aria-hidden="true">! </span>
            The candidate was not added: {failure} Everything you entered is kept; try again.
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add candidate'}
          </button>
          <Link to={cancelTo} className="button button--ghost">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}

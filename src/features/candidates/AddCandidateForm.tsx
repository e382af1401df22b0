import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { Form, FormError } from '../../components/form/Field';
import { announce } from '../../components/LiveAnnouncer';
import { describeError, isApiError } from '../../lib/api-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { DUPLICATE_WARNING_ID, DuplicateWarning, ErrorSummary, LinkRows, SourceField, TextField } from './AddCandidateFields';
import { existingCandidateOf, useCreateCandidate, useEmailLookup } from './api';
import { type CandidateFormValues, EMPTY_FORM, errorsFromProblem, type FieldErrors, type FieldName, inputIdFor, validateCandidateForm } from './candidate-form';

const LOOKUP_DELAY_MS = 350;
const EmailSchema = z.email();

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
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
          forget(); // the write path has told it ("Added … to Applied.")
          void navigate(`/candidates/${encodeURIComponent(candidate.id)}`);
        },
        onError: (error) => {
          if (isApiError(error) && (error.status === 409 || error.status === 422)) {
            // 409: the problem names who has the address (parsed with the contract's schema).
            const existing = existingCandidateOf(error);
            if (existing) setServerDuplicate({ email: draft.email.toLowerCase(), ...existing });
            const found = errorsFromProblem(values, error.problem.errors);
            if (Object.keys(found).length > 0) showErrors(found);
          }
          announce(`The candidate was not added: ${describeError(error)}`, { assertive: true });
        },
      },
    );
  };

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
      <Form className="form-card" aria-labelledby="add-candidate-title" onSubmit={submit}>
        <h2 id="add-candidate-title" className="visually-hidden">
          New candidate
        </h2>
        <ErrorSummary errors={errors} summaryRef={summaryRef} />

        <fieldset className="form-section">
          <legend className="form-section__title">Person</legend>
          <div className="form-grid">
            <TextField {...common} name="name" required autoComplete="off" />
            <TextField
              {...common}
              name="email"
              required
              describedBy={duplicate ? DUPLICATE_WARNING_ID : undefined}
              type="email"
              autoComplete="off"
              spellCheck={false}
            />
            {duplicate ? <DuplicateWarning existing={duplicate} /> : null}
            <TextField {...common} name="phone" type="tel" autoComplete="off" />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__title">Background</legend>
          <div className="form-grid">
            <TextField {...common} name="headline" required />
            <TextField {...common} name="company" required />
            <TextField {...common} name="location" required hint="City and country, or “Remote”." />
            <TextField {...common} name="yearsExperience" required inputMode="numeric" className="input input--short" />
            <SourceField value={values.source} error={errors.source} onChange={(source) => setField('source', source)} />
          </div>
        </fieldset>

        <LinkRows links={values.links} errors={errors} onChange={setLink} onAdd={addLink} onRemove={removeLink} />

        {failure ? <FormError>The candidate was not added: {failure} Everything you entered is kept; try again.</FormError> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add candidate'}
          </button>
          <Link to={cancelTo} className="button button--ghost">
            Cancel
          </Link>
        </div>
      </Form>
    </div>
  );
}

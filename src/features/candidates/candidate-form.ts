import { type CandidateDraft, CandidateDraftSchema, type Source } from '../../domain';

/** What the add form holds: exactly what was typed, as text, so nothing is lost or reformatted. */
export interface CandidateFormValues {
  name: string;
  email: string;
  phone: string;
  headline: string;
  company: string;
  location: string;
  yearsExperience: string;
  source: Source | '';
  links: { id: number; label: string; url: string }[];
}

export const EMPTY_FORM: CandidateFormValues = {
  name: '',
  email: '',
  phone: '',
  headline: '',
  company: '',
  location: '',
  yearsExperience: '',
  source: '',
  links: [],
};

export const MAX_LINKS = 5;

/** Field error messages keyed like the problem document's `errors`: "email", "links.0.url". */
export type FieldErrors = Record<string, string>;

/** The schema's messages where it has its own, and plain words where it would only say "Invalid input". */
function messageFor(key: string, message: string): string {
  if (message && message !== 'Invalid input') return message;
  if (key === 'source') return 'Choose where the candidate came from.';
  if (/^links\.\d+\.url$/.test(key)) return 'Enter a full web address that starts with https:// or http://.';
  if (/^links\.\d+\.label$/.test(key)) return 'Keep the link label under 80 characters.';
  return 'Check this value.';
}

function yearsFrom(text: string): number {
  const trimmed = text.trim();
  // Only plain numbers: Number('') is 0 and Number('1e1') is 10, which a person did not mean.
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function labelFor(label: string, url: string): string {
  if (label.trim()) return label.trim();
  try {
    return new URL(url.trim()).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What would be sent: blank link rows dropped, an empty phone left out, a blank link label named by its host. */
export function toDraftInput(values: CandidateFormValues): Record<string, unknown> {
  const links = values.links
    .filter((link) => link.label.trim() !== '' || link.url.trim() !== '')
    .map((link) => ({ label: labelFor(link.label, link.url), url: link.url.trim() }));
  return {
    name: values.name,
    email: values.email.trim(),
    ...(values.phone.trim() ? { phone: values.phone } : {}),
    headline: values.headline,
    company: values.company,
    location: values.location,
    yearsExperience: yearsFrom(values.yearsExperience),
    source: values.source === '' ? undefined : values.source,
    links,
  };
}

/** Maps link errors back to the form's rows (blank rows are skipped in what is sent). */
function rowIndexes(values: CandidateFormValues): number[] {
  return values.links.flatMap((link, index) => (link.label.trim() !== '' || link.url.trim() !== '' ? [index] : []));
}

export function errorsFromIssues(values: CandidateFormValues, issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const rows = rowIndexes(values);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (path[0] === 'links' && path[1] !== undefined) path[1] = String(rows[Number(path[1])] ?? path[1]);
    const key = path.join('.') || 'form';
    errors[key] ??= messageFor(key, issue.message);
  }
  return errors;
}

/** The same check the API makes (CandidateDraftSchema), before anything is sent. */
export function validateCandidateForm(values: CandidateFormValues): { draft: CandidateDraft; errors: null } | { draft: null; errors: FieldErrors } {
  const result = CandidateDraftSchema.safeParse(toDraftInput(values));
  if (result.success) return { draft: result.data, errors: null };
  return { draft: null, errors: errorsFromIssues(values, result.error.issues) };
}

/** Field errors from the server's problem document (422 or 409), in the form's keys. */
export function errorsFromProblem(values: CandidateFormValues, errors: Record<string, string[]> | undefined): FieldErrors {
  const rows = rowIndexes(values);
  const result: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const path = key.split('.');
    if (path[0] === 'links' && path[1] !== undefined) path[1] = String(rows[Number(path[1])] ?? path[1]);
    const formKey = path.join('.');
    const message = messages[0];
    if (message) result[formKey] = messageFor(formKey, message);
  }
  return result;
}

/** The fields in the order they appear, for the error summary. */
export const FIELD_ORDER = ['name', 'email', 'phone', 'headline', 'company', 'location', 'yearsExperience', 'source'] as const;
export type FieldName = (typeof FIELD_ORDER)[number];

export const FIELD_LABELS: Record<FieldName, string> = {
  name: 'Full name',
  email: 'Email',
  phone: 'Phone',
  headline: 'Current title',
  company: 'Current company',
  location: 'Location',
  yearsExperience: 'Years of experience',
  source: 'Source',
};

/** Errors in the order a person meets them on the page. */
export function orderedErrors(errors: FieldErrors): { key: string; label: string; message: string }[] {
  const known = FIELD_ORDER.filter((key) => errors[key]).map((key) => ({ key, label: FIELD_LABELS[key], message: errors[key]! }));
  const links = Object.keys(errors)
    .filter((key) => key.startsWith('links'))
    .sort()
    .map((key) => {
      const match = /^links\.(\d+)\.(url|label)$/.exec(key);
      const label = match ? `Link ${Number(match[1]) + 1} ${match[2] === 'url' ? 'address' : 'label'}` : 'Links';
      return { key, label, message: errors[key]! };
    });
  const rest = Object.keys(errors)
    .filter((key) => !FIELD_ORDER.includes(key as FieldName) && !key.startsWith('links'))
    .map((key) => ({ key, label: 'Form', message: errors[key]! }));
  return [...known, ...links, ...rest];
}

/** The id of the input a field error belongs to, for links from the summary and aria-describedby. */
export function inputIdFor(key: string): string {
  return `candidate-${key.replaceAll('.', '-')}`;
}

import * as z from 'zod/mini';

/** RFC 9457 problem document, with this API's extensions. */
export const ProblemSchema = z.looseObject({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  /** Field errors: path (dot-separated) to messages. */
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
  /** On 412, the resource as it is now on the server. */
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_TYPES = {
  validation: 'https://shortlist.dev/problems/validation',
  invalidTransition: 'https://shortlist.dev/problems/invalid-transition',
  forbidden: 'https://shortlist.dev/problems/forbidden',
  unauthenticated: 'https://shortlist.dev/problems/unauthenticated',
  notFound: 'https://shortlist.dev/problems/not-found',
  versionConflict: 'https://shortlist.dev/problems/version-conflict',
  versionRequired: 'https://shortlist.dev/problems/version-required',
  idempotencyMismatch: 'https://shortlist.dev/problems/idempotency-key-reused',
  serverError: 'https://shortlist.dev/problems/server-error',
  throttled: 'https://shortlist.dev/problems/too-many-attempts',
  unsupportedMediaType: 'https://shortlist.dev/problems/unsupported-media-type',
  tooLarge: 'https://shortlist.dev/problems/too-large',
  crossOrigin: 'https://shortlist.dev/problems/cross-origin',
} as const;

/** Turns zod issues into the problem document's field-error map. */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

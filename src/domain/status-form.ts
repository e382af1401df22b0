import { type StatusAction, StatusActionSchema } from './candidate-input';
import type { QualificationId } from './qualifications';
import { hasVisibleText } from './text-safety';

/** The field messages a status-change form shows: one per field at most. */
export interface StatusFieldErrors {
  reason?: string;
  note?: string;
}

/**
 * Checks what a status-change form would send against the contract's schema: the first message for each
 * field (anything not about the note belongs to the reason), then "Other" needs a note. `action` is the
 * parsed change, if the schema accepted it.
 */
export function checkStatusFields(
  input: unknown,
  reason: string,
  note: string,
): { action: StatusAction | undefined; errors: StatusFieldErrors } {
  const parsed = StatusActionSchema.safeParse(input);
  const errors: StatusFieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path[0] === 'note' ? 'note' : 'reason'] ??= issue.message;
  } else if (reason === 'Other' && !hasVisibleText(note)) {
    errors.note = 'Say what the reason is in a note.';
  }
  return { action: parsed.success ? parsed.data : undefined, errors };
}

/** A copy of `current` with `id` ticked or unticked. */
export function withQualificationTicked(
  current: ReadonlySet<QualificationId>,
  id: QualificationId,
  ticked: boolean,
): ReadonlySet<QualificationId> {
  const next = new Set(current);
  if (ticked) next.add(id);
  else next.delete(id);
  return next;
}

import { type Candidate, canSeeContactDetails, type User } from '../../src/domain';
import type { MockBackend } from '../backend';
import { problems } from '../http';

/** What this caller may read of a candidate: interviewers never receive contact details. */
export function redactFor(user: User, candidate: Candidate): Candidate {
  if (canSeeContactDetails(user.role)) return candidate;
  const { email: _email, phone: _phone, ...rest } = candidate;
  return rest;
}

/** The candidate, if it exists and this caller may see it; otherwise a 404 (not 403: don't reveal it exists). */
export function visibleCandidate(backend: MockBackend, user: User, id: string): Candidate {
  const candidate = backend.db.candidate(id);
  if (!candidate || !backend.db.isVisibleTo(user, id)) throw problems.notFound('This candidate');
  return candidate;
}

export function actorOf(user: User) {
  return { id: user.id, name: user.name };
}

/** What every command shares: its dependencies, the caller, and the checks each one runs in the same order. */
import { type Actor, type Candidate, type CandidateSummary, type IfMatch, summarizeCandidate, type User } from '../../src/domain';
import type { Clock, Outcome, PasswordHasher, ReadPort, Store, UnitOfWork } from './ports';
import { problems } from './problems';
import { activityFactOf, redactCandidate, seesCandidate, summaryFor } from './visibility';

export interface CoreDeps {
  store: Store;
  clock: Clock;
  /** Only where accounts have passwords (the server); the in-browser demo signs in by persona. */
  passwords?: PasswordHasher;
}

export function actorOf(user: User): Actor {
  return { id: user.id, name: user.name };
}

/** The candidate, if it exists and this caller may see it; otherwise a 404 (not 403: don't reveal it exists). */
export async function visibleCandidate(reader: ReadPort, user: User, id: string): Promise<Candidate> {
  const candidate = await reader.candidate(id);
  if (!candidate) throw problems.notFound('This candidate');
  if (!(await seesCandidate(reader, user, id))) throw problems.notFound('This candidate');
  return candidate;
}

/** One candidate's board summary, as this caller may see it. */
export async function summaryOf(reader: ReadPort, user: User, candidate: Candidate): Promise<CandidateSummary> {
  const [interviews, scorecards, activity] = await Promise.all([
    reader.interviews(candidate.id),
    reader.scorecards(candidate.id),
    reader.activity(candidate.id),
  ]);
  const { scorecards: _s, needsDecision: _n, lastActivityAt: _a, ...base } = summarizeCandidate(candidate);
  return summaryFor(user, { base, interviews, scorecards, activity: activityFactOf(activity) });
}

/**
 * Checks the version a write is based on (If-Match, compared strongly): missing → 428; stale or weak →
 * 412 with the resource as it is now, so the client can show what changed.
 */
export async function requireVersion(ifMatch: IfMatch, currentVersion: number, current: () => unknown, detail?: string): Promise<void> {
  if (ifMatch.kind === 'missing') throw problems.versionRequired();
  if (ifMatch.kind === 'weak' || ifMatch.version !== currentVersion) throw problems.conflict(await current(), detail);
}

/** The 412 body for a candidate record, as this caller may read it. */
export function currentRecord(user: User, candidate: Candidate): () => Candidate {
  return () => redactCandidate(user, candidate);
}

const VISIBLE_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs a creating command at most once per (caller, Idempotency-Key); the store reserves the key before
 * the work, so parallel repeats wait and replay the first answer.
 */
export async function once(
  deps: CoreDeps,
  user: User,
  key: string | null,
  fingerprint: unknown,
  work: (tx: UnitOfWork) => Promise<Outcome>,
): Promise<Outcome> {
  if (key === null || !VISIBLE_KEY.test(key)) throw problems.idempotencyKeyRequired();
  return deps.store.once({ userId: user.id, key, fingerprint: JSON.stringify(fingerprint) }, work);
}

/** Writes a candidate's next version, or answers 412 when someone else wrote first (parallel writes: one wins). */
export async function writeCandidate(
  tx: UnitOfWork,
  current: Candidate,
  next: Omit<Candidate, 'version'>,
  conflictBody: (latest: Candidate) => unknown,
): Promise<Candidate> {
  const written: Candidate = { ...next, version: current.version + 1 };
  if (!(await tx.updateCandidate(written, current.version))) {
    const latest = (await tx.candidate(current.id)) ?? current;
    throw problems.conflict(await conflictBody(latest));
  }
  tx.emit({ type: 'candidate', candidateId: current.id });
  return written;
}

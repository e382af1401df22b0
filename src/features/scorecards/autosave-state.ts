import type { QualificationId, Scorecard, ScorecardContent } from '../../domain';
import { type LocalDraft, sameScorecardContent } from '../../lib/local-drafts';
import { contentOf, decideRestore } from './draft-sync';

/**
 * The vocabulary of the scorecard's autosave machine (autosave-machine.ts): its state, the events it hears,
 * the effects it asks for (it never runs them: useScorecardAutosave.ts does, and reports what happened back
 * as events), and the status a person sees. The rule behind it all: what is typed is on this device
 * (`writeLocalDraft`) until the server holds exactly it.
 */
export const AUTOSAVE_DELAY_MS = 800;
/** Waits between automatic retries of a failed save; the last one repeats. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000] as const;

type FieldErrors = Record<string, string[]>;

/** Why a save or a submission did not go through. */
export type WriteFailure =
  /** No answer (offline): kept here, retried. */
  | { kind: 'network'; message: string }
  /** The server failed (5xx): kept here, retried. */
  | { kind: 'server'; message: string }
  /** 422: the content breaks a rule (e.g. too long): kept here, not retried until the next change. */
  | { kind: 'invalid'; message: string; fieldErrors: FieldErrors }
  /** Any other refusal: kept here, not retried until the next change. */
  | { kind: 'refused'; message: string }
  /** 412 (or 428 then a read): saved elsewhere since; `theirs` is the server's scorecard now. */
  | { kind: 'conflict'; theirs: Scorecard }
  /** 409: submitted already (final). */
  | { kind: 'final' };

export type SaveStatus =
  /** Nothing written yet, here or on the server. */
  | { kind: 'new' }
  /** Typed; the save follows when typing pauses. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** The save failed for a reason that may pass (offline, server error): kept here and retried. */
  | { kind: 'retrying'; offline: boolean; message: string }
  /** The server refused the draft (e.g. too long): kept here, not retried until the next change. */
  | { kind: 'failed'; message: string; fieldErrors: FieldErrors }
  /** Saved elsewhere (another tab or device) since this form loaded: the person chooses. */
  | { kind: 'conflict'; current: Scorecard }
  | { kind: 'submitted' };

/** How a submission ended, for the confirmation dialog. `stopped`: a conflict to resolve, or final already. */
export type SubmitOutcome =
  | { kind: 'submitted' }
  | { kind: 'stopped' }
  | { kind: 'invalid'; message: string; fieldErrors: FieldErrors }
  | { kind: 'failed'; message: string };

export interface AutosaveState {
  /** What is typed. */
  content: ScorecardContent;
  /** What the server holds, as far as this form knows. */
  saved: ScorecardContent;
  /** The server version `saved` is (If-Match); null before the first save. */
  baseVersion: number | null;
  savedAt: string | null;
  /** `conflict`: saved elsewhere, waiting for the person; `submitting`: no autosave until it ends. */
  mode: 'editing' | 'conflict' | 'submitting' | 'final';
  /** In `conflict`: the server's version. */
  theirs: Scorecard | null;
  /** The content of the save in flight, if any. */
  sending: ScorecardContent | null;
  /** The save timer running, if any: after typing (or a restore), or before a retry. */
  timer: 'debounce' | 'retry' | null;
  /** Failed saves in a row (network or server). */
  attempt: number;
  failure: null | { kind: 'transient'; offline: boolean; message: string } | { kind: 'refused'; message: string; fieldErrors: FieldErrors };
  /** When the form started from text kept on this device that the server did not have. */
  restoredAt: string | null;
  /** The form is gone: a last save may go out, nothing is scheduled any more. */
  disposed: boolean;
}

export type AutosaveEvent =
  | { type: 'mounted' }
  | { type: 'unmounted' }
  | { type: 'edited'; content: ScorecardContent }
  | { type: 'timerFired' }
  /** "Retry now". */
  | { type: 'saveRequested' }
  | { type: 'wentOnline' }
  | { type: 'saveSucceeded'; scorecard: Scorecard }
  | { type: 'saveFailed'; failure: WriteFailure }
  /** A refetch brought a scorecard this form did not write (another tab saved, or submitted). */
  | { type: 'serverChanged'; scorecard: Scorecard }
  | { type: 'conflictResolved'; choice: 'keepMine' | 'useTheirs' }
  | { type: 'submitRequested' }
  | { type: 'submitSucceeded'; scorecard: Scorecard }
  | { type: 'submitFailed'; failure: WriteFailure };

export type AutosaveEffect =
  /** Starts the save timer, replacing any. */
  | { type: 'scheduleSave'; ms: number }
  | { type: 'cancelTimer' }
  | { type: 'sendSave'; content: ScorecardContent; baseVersion: number | null }
  | { type: 'sendSubmit'; content: ScorecardContent; baseVersion: number | null }
  | { type: 'writeLocalDraft'; content: ScorecardContent; baseVersion: number | null }
  | { type: 'clearLocalDraft' }
  /** The server holds `scorecard` (into the query cache); `created`: the first save, lists count it. */
  | { type: 'storeScorecard'; scorecard: Scorecard; created: boolean }
  | { type: 'refetchInterview' }
  | { type: 'announce'; message: string; assertive: boolean }
  | { type: 'submitEnded'; outcome: SubmitOutcome };

export interface Transition {
  state: AutosaveState;
  effects: AutosaveEffect[];
}

/** The form's first state, from what this device kept and what the server has. */
export function initialAutosave(local: LocalDraft | null, server: Scorecard | null, focus: readonly QualificationId[]): AutosaveState {
  const start = decideRestore(local, server, focus);
  return {
    content: start.content,
    saved: contentOf(start.kind === 'conflict' ? start.current : server),
    baseVersion: start.baseVersion,
    savedAt: server?.updatedAt ?? null,
    mode: start.kind === 'conflict' ? 'conflict' : server?.status === 'submitted' ? 'final' : 'editing',
    theirs: start.kind === 'conflict' ? start.current : null,
    sending: null,
    timer: null,
    attempt: 0,
    failure: null,
    restoredAt: start.kind === 'server' ? null : start.savedAt,
    disposed: false,
  };
}

export function isDirty(s: AutosaveState): boolean {
  return !sameScorecardContent(s.content, s.saved);
}

export function statusOf(s: AutosaveState): SaveStatus {
  if (s.mode === 'final') return { kind: 'submitted' };
  if (s.mode === 'conflict' && s.theirs) return { kind: 'conflict', current: s.theirs };
  if (s.failure?.kind === 'transient') return { kind: 'retrying', offline: s.failure.offline, message: s.failure.message };
  if (s.failure) return { kind: 'failed', message: s.failure.message, fieldErrors: s.failure.fieldErrors };
  if (s.sending) return { kind: 'saving' };
  if (isDirty(s)) return { kind: 'pending' };
  return s.savedAt ? { kind: 'saved', at: s.savedAt } : { kind: 'new' };
}

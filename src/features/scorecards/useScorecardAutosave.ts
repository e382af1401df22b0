import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type InterviewDetail, type Scorecard, type ScorecardContent, ScorecardSchema } from '../../domain';
import { announce } from '../../components/LiveAnnouncer';
import { ApiError, describeError, isApiError, NetworkError } from '../../lib/api-errors';
import { clearLocalDraft, readLocalDraft, sameScorecardContent, writeLocalDraft } from '../../lib/local-drafts';
import { interviewQueryOptions } from './api';
import { refreshAfterProgress, saveDraft, storeScorecard } from './mutations';
import { contentOf, decideRestore } from './draft-sync';

export const AUTOSAVE_DELAY_MS = 800;
/** Waits between automatic retries of a failed save; the last one repeats. */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];

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
  | { kind: 'failed'; message: string; fieldErrors: Record<string, string[]> }
  /** Saved elsewhere (another tab or device) since this form loaded: the person chooses. */
  | { kind: 'conflict'; current: Scorecard }
  | { kind: 'submitted' };

type Block = null | 'conflict' | 'submitting' | 'final';

export interface AutosaveOptions {
  userId: string;
  /** The interview as the server has it now (the live query result). */
  detail: InterviewDetail;
}

export interface ScorecardAutosave {
  content: ScorecardContent;
  status: SaveStatus;
  /** When the form started from text kept on this device that the server did not have. */
  restoredAt: string | null;
  change: (update: (content: ScorecardContent) => ScorecardContent) => void;
  /** Saves now (e.g. "Retry now"). */
  saveNow: () => void;
  /** Conflict: save what is typed here on top of the other version. */
  keepMine: () => void;
  /** Conflict: replace what is typed here with the saved version. */
  keepSaved: () => void;
  /** Stops autosaving and waits for a save in flight; null when a conflict must be resolved first. */
  beginSubmit: () => Promise<{ content: ScorecardContent; version: number | null } | null>;
  submitSucceeded: (scorecard: Scorecard) => void;
  submitFailed: (error: unknown) => void;
}

function parseCurrent(error: ApiError): Scorecard | null {
  const parsed = ScorecardSchema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

/**
 * A scorecard draft that saves itself: every change is kept on this device at once, and sent to the API
 * when typing pauses (debounced), with the version it was based on (If-Match). Failed saves are retried
 * with back-off (and as soon as the browser is back online); a change saved elsewhere meanwhile (412) stops
 * autosaving and asks the person what to keep. The local copy is cleared once the server has exactly it.
 */
export function useScorecardAutosave({ userId, detail }: AutosaveOptions): ScorecardAutosave {
  const queryClient = useQueryClient();
  const interviewId = detail.interview.id;
  const candidateId = detail.candidate.id;

  const [initial] = useState(() => decideRestore(readLocalDraft(userId, interviewId), detail.scorecard, detail.interview.focus));
  const [content, setContent] = useState(initial.content);
  const [status, setStatus] = useState<SaveStatus>(() =>
    initial.kind === 'conflict'
      ? { kind: 'conflict', current: initial.current }
      : initial.kind === 'restore'
        ? { kind: 'pending' }
        : detail.scorecard
          ? { kind: 'saved', at: detail.scorecard.updatedAt }
          : { kind: 'new' },
  );

  const state = useRef({
    content: initial.content,
    /** The server version the content is based on (If-Match); null before the first save. */
    baseVersion: initial.baseVersion,
    /** What the server holds, as far as this form knows. */
    saved: contentOf(initial.kind === 'conflict' ? initial.current : detail.scorecard),
    savedAt: detail.scorecard?.updatedAt ?? null,
    block: (initial.kind === 'conflict' ? 'conflict' : null) as Block,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    attempt: 0,
    inFlight: null as Promise<void> | null,
    again: false,
    /** Unmounted: a last save may still go out, but nothing is retried or scheduled any more. */
    disposed: false,
  });

  const isDirty = () => !sameScorecardContent(state.current.content, state.current.saved);

  /** Keeps what is typed on this device until the server has exactly it. */
  const persistLocally = useCallback(() => {
    const s = state.current;
    if (sameScorecardContent(s.content, s.saved)) clearLocalDraft(userId, interviewId);
    else writeLocalDraft(userId, interviewId, { content: s.content, savedAt: new Date().toISOString(), baseVersion: s.baseVersion });
  }, [userId, interviewId]);

  const clearTimer = () => {
    clearTimeout(state.current.timer);
    state.current.timer = undefined;
  };

  // The save loop refers to itself (retries, saves queued behind one in flight): a stable ref holds it.
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const schedule = useCallback((ms: number) => {
    clearTimer();
    if (state.current.disposed) return;
    state.current.timer = setTimeout(() => void flushRef.current(), ms);
  }, []);

  /** The server has `scorecard` and it is what this form sent: take its version and time. */
  const acceptSaved = useCallback(
    (scorecard: Scorecard) => {
      const s = state.current;
      const created = s.baseVersion === null;
      const wasFailing = s.attempt > 0;
      s.baseVersion = scorecard.version;
      s.saved = contentOf(scorecard);
      s.savedAt = scorecard.updatedAt;
      s.attempt = 0;
      storeScorecard(queryClient, scorecard);
      if (created) refreshAfterProgress(queryClient, candidateId, false);
      persistLocally();
      if (wasFailing) announce('Draft saved.');
      setStatus(isDirty() ? { kind: 'pending' } : { kind: 'saved', at: scorecard.updatedAt });
    },
    [queryClient, candidateId, persistLocally],
  );

  /** The server holds a version this form did not write (412, or a refetch): decide what that means. */
  const meetCurrent = useCallback(
    (current: Scorecard, sent: ScorecardContent | null) => {
      const s = state.current;
      if (current.status === 'submitted') {
        s.block = 'final';
        clearTimer();
        storeScorecard(queryClient, current);
        setStatus({ kind: 'submitted' });
        return;
      }
      const theirs = contentOf(current);
      if ((sent && sameScorecardContent(theirs, sent)) || sameScorecardContent(theirs, s.content)) {
        // Our own write, whose answer was lost, or the same words typed elsewhere: nothing to choose.
        acceptSaved(current);
        if (isDirty() && s.block === null) schedule(0);
        return;
      }
      if (!isDirty() && s.block === null) {
        // Nothing unsaved here: show the newer version, as any refresh would.
        s.content = theirs;
        setContent(theirs);
        acceptSaved(current);
        return;
      }
      s.block = 'conflict';
      clearTimer();
      persistLocally();
      setStatus({ kind: 'conflict', current });
      announce('Not saved: this scorecard was changed in another tab or device. What you typed is kept; choose which version to keep.', { assertive: true });
    },
    [queryClient, acceptSaved, schedule, persistLocally],
  );

  const failSave = useCallback(
    (error: unknown) => {
      const s = state.current;
      const transient = error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
      if (!transient) {
        const fieldErrors = isApiError(error, 422) ? (error.problem.errors ?? {}) : {};
        setStatus({ kind: 'failed', message: describeError(error), fieldErrors });
        announce(`Draft not saved: ${describeError(error)} What you typed is kept on this device.`, { assertive: true });
        return;
      }
      if (s.disposed) return; // left the page: the copy on this device is restored next time
      s.attempt += 1;
      const offline = error instanceof NetworkError;
      if (s.attempt === 1) {
        announce(
          offline ? 'Offline: your scorecard is kept on this device and will be saved when the connection is back.' : 'Draft not saved; retrying. What you typed is kept on this device.',
          { assertive: true },
        );
      }
      setStatus({ kind: 'retrying', offline, message: describeError(error) });
      schedule(RETRY_DELAYS_MS[Math.min(s.attempt - 1, RETRY_DELAYS_MS.length - 1)]!);
    },
    [schedule],
  );

  const flush = useCallback(async (): Promise<void> => {
    const s = state.current;
    if (s.block) return;
    if (s.inFlight) {
      s.again = true;
      return s.inFlight;
    }
    clearTimer();
    if (!isDirty()) {
      clearLocalDraft(userId, interviewId);
      setStatus(s.savedAt ? { kind: 'saved', at: s.savedAt } : { kind: 'new' });
      return;
    }
    const sent = s.content;
    setStatus((current) => (current.kind === 'retrying' ? current : { kind: 'saving' }));
    const run = (async () => {
      try {
        acceptSaved(await saveDraft(interviewId, sent, s.baseVersion));
      } catch (error) {
        if (isApiError(error, 412)) {
          const current = parseCurrent(error);
          if (current) meetCurrent(current, sent);
          else failSave(error);
        } else if (isApiError(error, 428)) {
          // Created elsewhere after this form loaded (we sent no version): read it, then decide.
          try {
            const fresh = await queryClient.fetchQuery({ ...interviewQueryOptions(interviewId), staleTime: 0 });
            if (fresh.scorecard) meetCurrent(fresh.scorecard, sent);
            else failSave(error);
          } catch (readError) {
            failSave(readError);
          }
        } else if (isApiError(error, 409)) {
          s.block = 'final';
          setStatus({ kind: 'submitted' });
          void queryClient.invalidateQueries({ queryKey: interviewQueryOptions(interviewId).queryKey });
        } else {
          failSave(error);
        }
      }
    })();
    s.inFlight = run;
    await run;
    s.inFlight = null;
    if (s.again) {
      s.again = false;
      if (s.block === null && isDirty() && s.attempt === 0) schedule(0);
    }
  }, [userId, interviewId, queryClient, acceptSaved, meetCurrent, failSave, schedule]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // On mount: keep (or clear) the local copy, and send anything restored from this device.
  useEffect(() => {
    const s = state.current;
    s.disposed = false;
    persistLocally();
    if (s.block === null && isDirty()) schedule(0);
    const online = () => {
      if (s.attempt > 0) void flushRef.current();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      // Leaving the page: what is typed is on this device already; try to hand it to the server too.
      const pending = s.timer !== undefined && s.attempt === 0;
      clearTimeout(s.timer);
      s.timer = undefined;
      if (pending && s.block === null) void flushRef.current();
      s.disposed = true;
    };
  }, [persistLocally, schedule]);

  // The server's copy changed under us (a refetch after another tab saved, or submitted).
  const serverVersion = detail.scorecard?.version ?? null;
  const serverScorecard = detail.scorecard;
  useEffect(() => {
    const s = state.current;
    if (!serverScorecard || serverVersion === null || s.inFlight || s.block === 'submitting' || s.block === 'final') return;
    if (s.baseVersion !== null && serverVersion <= s.baseVersion) return;
    if (s.block === 'conflict') {
      setStatus((current) => (current.kind === 'conflict' && current.current.version < serverVersion ? { kind: 'conflict', current: serverScorecard } : current));
      return;
    }
    meetCurrent(serverScorecard, null);
  }, [serverVersion, serverScorecard, meetCurrent]);

  const change = useCallback(
    (update: (content: ScorecardContent) => ScorecardContent) => {
      const s = state.current;
      if (s.block === 'final' || s.block === 'submitting') return;
      const next = update(s.content);
      s.content = next;
      setContent(next);
      persistLocally();
      if (s.block === 'conflict') return;
      setStatus((current) => (current.kind === 'retrying' ? current : { kind: 'pending' }));
      schedule(AUTOSAVE_DELAY_MS);
    },
    [persistLocally, schedule],
  );

  const saveNow = useCallback(() => void flushRef.current(), []);

  const keepMine = useCallback(() => {
    const s = state.current;
    if (status.kind !== 'conflict') return;
    s.baseVersion = status.current.version;
    s.saved = contentOf(status.current);
    s.savedAt = status.current.updatedAt;
    s.block = null;
    s.attempt = 0;
    persistLocally();
    announce('Keeping your version; saving it.');
    void flushRef.current();
  }, [status, persistLocally]);

  const keepSaved = useCallback(() => {
    const s = state.current;
    if (status.kind !== 'conflict') return;
    const theirs = contentOf(status.current);
    s.content = theirs;
    s.saved = theirs;
    s.baseVersion = status.current.version;
    s.savedAt = status.current.updatedAt;
    s.block = null;
    s.attempt = 0;
    setContent(theirs);
    clearLocalDraft(userId, interviewId);
    storeScorecard(queryClient, status.current);
    setStatus({ kind: 'saved', at: status.current.updatedAt });
    announce('Showing the saved version.');
  }, [status, userId, interviewId, queryClient]);

  const beginSubmit = useCallback(async () => {
    const s = state.current;
    if (s.block === 'conflict' || s.block === 'final') return null;
    clearTimer();
    s.block = 'submitting';
    if (s.inFlight) await s.inFlight;
    if (s.block !== 'submitting') return null; // the save in flight met a conflict
    return { content: s.content, version: s.baseVersion };
  }, []);

  const submitSucceeded = useCallback(
    (scorecard: Scorecard) => {
      const s = state.current;
      s.block = 'final';
      s.saved = contentOf(scorecard);
      s.baseVersion = scorecard.version;
      clearLocalDraft(userId, interviewId);
      setStatus({ kind: 'submitted' });
    },
    [userId, interviewId],
  );

  const submitFailed = useCallback(
    (error: unknown) => {
      const s = state.current;
      if (s.block === 'submitting') s.block = null;
      if (isApiError(error, 412)) {
        const current = parseCurrent(error);
        if (current) {
          meetCurrent(current, null);
          return;
        }
      }
      if (isApiError(error, 409)) {
        s.block = 'final';
        setStatus({ kind: 'submitted' });
        void queryClient.invalidateQueries({ queryKey: interviewQueryOptions(interviewId).queryKey });
        return;
      }
      if (isDirty()) schedule(AUTOSAVE_DELAY_MS);
    },
    [meetCurrent, schedule, queryClient, interviewId],
  );

  return {
    content,
    status,
    restoredAt: initial.kind === 'server' ? null : initial.savedAt,
    change,
    saveNow,
    keepMine,
    keepSaved,
    beginSubmit,
    submitSucceeded,
    submitFailed,
  };
}

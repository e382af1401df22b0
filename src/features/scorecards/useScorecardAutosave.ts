import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { type InterviewDetail, type Scorecard, type ScorecardContent, ScorecardSchema } from '../../domain';
import { announce } from '../../components/LiveAnnouncer';
import { ApiError, describeError, NetworkError } from '../../lib/api-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from '../../lib/local-drafts';
import { interviewQueryOptions } from '../../lib/queries/scorecards';
import { transition } from './autosave-machine';
import {
  type AutosaveEffect,
  type AutosaveEvent,
  type AutosaveState,
  initialAutosave,
  type SaveStatus,
  statusOf,
  type SubmitOutcome,
  type WriteFailure,
} from './autosave-state';
import { refreshAfterProgress, saveDraft, storeScorecard, useSubmitScorecard } from './mutations';

export type { SaveStatus, SubmitOutcome } from './autosave-state';

/** What the effects reach: the API, the query cache, this device, the screen reader. */
export interface AutosaveIo {
  save: (content: ScorecardContent, baseVersion: number | null) => Promise<Scorecard>;
  submit: (content: ScorecardContent, baseVersion: number | null) => Promise<Scorecard>;
  /** The server's scorecard now (after a 428: created elsewhere since this form loaded, and we sent no version). */
  readCurrent: () => Promise<Scorecard | null>;
  writeLocal: (content: ScorecardContent, baseVersion: number | null) => void;
  clearLocal: () => void;
  store: (scorecard: Scorecard, created: boolean) => void;
  refetch: () => void;
  announce: (message: string, assertive: boolean) => void;
}

/** An error of a save or a submission, as the machine tells them apart. */
export async function classifyWriteError(error: unknown, readCurrent?: () => Promise<Scorecard | null>): Promise<WriteFailure> {
  const message = describeError(error);
  if (error instanceof NetworkError) return { kind: 'network', message };
  if (!(error instanceof ApiError)) return { kind: 'refused', message };
  if (error.status >= 500) return { kind: 'server', message };
  if (error.status === 409) return { kind: 'final' };
  if (error.status === 422) return { kind: 'invalid', message, fieldErrors: error.problem.errors ?? {} };
  if (error.status === 412) {
    const current = ScorecardSchema.safeParse(error.problem.current);
    if (current.success) return { kind: 'conflict', theirs: current.data };
  }
  if (error.status === 428 && readCurrent) {
    try {
      const current = await readCurrent();
      if (current) return { kind: 'conflict', theirs: current };
    } catch (readError) {
      return classifyWriteError(readError);
    }
  }
  return { kind: 'refused', message };
}

/** Runs the machine: holds its state, runs the effects it asks for, and feeds their results back. */
export class AutosaveDriver {
  private state: AutosaveState;
  private io: AutosaveIo | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private waiting: ((outcome: SubmitOutcome) => void)[] = [];

  constructor(state: AutosaveState) {
    this.state = state;
  }

  connect(io: AutosaveIo): void {
    this.io = io;
  }

  readonly getState = (): AutosaveState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly dispatch = (event: AutosaveEvent): void => {
    const { state, effects } = transition(this.state, event);
    const changed = (Object.keys(state) as (keyof AutosaveState)[]).some((key) => state[key] !== this.state[key]);
    if (changed) this.state = state;
    for (const effect of effects) this.run(effect);
    if (changed) for (const listener of this.listeners) listener();
  };

  /** Stops autosaving, waits for a save in flight, and submits what is typed. */
  readonly submit = (): Promise<SubmitOutcome> =>
    new Promise((resolve) => {
      this.waiting.push(resolve);
      this.dispatch({ type: 'submitRequested' });
    });

  private run(effect: AutosaveEffect): void {
    const io = this.io;
    if (!io) throw new Error('AutosaveDriver: connect() before dispatching');
    switch (effect.type) {
      case 'scheduleSave':
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.dispatch({ type: 'timerFired' });
        }, effect.ms);
        return;
      case 'cancelTimer':
        clearTimeout(this.timer);
        this.timer = undefined;
        return;
      case 'sendSave':
        io.save(effect.content, effect.baseVersion).then(
          (scorecard) => this.dispatch({ type: 'saveSucceeded', scorecard }),
          async (error: unknown) => this.dispatch({ type: 'saveFailed', failure: await classifyWriteError(error, io.readCurrent) }),
        );
        return;
      case 'sendSubmit':
        io.submit(effect.content, effect.baseVersion).then(
          (scorecard) => this.dispatch({ type: 'submitSucceeded', scorecard }),
          async (error: unknown) => this.dispatch({ type: 'submitFailed', failure: await classifyWriteError(error) }),
        );
        return;
      case 'writeLocalDraft':
        return io.writeLocal(effect.content, effect.baseVersion);
      case 'clearLocalDraft':
        return io.clearLocal();
      case 'storeScorecard':
        return io.store(effect.scorecard, effect.created);
      case 'refetchInterview':
        return io.refetch();
      case 'announce':
        return io.announce(effect.message, effect.assertive);
      case 'submitEnded': {
        const waiting = this.waiting;
        this.waiting = [];
        for (const resolve of waiting) resolve(effect.outcome);
      }
    }
  }
}

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
  /** A submission is on its way (or waiting for the save in flight). */
  submitting: boolean;
  change: (update: (content: ScorecardContent) => ScorecardContent) => void;
  /** Saves now ("Retry now"). */
  saveNow: () => void;
  /** Conflict: save what is typed here on top of the other version, or replace it with the saved one. */
  resolveConflict: (choice: 'keepMine' | 'useTheirs') => void;
  submit: () => Promise<SubmitOutcome>;
}

/**
 * A scorecard draft that saves itself (see autosave-machine.ts for every rule): this hook only connects
 * the machine to timers, the API, the query cache, the copy on this device and the `online` event.
 */
export function useScorecardAutosave({ userId, detail }: AutosaveOptions): ScorecardAutosave {
  const queryClient = useQueryClient();
  const interviewId = detail.interview.id;
  const candidateId = detail.candidate.id;
  const submitScorecard = useSubmitScorecard(interviewId, detail.candidate);
  const { keyFor, forget } = useIdempotencyKey();
  const [driver] = useState(
    () => new AutosaveDriver(initialAutosave(readLocalDraft(userId, interviewId), detail.scorecard, detail.interview.focus)),
  );
  const state = useSyncExternalStore(driver.subscribe, driver.getState);

  // Declared first: the effects below dispatch, and dispatching runs effects through it.
  useEffect(() => {
    driver.connect({
      save: (content, baseVersion) => saveDraft(interviewId, content, baseVersion),
      submit: async (content, version) => {
        const scorecard = await submitScorecard.mutateAsync({ content, version, idempotencyKey: keyFor(content) });
        forget();
        return scorecard;
      },
      readCurrent: async () => (await queryClient.fetchQuery({ ...interviewQueryOptions(interviewId), staleTime: 0 })).scorecard,
      writeLocal: (content, baseVersion) => writeLocalDraft(userId, interviewId, { content, baseVersion, savedAt: new Date().toISOString() }),
      clearLocal: () => clearLocalDraft(userId, interviewId),
      store: (scorecard, created) => {
        storeScorecard(queryClient, scorecard);
        if (created) refreshAfterProgress(queryClient, candidateId, false);
      },
      refetch: () => void queryClient.invalidateQueries({ queryKey: interviewQueryOptions(interviewId).queryKey }),
      announce: (message, assertive) => announce(message, { assertive }),
    });
  });

  useEffect(() => {
    driver.dispatch({ type: 'mounted' });
    const online = () => driver.dispatch({ type: 'wentOnline' });
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      driver.dispatch({ type: 'unmounted' });
    };
  }, [driver]);

  // The server's copy changed under us (a refetch after another tab saved, or submitted).
  const server = detail.scorecard;
  useEffect(() => {
    if (server) driver.dispatch({ type: 'serverChanged', scorecard: server });
  }, [driver, server]);

  return {
    content: state.content,
    status: statusOf(state),
    restoredAt: state.restoredAt,
    submitting: state.mode === 'submitting',
    change: (update) => driver.dispatch({ type: 'edited', content: update(driver.getState().content) }),
    saveNow: () => driver.dispatch({ type: 'saveRequested' }),
    resolveConflict: (choice) => driver.dispatch({ type: 'conflictResolved', choice }),
    submit: driver.submit,
  };
}

import type { Scorecard, ScorecardContent } from '../../domain';
import { sameScorecardContent } from '../../lib/local-drafts';
import {
  AUTOSAVE_DELAY_MS,
  type AutosaveEffect,
  type AutosaveEvent,
  type AutosaveState,
  isDirty,
  RETRY_DELAYS_MS,
  type Transition,
  type WriteFailure,
} from './autosave-state';
import { contentOf } from './draft-sync';

/**
 * The scorecard draft's autosave as a pure state machine: `transition(state, event)` returns the next state
 * and the effects to run (timers, requests, the copy on this device, announcements); useScorecardAutosave.ts
 * runs them and reports their results back as events. So every path (typing, a save in flight, failures and
 * retries, a conflict, submitting) is tested without React, timers or a server. Vocabulary: autosave-state.ts.
 */

/** One step: a copy of the state changed in place, and the effects it asks for, in order. */
class Step {
  readonly effects: AutosaveEffect[] = [];
  constructor(readonly s: AutosaveState) {}

  emit(effect: AutosaveEffect) {
    this.effects.push(effect);
  }
  announce(message: string, assertive = false) {
    this.emit({ type: 'announce', message, assertive });
  }
  /** Keeps what is typed on this device until the server has exactly it. */
  persist() {
    const { s } = this;
    this.emit(isDirty(s) ? { type: 'writeLocalDraft', content: s.content, baseVersion: s.baseVersion } : { type: 'clearLocalDraft' });
  }
  schedule(ms: number, timer: 'debounce' | 'retry') {
    if (this.s.disposed) return;
    this.s.timer = timer;
    this.emit({ type: 'scheduleSave', ms });
  }
  stopTimer() {
    if (this.s.timer === null) return;
    this.s.timer = null;
    this.emit({ type: 'cancelTimer' });
  }
  /** Sends what is typed, unless a save is in flight (what is typed meanwhile goes after it). */
  flush() {
    const { s } = this;
    if (s.mode !== 'editing' || s.sending) return;
    this.stopTimer();
    if (!isDirty(s)) {
      s.failure = null;
      s.attempt = 0;
      this.emit({ type: 'clearLocalDraft' });
      return;
    }
    if (s.failure?.kind === 'refused') s.failure = null;
    s.sending = s.content;
    this.emit({ type: 'sendSave', content: s.content, baseVersion: s.baseVersion });
  }
  /** The server holds `scorecard`, and it is what this form has as saved from now on. */
  accept(scorecard: Scorecard) {
    const { s } = this;
    const created = s.baseVersion === null;
    const wasFailing = s.attempt > 0;
    s.baseVersion = scorecard.version;
    s.saved = contentOf(scorecard);
    s.savedAt = scorecard.updatedAt;
    s.attempt = 0;
    s.failure = null;
    this.emit({ type: 'storeScorecard', scorecard, created });
    this.persist();
    if (wasFailing) this.announce('Draft saved.');
  }
  becomeFinal() {
    this.stopTimer();
    this.s.mode = 'final';
    this.s.theirs = null;
  }
  /** The server holds a version this form did not write (412, or a refetch): what does it mean? */
  meet(current: Scorecard, sent: ScorecardContent | null) {
    const { s } = this;
    if (current.status === 'submitted') {
      this.becomeFinal();
      this.emit({ type: 'storeScorecard', scorecard: current, created: false });
      return;
    }
    const theirs = contentOf(current);
    // Our own write whose answer was lost, or the same words typed elsewhere: nothing to choose.
    if ((sent && sameScorecardContent(theirs, sent)) || sameScorecardContent(theirs, s.content)) return this.accept(current);
    if (!isDirty(s) && s.mode === 'editing') {
      // Nothing unsaved here: show the newer version, as any refresh would.
      s.content = theirs;
      return this.accept(current);
    }
    this.stopTimer();
    s.mode = 'conflict';
    s.theirs = current;
    this.persist();
    this.announce('Not saved: this scorecard was changed in another tab or device. What you typed is kept; choose which version to keep.', true);
  }
  /** After a save's answer: go on with the submission waiting for it, or save what was typed meanwhile. */
  settle(sent: ScorecardContent | null, wasSubmitting: boolean) {
    const { s } = this;
    if (wasSubmitting) {
      if (s.mode === 'submitting') this.emit({ type: 'sendSubmit', content: s.content, baseVersion: s.baseVersion });
      else this.emit({ type: 'submitEnded', outcome: { kind: 'stopped' } });
      return;
    }
    const refusedAgain = s.failure?.kind === 'refused' && sent !== null && sameScorecardContent(s.content, sent);
    if (s.mode === 'editing' && s.timer !== 'debounce' && s.attempt === 0 && isDirty(s) && !refusedAgain) this.schedule(0, 'debounce');
  }
  failed(failure: WriteFailure, sent: ScorecardContent | null) {
    const { s } = this;
    switch (failure.kind) {
      case 'conflict':
        return this.meet(failure.theirs, sent);
      case 'final':
        this.becomeFinal();
        return this.emit({ type: 'refetchInterview' });
      case 'invalid':
      case 'refused':
        s.failure = { kind: 'refused', message: failure.message, fieldErrors: failure.kind === 'invalid' ? failure.fieldErrors : {} };
        return this.announce(`Draft not saved: ${failure.message} What you typed is kept on this device.`, true);
      case 'network':
      case 'server': {
        if (s.disposed) return; // left the page: the copy on this device is restored next time
        const offline = failure.kind === 'network';
        s.attempt += 1;
        s.failure = { kind: 'transient', offline, message: failure.message };
        if (s.attempt === 1) {
          this.announce(
            offline ? 'Offline: your scorecard is kept on this device and will be saved when the connection is back.' : 'Draft not saved; retrying. What you typed is kept on this device.',
            true,
          );
        }
        if (s.mode === 'editing') this.schedule(RETRY_DELAYS_MS[Math.min(s.attempt - 1, RETRY_DELAYS_MS.length - 1)]!, 'retry');
      }
    }
  }
}

function step(state: AutosaveState, event: AutosaveEvent, t: Step): void {
  const s = t.s;
  switch (event.type) {
    case 'mounted':
      s.disposed = false;
      t.persist();
      if (s.mode === 'editing' && !s.sending && s.timer === null && isDirty(s)) t.schedule(0, 'debounce');
      return;
    case 'unmounted': {
      // Leaving the page: what is typed is on this device already; hand it to the server too.
      const pending = s.timer === 'debounce';
      t.stopTimer();
      if (pending) t.flush();
      s.disposed = true;
      return;
    }
    case 'edited':
      if (s.mode === 'final' || s.mode === 'submitting') return;
      s.content = event.content;
      if (s.failure?.kind === 'refused') s.failure = null;
      t.persist();
      if (s.mode === 'editing') t.schedule(AUTOSAVE_DELAY_MS, 'debounce');
      return;
    case 'timerFired':
      s.timer = null;
      return t.flush();
    case 'saveRequested':
      return t.flush();
    case 'wentOnline':
      if (s.attempt > 0) t.flush();
      return;
    case 'saveSucceeded':
    case 'saveFailed': {
      if (!state.sending) return;
      const sent = state.sending;
      const wasSubmitting = s.mode === 'submitting';
      s.sending = null;
      if (event.type === 'saveSucceeded') t.accept(event.scorecard);
      else t.failed(event.failure, sent);
      return t.settle(sent, wasSubmitting);
    }
    case 'serverChanged': {
      const current = event.scorecard;
      if (s.sending || s.mode === 'submitting' || s.mode === 'final') return;
      if (s.baseVersion !== null && current.version <= s.baseVersion) return;
      if (s.mode === 'conflict') {
        if (s.theirs && s.theirs.version < current.version) s.theirs = current;
        return;
      }
      t.meet(current, null);
      return t.settle(null, false);
    }
    case 'conflictResolved': {
      const current = s.theirs;
      if (s.mode !== 'conflict' || !current) return;
      s.mode = 'editing';
      s.theirs = null;
      s.baseVersion = current.version;
      s.saved = contentOf(current);
      s.savedAt = current.updatedAt;
      s.attempt = 0;
      s.failure = null;
      if (event.choice === 'keepMine') {
        // Saved on top of their version (If-Match: theirs), kept here until that save lands.
        t.announce('Keeping your version; saving it.');
        if (isDirty(s)) t.persist();
        return t.flush();
      }
      s.content = s.saved;
      t.emit({ type: 'clearLocalDraft' });
      t.emit({ type: 'storeScorecard', scorecard: current, created: false });
      return t.announce('Showing the saved version.');
    }
    case 'submitRequested':
      if (s.mode === 'submitting') return;
      if (s.mode !== 'editing') return t.emit({ type: 'submitEnded', outcome: { kind: 'stopped' } });
      t.stopTimer();
      s.mode = 'submitting';
      // A save in flight: the submission waits for its answer (see settle).
      if (!s.sending) t.emit({ type: 'sendSubmit', content: s.content, baseVersion: s.baseVersion });
      return;
    case 'submitSucceeded':
      if (s.mode !== 'submitting') return;
      t.becomeFinal();
      s.saved = contentOf(event.scorecard);
      s.baseVersion = event.scorecard.version;
      s.savedAt = event.scorecard.updatedAt;
      s.failure = null;
      t.emit({ type: 'clearLocalDraft' });
      return t.emit({ type: 'submitEnded', outcome: { kind: 'submitted' } });
    case 'submitFailed': {
      if (s.mode !== 'submitting') return;
      s.mode = 'editing';
      const { failure } = event;
      if (failure.kind === 'conflict' || failure.kind === 'final') {
        t.failed(failure, null);
        t.emit({ type: 'submitEnded', outcome: { kind: 'stopped' } });
      } else if (failure.kind === 'invalid') {
        t.announce(`Not submitted: ${failure.message}`, true);
        t.emit({ type: 'submitEnded', outcome: failure });
      } else {
        t.emit({ type: 'submitEnded', outcome: { kind: 'failed', message: failure.message } });
      }
      if (s.mode === 'editing' && s.timer === null && isDirty(s)) t.schedule(AUTOSAVE_DELAY_MS, 'debounce');
      return;
    }
  }
}

/** The next state and the effects to run. Pure: `state` is not changed. */
export function transition(state: AutosaveState, event: AutosaveEvent): Transition {
  const t = new Step({ ...state });
  step(state, event, t);
  return { state: t.s, effects: t.effects };
}
